/**
 * Keeps the registry, the generated files, the fixtures and the architecture
 * in step: every check is documented, configurable and specified by a
 * fixture, and the core stays pure.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../server/src/core/index';
import { configSchema, configValidatorCode, instrumentNamesJson, INSTRUMENT_NAMES_PATH, LEXICON_PHRASES_PATH, lexiconPhrasesJson, rulesMarkdown, withReadmeChecks, withSettingsChecks } from '../scripts/generate';

const ROOT = join(__dirname, '..');

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

describe('meta', () => {
  it('check ids are unique, namespaced kebab-case, with a description and docs', () => {
    const ids = CHECKS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'unique ids');
    for (const c of CHECKS) {
      assert.match(c.id, /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, c.id);
      assert.ok(c.description.length > 10 && !c.description.includes('\n'), `${c.id}: one-line description`);
      assert.ok(c.docs.trim().length > 40, `${c.id}: docs`);
    }
  });

  it('docs/rules.md and the configuration schema are generated from the registry (run `npm run generate`)', () => {
    assert.equal(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'), rulesMarkdown());
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/compact-lint.schema.json'), 'utf8')), configSchema());
    assert.equal(readFileSync(join(ROOT, 'server/src/core/config/validateConfig.generated.js'), 'utf8'), configValidatorCode());
  });

  it('the names of the built-in instruments are generated from the registry (run `npm run generate`)', () => {
    assert.equal(readFileSync(join(ROOT, INSTRUMENT_NAMES_PATH), 'utf8'), instrumentNamesJson());
  });

  it('the words of the built-in terminology phrases are generated from the data (run `npm run generate`)', () => {
    assert.equal(readFileSync(join(ROOT, LEXICON_PHRASES_PATH), 'utf8'), lexiconPhrasesJson());
  });

  it('every check is specified by at least one fixture that expects it', () => {
    const fixtures = files(join(ROOT, 'test/fixtures'), '.md')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = CHECKS.filter((c) => c.id !== 'document/not-analysed' && !new RegExp(`\\^+\\+?\\s+${c.id}\\b`).test(fixtures)).map((c) => c.id);
    assert.deepEqual(missing, []);
  });

  it('the README lists every check (run `npm run generate`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, withReadmeChecks(readme));
    assert.deepEqual(CHECKS.map((c) => c.id).filter((id) => !readme.includes(`\`${id}\``)), []);
  });

  it('the compactLint.checks setting knows every check id (run `npm run generate`)', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    assert.equal(pkg, withSettingsChecks(pkg));
    const setting = (JSON.parse(pkg) as { contributes: { configuration: { properties: Record<string, { propertyNames: { enum: string[] } }> } } }).contributes.configuration.properties['compactLint.checks'];
    assert.deepEqual(setting?.propertyNames.enum, CHECKS.map((c) => c.id));
    // Every value of a setting the generator writes is described.
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
    assert.deepEqual(keys.filter((k) => !(k in nls)), []);
  });

  it('the core is pure: no editor, LSP transport, file system or process imports', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'server/src/core'), '.ts')) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? '';
        if (/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)|^node:|^(fs|path|os|child_process|process|worker_threads|url)$/.test(spec)) {
          offenders.push(`${f.slice(ROOT.length + 1)}: ${spec}`);
        }
      }
      if (/\bprocess\.(env|cwd|argv|exit)/.test(src)) offenders.push(`${f.slice(ROOT.length + 1)}: uses process`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the client never imports the core (it only talks to the server)', () => {
    const offenders = files(join(ROOT, 'client/src'), '.ts').filter((f) => /from\s+['"][^'"]*\/core\//.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

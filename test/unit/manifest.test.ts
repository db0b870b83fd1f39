/**
 * The extension's manifest and package: every user-visible string of the
 * manifest and the client is ready for translation, the settings are the ones
 * the server reads, the .vsix holds exactly the files the editor loads, and
 * the bundles load nothing from node_modules and are written in ASCII.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { listFiles, PackageManager } from '@vscode/vsce';
import pkg from '../../package.json';

const ROOT = join(__dirname, '../..');
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

describe('extension manifest', () => {
  it('localizes its strings through package.nls.json, every key used and defined', () => {
    const used = new Set([...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    const defined = new Set(Object.keys(JSON.parse(read('package.nls.json')) as Record<string, string>));
    assert.deepEqual([...used].sort(), [...defined].sort());
  });

  it('has every vscode.l10n.t string of the client in l10n/bundle.l10n.json, and no other', () => {
    const src = read('client/src/extension.ts');
    const used = [...src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
    assert.ok(!/l10n\.t\(\s*[^'\s]/.test(src), 'l10n.t takes a string literal');
    const bundle = JSON.parse(read(`${pkg.l10n}/bundle.l10n.json`)) as Record<string, string>;
    assert.deepEqual([...new Set(used)].sort(), Object.keys(bundle).sort());
  });

  it('contributes exactly the settings the language server reads', () => {
    const serverReads = [...read('server/src/lsp/settings.ts').matchAll(/o\['(\w+)'\]/g)].map((m) => `compactLint.${m[1]}`);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), [...new Set(serverReads)].sort());
    for (const [key, p] of Object.entries(pkg.contributes.configuration.properties)) {
      assert.ok('description' in p || 'markdownDescription' in p, `${key} has a description`);
    }
  });

  it('has a 128×128 PNG icon, categories and keywords', () => {
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(pkg.categories.includes('Linters') && pkg.keywords.length >= 5);
  });

  // package.json "files" is the one include list, for npm (the CLI) and vsce alike: vsce refuses a .vscodeignore beside it.
  it('packages only the bundles, the contributions and the documents (vsce ls)', async () => {
    const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli.js', 'dist/extension.js', 'dist/server.js', 'docs/rules.md',
      'grammars/compact-lint.injection.tmLanguage.json', 'images/icon.png', 'l10n/bundle.l10n.json',
      'package.json', 'package.nls.json', 'schemas/compact-lint.schema.json',
    ]);
    const contributed = [pkg.main, pkg.icon, ...pkg.contributes.grammars.map((g) => g.path), ...pkg.contributes.jsonValidation.map((j) => j.url)];
    for (const p of contributed) {
      const rel = p.replace(/^\.\//, '');
      assert.ok(files.includes(rel) && existsSync(join(ROOT, rel)), `${rel} is packaged`);
    }
  });

  // The package has no dependencies: whatever a bundle requires at run time must come with Node (or VS Code).
  it('has bundles that require only built-in modules of Node, and vscode in the extension', () => {
    for (const [bundle, allowed] of [['dist/cli.js', []], ['dist/cli-main.js', []], ['dist/server.js', []], ['dist/extension.js', ['vscode']]] as const) {
      const required = [...read(bundle).matchAll(/require(?:\.resolve)?\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
      assert.ok(required.length > 0, `${bundle}: requires found`);
      const foreign = required.filter((id) => !builtinModules.includes(id.replace(/^node:/, '')) && !(allowed as readonly string[]).includes(id));
      assert.deepEqual([...new Set(foreign)], [], `${bundle} requires modules that are not built in`);
    }
  });

  // See scripts/asciiOnly.mjs: one non-ASCII character makes V8 hold a whole bundle as two-byte text.
  it('has bundles written in ASCII', () => {
    for (const bundle of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/extension.js']) {
      const at = read(bundle).search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${bundle}: a non-ASCII character at offset ${at}`);
    }
  });
});

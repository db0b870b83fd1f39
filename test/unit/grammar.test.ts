/**
 * The injection grammar, run by the same engine as VS Code (vscode-textmate
 * with the Oniguruma WebAssembly build) inside VS Code's Markdown grammar:
 * references and acronyms get their scopes in prose, never in code, and the
 * generated file is current with the instrument data.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { GRAMMAR_PATH, GRAMMAR_SCOPE, injectionGrammarText, instrumentAcronyms } from '../../scripts/grammar';
import pkg from '../../package.json';

const ROOT = join(__dirname, '../..');

async function markdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const files: Record<string, string> = {
    'text.html.markdown': join(__dirname, 'grammar/markdown.tmLanguage.json'),
    [GRAMMAR_SCOPE]: join(ROOT, GRAMMAR_PATH),
  };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      const file = files[scope];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? [GRAMMAR_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar);
  return grammar;
}

/** Each piece of text that has a Compact Lint scope, with that scope's last segment before "compact-lint". */
function scoped(grammar: IGrammar, markdown: string): string[] {
  const out: string[] = [];
  let state = INITIAL;
  for (const line of markdown.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const own = t.scopes.filter((s) => s.endsWith('.compact-lint') && !s.startsWith('meta.'));
      for (const s of own) out.push(`${line.slice(t.startIndex, t.endIndex)}=${s.replace(/\.compact-lint$/, '')}`);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('injection grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await markdownGrammar();
  });

  it('is generated and current with data/instruments.json (run `npm run generate`)', () => {
    assert.equal(readFileSync(join(ROOT, GRAMMAR_PATH), 'utf8'), injectionGrammarText());
    assert.ok(instrumentAcronyms().includes('ICCPR'));
  });

  it('is contributed to the Markdown grammar in package.json', () => {
    assert.deepEqual(pkg.contributes.grammars, [{ scopeName: GRAMMAR_SCOPE, path: `./${GRAMMAR_PATH}`, injectTo: ['text.html.markdown'] }]);
  });

  it('scopes SDG goals, targets and indicators, with lists and ranges', () => {
    assert.deepEqual(scoped(grammar, 'It serves SDG target 10.7, targets 8.7 and 8.8, Goal 4 and indicator 10.c.1.'), [
      'SDG target=keyword.other.reference.sdg', '10.7=constant.numeric.sdg',
      'targets=keyword.other.reference.sdg', '8.7=constant.numeric.sdg', '8.8=constant.numeric.sdg',
      'Goal=keyword.other.reference.sdg', '4=constant.numeric.sdg',
      'indicator=keyword.other.reference.sdg', '10.c.1=constant.numeric.sdg',
    ]);
    assert.deepEqual(scoped(grammar, 'SDG targets 5.2–5.3'), [
      'SDG targets=keyword.other.reference.sdg', '5.2=constant.numeric.sdg', '5.3=constant.numeric.sdg',
    ]);
  });

  it('follows a list of SDG ids past a gloss in parentheses, which it leaves alone', () => {
    assert.deepEqual(scoped(grammar, 'SDG indicators 10.7.1 (recruitment cost) and 10.7.5, SDGs 5 (gender equality) and 10'), [
      'SDG indicators=keyword.other.reference.sdg', '10.7.1=constant.numeric.sdg', '10.7.5=constant.numeric.sdg',
      'SDGs=keyword.other.reference.sdg', '5=constant.numeric.sdg', '10=constant.numeric.sdg',
    ]);
    assert.deepEqual(scoped(grammar, 'SDG 8 (2 per cent) and 9 more'), ['SDG=keyword.other.reference.sdg', '8=constant.numeric.sdg']);
  });

  it('leaves quantities and goals that do not exist alone', () => {
    assert.deepEqual(scoped(grammar, 'a target 3.5 million, the 1.5°C target, Goal 18, target 35.5 hours'), []);
  });

  it('scopes objective and paragraph references', () => {
    assert.deepEqual(scoped(grammar, '### Under objective 23 and paragraphs 16 (a) and 17, see § 4'), [
      'objective=keyword.other.reference.objective', '23=constant.numeric.objective',
      'paragraphs=keyword.other.reference.paragraph', '16 (a)=constant.numeric.paragraph', '17=constant.numeric.paragraph',
      '§=keyword.other.reference.paragraph', '4=constant.numeric.paragraph',
    ]);
    assert.deepEqual(scoped(grammar, 'as OP 17 says, not OP3 (an Optional Protocol), OPEN 4 or op 7'), [
      'OP=keyword.other.reference.paragraph', '17=constant.numeric.paragraph',
    ]);
  });

  it('scopes instrument acronyms as whole words, longest first', () => {
    assert.deepEqual(scoped(grammar, 'Hong Kong SAR, China, and Macao SAR'), []);
    assert.deepEqual(scoped(grammar, 'SAR operations, the CAT and the SAR Convention'), ['SAR Convention=entity.name.type.instrument']);
    assert.deepEqual(scoped(grammar, '- the ICCPR, SOLAS 1974 and OP-CRC-SC, not ICCPRs or CRCx'), [
      'ICCPR=entity.name.type.instrument', 'SOLAS 1974=entity.name.type.instrument', 'OP-CRC-SC=entity.name.type.instrument',
    ]);
  });

  it('scopes the text of a link but not its target', () => {
    assert.deepEqual(scoped(grammar, 'See [SDG target 10.7](https://example.org/ICCPR/objective-3).'), [
      'SDG target=keyword.other.reference.sdg', '10.7=constant.numeric.sdg',
    ]);
  });

  it('scopes nothing in fenced or indented code, code spans, link targets or HTML comments', () => {
    const md = [
      'Intro ICCPR.',
      '',
      '```',
      'SDG target 10.7 and the ICCPR',
      '```',
      '',
      '    objective 3 in an indented block',
      '',
      'Text `SDG 10.7` [link](https://example.org/ICCPR/objective-3)',
      '',
      '<!-- paragraph 4 of the ICCPR -->',
    ].join('\n');
    assert.deepEqual(scoped(grammar, md), ['ICCPR=entity.name.type.instrument']);
  });
});

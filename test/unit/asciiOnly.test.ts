/**
 * The build's escaping of non-ASCII characters (scripts/asciiOnly.mjs): code
 * written in ASCII behaves as the code it was made from.
 */
import { strict as assert } from 'node:assert';

/** Evaluates an expression of code. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

describe('asciiOnly (the bundles written in ASCII)', () => {
  let asciiOnly: typeof import('../../scripts/asciiOnly.mjs').asciiOnly;
  before(async () => {
    ({ asciiOnly } = await import('../../scripts/asciiOnly.mjs'));
  });

  it('leaves ASCII code as it is', () => {
    const code = String.raw`const a = /[\s,;]+/gu, b = "\u2019", c = '\\';`;
    assert.equal(asciiOnly(code, 'x.js'), code);
  });

  it('escapes each UTF-16 unit, and the patterns match what they matched', () => {
    const samples = ['’', '‘', '“', '”', '–', '—', '…', '°', 'é', 'É', '😀', '\ud83d', 'x', "'", '-', ' ', 'Σ', '[', 'ab’s', '10 °C'];
    const patterns = [
      '/[’‘`]/g',
      '/^["“\'\\s]+/',
      '/[–—-]|\\bto\\b/',
      '/…|\\.\\.\\./',
      '/[Σ[]/',
      '/[😀]/u',
      '/😀/',
      '/é+/i',
      '/(?:[’\']s)?$/u',
      'new RegExp(String.raw`(?![\\w°%]|\\.\\d)`, "u")',
      'new RegExp(String.raw`[’‘]`)',
    ];
    for (const p of patterns) {
      const escaped = asciiOnly(p, 'x.js');
      assert.ok(/^[\x00-\x7f]*$/.test(escaped), `${escaped} is ASCII`);
      const [before, after] = [evaluate(p), evaluate(escaped)] as [RegExp, RegExp];
      assert.equal(after.flags, before.flags);
      for (const s of samples) assert.equal(after.test(s), before.test(s), `${p} on ${JSON.stringify(s)}`);
    }
  });

  it('keeps strings, templates and identifiers the same', () => {
    for (const code of ['"’ and —"', '`dash – ${1 + 1}`', '(() => { const café = "é"; return café; })()']) {
      assert.equal(evaluate(asciiOnly(code, 'x.js')), evaluate(code));
    }
  });

  it('keeps an escaped backslash before a character as it was', () => {
    const code = '/\\\\’/';
    assert.equal(asciiOnly(code, 'x.js'), '/\\\\\\u2019/');
    assert.ok((evaluate(asciiOnly(code, 'x.js')) as RegExp).test('\\’'));
  });

  it('fails on a character escaped by a backslash, naming the file and the offset', () => {
    assert.throws(() => asciiOnly('const r = /\\’/;', 'dist/x.js'), /dist\/x\.js: a non-ASCII character after a backslash at offset 12/);
  });
});

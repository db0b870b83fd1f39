/**
 * The instrument tokenizer scans character by character for speed; its words
 * are defined by a pattern, which this test uses as the oracle on random text
 * mixing ASCII, accented and astral letters, combining marks, digits,
 * apostrophes, punctuation, lone surrogates and excluded characters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { blockWords, isCapitalized, tokenize } from '../../server/src/core/instruments/tokens';
import type { Block } from '../../server/src/core/parse/blocks';

function oracle(text: string): { raw: string; start: number; segment: number }[] {
  const out: { raw: string; start: number; segment: number }[] = [];
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’]*|\u0000+/gu;
  let segment = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (m[0][0] === '\u0000') {
      segment++;
      continue;
    }
    let end = m[0].length;
    while (end > 1 && /['’]/.test(m[0][end - 1] as string)) end--;
    if (/['’][sS]$/.test(m[0].slice(0, end)) && end > 2) end -= 2;
    out.push({ raw: m[0].slice(0, end), start: m.index, segment });
  }
  return out;
}

describe('instrument tokens', () => {
  it('are the words of the defining pattern, possessives and trailing apostrophes dropped (property)', () => {
    const piece = fc.constantFrom('Convention', 'child', 'ILO', "'S", "'s", '’s', "'", '’', 'd’', 'é', 'É', 'e\u0301', '𝐀', '😀', '\ud800', '\udc00', '1951', '10.7', '-', ' ', '\n', '(', '\u0000', 'Ж', '日本');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }).map((a) => a.join('')), (text) => {
        const got = tokenize(text).map((t) => ({ raw: t.raw, start: t.start, segment: t.segment }));
        assert.deepEqual(got, oracle(text), JSON.stringify(text));
        // The normal form: lower case, curly apostrophes straight (computed without a call for plain ASCII words).
        for (const t of tokenize(text)) assert.equal(t.norm, t.raw.toLowerCase().replace(/’/g, "'"), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('of a block are those of the tokenizer, whether taken from the terminology tokens or not (property)', () => {
    const piece = fc.constantFrom('Convention', 'ILO', 'No', '189', "'s", '’s', "'", '‘', 'd’', 'é', 'e\u0301', '😀', '\ud800', '10.7', '3,000', '-', '–', ' ', '\u00a0', '\n', '(', '\u0000', 'Ж');
    const run = (text: string, start: number) => ({ start, end: start + text.length, text, kind: 'paragraph' as const, depth: 0, quoted: false, listItem: -1 });
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), { minLength: 1, maxLength: 3 }), (texts) => {
        const block: Block = { start: 0, end: texts.length * 100, type: 'paragraph', runs: texts.map((t, k) => run(t, k * 100)), listItems: [], comments: [], definitions: false };
        const fields = (ts: readonly { norm: string; raw: string; start: number; end: number; segment: number }[]) => ts.map(({ norm, raw, start, end, segment }) => ({ norm, raw, start, end, segment }));
        blockWords(block).forEach((words, k) => assert.deepEqual(fields(words), fields(tokenize(texts[k] as string)), JSON.stringify(texts[k])));
      }),
      { numRuns: 3000 },
    );
  });

  it('call a word capitalized when its first character is a capital letter or a digit', () => {
    const oracle = (raw: string): boolean => raw !== '' && ((raw[0] as string) !== (raw[0] as string).toLowerCase() || /\d/.test(raw[0] as string));
    for (const raw of ['', 'Convention', 'convention', '1951', 'États', 'état', 'Ж', 'ж', '𝐀', '日本', "'s", '_x']) assert.equal(isCapitalized(raw), oracle(raw), raw);
  });

  it('normalise case and curly apostrophes, and end where the word ends', () => {
    assert.deepEqual(
      tokenize('the Children’s Rights, Côte d’Ivoire').map((t) => [t.norm, t.start, t.end]),
      [['the', 0, 3], ['children', 4, 12], ['rights', 15, 21], ['côte', 23, 27], ["d'ivoire", 28, 36]],
    );
  });
});

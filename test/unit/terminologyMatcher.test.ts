/**
 * The token matcher under the terminology checks: word boundaries,
 * punctuation matched literally, any whitespace or line break between words,
 * excluded content as a barrier, the longest match winning, and linear cost.
 */
import { strict as assert } from 'node:assert';
import { PhraseMatcher } from '../../server/src/core/terminology/matcher';
import { tokenize } from '../../server/src/core/terminology/tokens';

function matches(phrases: readonly string[], text: string): string[] {
  const m = new PhraseMatcher<string>();
  for (const p of phrases) m.add(p, p);
  const tokens = tokenize(text);
  return m.matchAll(tokens).map((x) => `${text.slice(tokens[x.first]!.start, tokens[x.last - 1]!.end)}=${x.payloads.join('|')}`);
}

describe('terminology matcher', () => {
  it('matches whole words only, case-insensitively, across line breaks', () => {
    assert.deepEqual(matches(['illegal migrants'], 'Illegal\n   migrants, illegal migrantsx, xillegal migrants'), ['Illegal\n   migrants=illegal migrants']);
  });

  it('matches punctuation literally: a hyphen is not a space, a comma must be there', () => {
    assert.deepEqual(matches(['follow-up', 'safe, orderly and regular migration'], 'follow up, follow-up, follow–up; safe orderly and regular migration, safe, orderly and regular migration'), [
      'follow-up=follow-up',
      'safe, orderly and regular migration=safe, orderly and regular migration',
    ]);
  });

  it('never matches across excluded content', () => {
    assert.deepEqual(matches(['illegal migrants'], 'illegal \u0000\u0000 migrants'), []);
  });

  it('prefers the longest phrase at a position', () => {
    assert.deepEqual(matches(['global compact', 'global compact for refugees'], 'the Global Compact for Refugees and the global compact'), [
      'Global Compact for Refugees=global compact for refugees',
      'global compact=global compact',
    ]);
  });

  it('folds curly apostrophes and treats letters outside ASCII as word characters', () => {
    assert.deepEqual(matches(["children's rights", 'non-refoulement'], 'children’s rights and non-refoulement; États'), ["children’s rights=children's rights", 'non-refoulement=non-refoulement']);
    assert.deepEqual(tokenize('États 😀 x').map((t) => `${t.kind}:${t.raw}`), ['word:États', 'punct:😀', 'word:x']);
  });

  it('keeps a number with its decimal points and separators as one word', () => {
    assert.deepEqual(tokenize('SDG 10.7, 3,000 in 2019. Next').map((t) => t.raw), ['SDG', '10.7', ',', '3,000', 'in', '2019', '.', 'Next']);
  });

  it('tokenizes a megabyte of one character in linear time', () => {
    for (const c of ['a', '-', ' ', '\u0000']) {
      const t = performance.now();
      tokenize(c.repeat(1_000_000));
      assert.ok(performance.now() - t < 1000, `"${c}" × 1 MB`);
    }
  });
});

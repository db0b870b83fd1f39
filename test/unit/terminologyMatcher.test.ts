/**
 * The token matcher under the terminology checks: word boundaries,
 * punctuation matched literally, any whitespace or line break between words,
 * excluded content as a barrier, the longest match winning, and linear cost.
 */
import { strict as assert } from 'node:assert';
import { PhraseMatcher } from '../../server/src/core/terminology/matcher';
import fc from 'fast-check';
import { isCapitalized, phraseWords, tokenize } from '../../server/src/core/terminology/tokens';
import { lexicon } from '../../server/src/core/terminology/lexicon';
import { referenceData } from '../../server/src/core/data/reference';
import { DEFAULT_CONFIG } from '../../server/src/core/index';
import type { Context, FixedTerm } from '../../server/src/core/data/terminology';

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

  it('gives words in lower case and other tokens as written, apostrophes and hyphens folded (property)', () => {
    const piece = fc.constantFrom('Member', 'states', 'NGOs', 'É', 'é', 'e\u0301', 'Ж', '𝐀', '’', '‘', '\u2010', '-', ' ', '10.7', '\u0000', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (text) => {
        for (const t of tokenize(text)) {
          const folded = t.raw === '’' || t.raw === '‘' ? "'" : t.raw === '\u2010' || t.raw === '\u2011' ? '-' : t.raw;
          assert.equal(t.norm, t.kind === 'word' ? t.raw.toLowerCase() : folded, JSON.stringify(text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('marks a token plain exactly when it is a word of ASCII letters and digits only (property)', () => {
    const piece = fc.constantFrom('Member', 'ILO', '3', '10.7', '3,000', 'É', 'é', 'e\u0301', 'Ж', '𝐀', '’', "'", '-', ' ', '\n', '\u0000', ',', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (text) => {
        for (const t of tokenize(text)) assert.equal(t.plain, t.kind === 'word' && /^[A-Za-z0-9]+$/.test(t.raw), JSON.stringify({ text, t }));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a phrase of the data into the words tokenize gives (property)', () => {
    const piece = fc.constantFrom('labour', 'Organization', 'ILO', 'a', '3', '10.7', 'É', 'e\u0301', '’', "'", '-', ' ', '\u0000', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((a) => a.join('')), (phrase) => {
        assert.deepEqual(phraseWords(phrase), tokenize(phrase).map((t) => t.norm), JSON.stringify(phrase));
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(phraseWords('Programme'), ['programme']);
    assert.deepEqual(phraseWords(''), []);
  });

  it('finds the same matches looking only at the tokens that start a phrase (property)', () => {
    const m = new PhraseMatcher<string>();
    for (const p of ['member states', 'member', 'states parties', 'follow-up', 'safe, orderly', 'orderly and regular']) m.add(p, p);
    const first = new Set(m.firstWords());
    const piece = fc.constantFrom('Member', 'member', 'States', 'states', 'parties', 'follow', '-', 'up', 'safe', ',', 'orderly', 'and', 'regular', 'migration', ' ', '\n', '\u0000');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join(' ')), fc.array(fc.nat(40)), (text, extra) => {
        const tokens = tokenize(text);
        // The tokens that are first words, and any others: the result must not change.
        const starts = [...new Set([...tokens.flatMap((t, i) => (first.has(t.norm) ? [i] : [])), ...extra.filter((i) => i < tokens.length)])].sort((a, b) => a - b);
        assert.deepEqual(m.matchAll(tokens, starts), m.matchAll(tokens), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('starts of the lexicon hold the first words of all its phrases, in every spelling convention', () => {
    const lex = lexicon(referenceData(DEFAULT_CONFIG).terminology);
    const matchers = [lex.terms, lex.casings, lex.wrongForms, lex.properNames, lex.spelling('un'), lex.spelling('us'), lex.spelling('en-gb-ise')];
    for (const m of matchers) for (const w of m.firstWords()) assert.ok(lex.starts.has(w), w);
    assert.ok(lex.starts.size > 100);
  });

  it('matches the same with the built-in names\' misspelt forms read from the generated file as with those derived from the data', () => {
    const data = referenceData(DEFAULT_CONFIG).terminology;
    const built = lexicon(data);
    // A copy of the spelling data is not the built-in object: its names' misspelt forms are derived here.
    const read = lexicon({ ...data, spelling: { ...data.spelling } });
    assert.deepEqual([...read.starts].sort(), [...built.starts].sort());
    const texts = [
      ...data.fixedTerms.flatMap((t) => [...t.casing.map((c) => c.match), ...t.wrongForms.map((w) => w.form)]),
      ...data.spelling.properNames,
      ...data.spelling.forms.flatMap((f) => [f.un, f.us, f['en-gb-ise']]),
      'the International Labor Organization and the World Food Program',
    ];
    const found = (lex: typeof built, text: string): unknown => {
      const tokens = tokenize(text);
      const pick = <T>(m: PhraseMatcher<T>): unknown => m.matchAll(tokens).map((x) => [x.first, x.last, x.payloads]);
      return [pick(lex.casings), pick(lex.wrongForms), pick(lex.properNames), pick(lex.misspeltNames), pick(lex.spelling('un')), pick(lex.spelling('us')), pick(lex.spelling('en-gb-ise'))];
    };
    for (const text of texts) assert.deepEqual(found(read, text), found(built, text), text);
    assert.deepEqual((found(built, 'the International Labor Organization') as unknown[])[3], [[1, 4, ['International Labour Organization']]]);
  });

  it('reads the words of a phrase that the generated file does not hold', () => {
    const data = referenceData(DEFAULT_CONFIG).terminology;
    const first = data.fixedTerms[0] as FixedTerm;
    const observatory: FixedTerm = { ...first, id: 'observatory', casing: [{ match: 'Regional Migration Observatory', correct: 'Regional Migration Observatory', accept: [] }], wrongForms: [] };
    const extended = lexicon({ ...data, fixedTerms: [...data.fixedTerms, observatory] });
    const tokens = tokenize('the Regional Migration Observatory opened');
    assert.deepEqual(extended.casings.matchAll(tokens).map((x) => [x.first, x.last, x.payloads.map((p) => p.term.id)]), [[1, 4, ['observatory']]]);
  });

  it('calls a word capitalized when its first character is a capital letter', () => {
    const oracle = (raw: string): boolean => raw !== '' && (raw[0] as string) !== (raw[0] as string).toLowerCase();
    for (const raw of ['', 'Member', 'member', '1951', 'États', 'état', 'Ж', '𝐀', '日本', '-']) assert.equal(isCapitalized(raw), oracle(raw), raw);
  });

  it('tokenizes a megabyte of one character in linear time', () => {
    for (const c of ['a', '-', ' ', '\u0000']) {
      const t = performance.now();
      tokenize(c.repeat(1_000_000));
      assert.ok(performance.now() - t < 1000, `"${c}" × 1 MB`);
    }
  });
});

describe('the terminology data', () => {
  it('lists no word of a context twice (contexts compare words in lower case)', () => {
    const data = referenceData(DEFAULT_CONFIG).terminology;
    const contexts: [string, Context][] = [];
    for (const t of data.fixedTerms) {
      if (t.unless) contexts.push([t.id, t.unless]);
      for (const c of t.casing) if (c.otherOrganizations) contexts.push([`${t.id} ${c.match}`, c.otherOrganizations.when]);
      for (const w of t.wrongForms) for (const c of [w.unless, w.onlyWhen]) if (c) contexts.push([`${t.id} ${w.form}`, c]);
    }
    for (const concept of data.concepts) for (const d of concept.deprecated) if (d.unless) contexts.push([`${concept.id} ${d.term}`, d.unless]);
    assert.ok(contexts.length > 10);
    for (const [where, context] of contexts) {
      for (const [key, list] of Object.entries(context)) {
        if (!Array.isArray(list)) continue;
        const words = (list as string[]).map((p) => phraseWords(p).join(' '));
        assert.deepEqual(words.filter((w, i) => words.indexOf(w) !== i), [], `${where}: ${key}`);
      }
    }
  });
});

describe('the text the data shows to drafters', () => {
  it('speaks of the drafts and of UN usage, never of the files that hold the data', () => {
    const data = referenceData(DEFAULT_CONFIG).terminology;
    const shown: [string, string][] = [];
    for (const c of data.concepts) {
      shown.push([c.id, c.definition ?? '']);
      for (const d of c.deprecated) shown.push([`${c.id} ${d.term}`, d.reason ?? '']);
    }
    for (const t of data.fixedTerms) {
      shown.push([t.id, t.reason]);
      for (const w of t.wrongForms) shown.push([`${t.id} ${w.form}`, w.reason ?? '']);
      for (const c of t.casing) shown.push([`${t.id} ${c.match}`, c.otherOrganizations?.reason ?? '']);
    }
    assert.ok(shown.length > 50);
    assert.deepEqual(shown.filter(([, text]) => /\.json\b|\bid “/.test(text)), []);
  });
});

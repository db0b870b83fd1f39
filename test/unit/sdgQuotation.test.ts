/**
 * Quotations compared with an official text, and SDG navigation: what counts
 * as faithful, which official fragment a misquotation stands for, and which
 * references a symbol has across documents.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, definitionsAt, prepareRenameAt, referencesAt } from '../../server/src/core/index';
import { compareQuote } from '../../server/src/core/sdg/quotation';
import { prepareOfficial } from '../../server/src/core/sdg/quoteWords';

const T10_7 = prepareOfficial(
  'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies',
);

function official(quoted: string): { cost: number; official: string; spellingOnly: boolean } {
  const c = compareQuote(quoted, T10_7);
  assert.ok(c);
  return { cost: c.cost, official: c.official, spellingOnly: c.spellingOnly };
}

describe('SDG quotations', () => {
  it('accepts exact fragments whatever their case, punctuation, spacing and leading capital', () => {
    for (const q of [
      'orderly, safe, regular and responsible migration',
      'FACILITATE ORDERLY SAFE REGULAR',
      'Mobility of people,\n   including through the implementation',
      'well managed migration policies',
      'migration and mobility of people.',
    ]) {
      assert.equal(official(q).cost, 0, q);
    }
  });

  it('reads a word with a soft hyphen or a zero-width space, as text copied from a PDF has, as one word', () => {
    assert.equal(official('regular and re\u00ADsponsible migration').cost, 0);
    assert.equal(official('mobil\u200Bity of people').cost, 0);
  });

  it('writes the official words in place of a bracketed insertion between two parts of a misquotation, never the insertion', () => {
    assert.equal(official('safe, orderly and [regular] migration').official, 'orderly, safe, regular and responsible migration');
    assert.equal(official('safe, orderly and [the] mobility of people').official, 'orderly, safe, regular and responsible migration and mobility of people');
    assert.equal(official('facilitate safe [and] orderly migration [of persons]').official, 'facilitate orderly, safe, regular and responsible migration [of persons]');
    const outOfOrder = compareQuote('migration [policies] orderly, safe', T10_7);
    assert.equal(outOfOrder?.keepsQuoted, false);
  });

  it('lets "…", "...", "[…]" and bracketed insertions stand for omitted words, in order', () => {
    assert.equal(official('facilitate orderly … migration and mobility').cost, 0);
    assert.equal(official('facilitate ... [...] planned and well-managed migration policies').cost, 0);
    assert.equal(official('[States should] facilitate orderly, safe, regular').cost, 0);
    assert.equal(official('[T]he implementation of planned').cost, 0);
    assert.ok(official('well-managed migration policies … facilitate orderly').cost > 0, 'segments must keep the official order');
  });

  it('names the official fragment a misquotation stands for, keeping the quotation\'s omissions and initial', () => {
    assert.equal(official('safe, orderly and regular migration').official, 'orderly, safe, regular and responsible migration');
    assert.equal(official('Facilitate safe and regular migration … implementation of well managed migration policies').official, 'Facilitate orderly, safe, regular and responsible migration … implementation of planned and well-managed migration policies');
    assert.equal(official('"mobility of persons"').official, '"mobility of people"');
  });

  it('calls a difference a misspelling only when every changed word is close in spelling', () => {
    assert.deepEqual(official('facilitate ordely, safe, regular'), { cost: 2, official: 'facilitate orderly, safe, regular', spellingOnly: true });
    assert.equal(official('facilitate orderly, safe, legal').spellingOnly, false);
    assert.equal(official('facilitate orderly, safe and regular').spellingOnly, false);
  });
});

describe('SDG navigation', () => {
  const a = buildModel({ uri: 'file:///a.md', version: 1, text: 'SDG target 10.7 and Goal 10; indicator 10.7.2.\n' }, DEFAULT_CONFIG);
  const b = buildModel({ uri: 'file:///b.md', version: 1, text: '## Goal 1: Data\n\nTargets 10.7 and 10.c (SDG 10), Goal 10 of this plan, SDG indicator 10.7.2.\n' }, DEFAULT_CONFIG);
  const ctx = { data: a.data, others: [a, b] };
  const refs = (offset: number): string[] => referencesAt(a, offset, [a, b], ctx, true).map((l) => `${l.uri.slice(8)}:${l.span.start}`);

  it('finds a target, a goal and an indicator by number across documents', () => {
    assert.deepEqual(refs(a.text.indexOf('10.7')), ['a.md:11', `b.md:${b.text.indexOf('10.7')}`]);
    assert.deepEqual(refs(a.text.indexOf('target')), ['a.md:11', `b.md:${b.text.indexOf('10.7')}`], 'from the keyword of a single-id mention');
    // b numbers goals of its own, so its bare "Goal 10" is not SDG 10; "SDG 10" is.
    assert.deepEqual(refs(a.text.indexOf('Goal 10') + 6), [`a.md:${a.text.indexOf('Goal 10') + 5}`, `b.md:${b.text.indexOf('SDG 10') + 4}`]);
    assert.deepEqual(refs(a.text.indexOf('10.7.2')), [`a.md:${a.text.indexOf('10.7.2')}`, `b.md:${b.text.indexOf('10.7.2')}`]);
  });

  it('has no definition in the workspace and refuses to rename an official number', () => {
    assert.deepEqual(definitionsAt(a, a.text.indexOf('10.7'), [a, b], ctx), []);
    assert.deepEqual(prepareRenameAt(a, a.text.indexOf('10.7'), [a], ctx), { error: 'This reference cannot be renamed.' });
  });
});

/**
 * Words in capitals that are not acronyms, and the data behind them: words
 * written in capitals for emphasis, place designations after a name, formats
 * every reader knows, and instrument acronyms that are also everyday words.
 * What the acronym check reports is specified by the fixtures under
 * test/fixtures/terminology/; this file keeps the data consistent and shows
 * the editor's view of those words.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, hover } from '../../server/src/core/index';
import acronymsRaw from '../../data/terminology/acronyms.json';

function modelOf(text: string) {
  return buildModel({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
}

function uses(text: string): string[] {
  return modelOf(text).facts('acronymUses').map((u) => u.acronym);
}

describe('words in capitals that are not acronyms', () => {
  const data = modelOf('').data;

  it('emphasis words and designations are no acronym of the data or the instrument registry', () => {
    for (const word of [...data.terminology.emphasisWords, ...acronymsRaw.designations.map((d) => d.acronym)]) {
      assert.ok(!data.terminology.acronyms.has(word) && !data.instruments.byAcronym(word), word);
    }
  });

  it('every designation and acronym known to every reader names its source', () => {
    for (const a of [...acronymsRaw.known, ...acronymsRaw.designations]) assert.ok(a.source.title && a.source.url, a.acronym);
    assert.ok(acronymsRaw.emphasis.sources.length > 0);
  });

  it('an instrument acronym that is also an everyday word is not among its names or the acronyms with an expansion', () => {
    for (const i of data.instruments.all) {
      for (const a of i.contextAcronyms) {
        assert.equal(data.instruments.byAcronym(a), undefined, a);
        assert.ok(!data.terminology.acronyms.has(a), a);
      }
    }
  });

  it('an emphasis word is never an acronym, an acronym of the data always is, in text or alone', () => {
    assert.deepEqual(uses('States MUST ensure it, NOT merely try; ALL of them. MUST.'), []);
    assert.deepEqual(uses('The WHO MUST act; the IOM SHALL act.'), ['WHO', 'IOM']);
  });

  it('a designation is an acronym after an acronym, in parentheses or alone', () => {
    assert.deepEqual(uses('Hong Kong SAR, Macao SAR, Lao PDR and Washington, DC.'), []);
    assert.deepEqual(uses('The UNHCR SAR team; search and rescue (SAR); SAR zones. The SAR team.'), ['UNHCR', 'SAR', 'SAR', 'SAR']);
    // Only after the place it belongs to: a Maltese or Libyan SAR zone is a search and rescue zone.
    assert.deepEqual(uses('The Maltese SAR zone and the Libyan SAR region.'), ['SAR', 'SAR']);
    assert.deepEqual(modelOf('search and rescue (SAR)').facts('acronymDefinitions').map((d) => d.expansion), ['search and rescue']);
  });

  it('hover on an everyday "SAR" offers no instrument; on "SAR" defined after the title, the SAR Convention', () => {
    const bare = 'SAR operations at sea.';
    const model = modelOf(bare);
    assert.equal(hover(model, 1, { data: model.data, others: [] }), undefined);
    const defined = 'The International Convention on Maritime Search and Rescue (SAR) applies.';
    const m = modelOf(defined);
    const h = hover(m, defined.indexOf('SAR)') + 1, { data: m.data, others: [] });
    assert.ok(h);
    assert.match(h.contents, /International Convention on Maritime Search and Rescue, 1979/);
  });
});

/**
 * Instrument hover, completion and references in the core, for the cases the
 * server tests do not cover: near-misses, short names typed in part, and
 * instruments from the configuration.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, complete, hover, lintModel, mergeConfigs, parseConfig, referencesAt, type Config } from '../../server/src/core/index';

function modelOf(text: string, config: Config = DEFAULT_CONFIG) {
  return buildModel({ uri: 'file:///draft.md', version: 1, text }, config);
}

describe('instrument features in the core', () => {
  it('hover on a near-miss names the instrument and the name it resembles', () => {
    const text = 'the Forced Labor Convention';
    const model = modelOf(text);
    const h = hover(model, text.indexOf('Labor'), { data: model.data, others: [] });
    assert.ok(h);
    assert.match(h.contents, /Not quite a name of this instrument: "Forced Labour Convention"/);
    assert.match(h.contents, /Forced Labour Convention, 1930 \(No\. 29\)/);
  });

  it('reads an ILO convention cited by its formal title, and its hover gives that title', () => {
    const text = 'States ratify the Convention concerning Decent Work for Domestic Workers.';
    const model = modelOf(text);
    assert.deepEqual(model.facts('instrumentMentions').map((m) => [m.match, m.ids]), [['exact', ['ilo-c189']]]);
    const h = hover(model, text.indexOf('Decent'), { data: model.data, others: [] });
    assert.match(h?.contents ?? '', /Formal title: Convention concerning Decent Work for Domestic Workers/);
  });

  it('hover on an instrument of the configuration shows its facts and says where it comes from', () => {
    const parsed = parseConfig(JSON.stringify({ instruments: [{ id: 'cbd', title: 'Convention on Biological Diversity', acronyms: ['CBD'], kind: 'treaty', binding: true, adopted: '1992-06-05' }] }));
    const text = 'Parties to the CBD';
    const model = modelOf(text, mergeConfigs([parsed.config]));
    const h = hover(model, text.indexOf('CBD'), { data: model.data, others: [] });
    assert.ok(h);
    assert.match(h.contents, /\*\*CBD\*\*: Convention on Biological Diversity/);
    assert.match(h.contents, /Adopted: 5 June 1992/);
    assert.match(h.contents, /Defined in your configuration/);
  });

  it('hover shows the words of the configuration as written, and links only to a web page', () => {
    const instrument = (url: string) => ({ id: 'lcc', title: 'Protocol on *Free* Movement <b>x</b>', acronyms: ['LCCP'], kind: 'treaty', binding: true, url });
    for (const [url, link] of [
      ['javascript:alert(1)', undefined],
      ['https://example.org/p_(2024)', '[Official text and status](https://example.org/p_%282024%29)'],
    ] as const) {
      const model = modelOf('Parties to the LCCP', mergeConfigs([parseConfig(JSON.stringify({ instruments: [instrument(url)] })).config]));
      const h = hover(model, model.text.indexOf('LCCP'), { data: model.data, others: [] });
      assert.ok(h);
      assert.match(h.contents, /\*\*LCCP\*\*: Protocol on \\\*Free\\\* Movement \\<b\\>x\\<\/b\\>/);
      assert.equal(h.contents.includes('javascript:'), false);
      if (link) assert.ok(h.contents.includes(link), h.contents);
      else assert.equal(h.contents.includes('Official text'), false);
    }
  });

  it('hover on a core treaty the configuration extends still names its committee', () => {
    const title = 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families';
    const parsed = parseConfig(JSON.stringify({ instruments: [{ id: 'icrmw', title, aliases: ['Migrant Workers Treaty'] }] }));
    const text = 'States ratified the Migrant Workers Treaty.';
    const model = modelOf(text, mergeConfigs([parsed.config]));
    const h = hover(model, text.indexOf('Migrant Workers Treaty') + 2, { data: model.data, others: [] });
    assert.match(h?.contents ?? '', /Monitored by: Committee on Migrant Workers \(CMW\)/);
  });

  it('a core treaty the configuration extends keeps the year it was concluded in, which a drafter may write', () => {
    const title = 'International Convention on the Elimination of All Forms of Racial Discrimination';
    const parsed = parseConfig(JSON.stringify({ instruments: [{ id: 'icerd', title, aliases: ['Race Convention'] }] }));
    const text = `States ratified the 1966 ${title}.`;
    const model = modelOf(text, mergeConfigs([parsed.config]));
    assert.deepEqual(lintModel(model).filter((f) => f.checkId === 'instruments/wrong-year'), []);
  });

  it('completion of a short name typed in part offers the official title', () => {
    const text = 'States ratify the Migrant Wor';
    const model = modelOf(text);
    const entries = complete(model, text.length, { data: model.data, others: [] });
    const icrmw = entries.find((e) => e.label.startsWith('International Convention on the Protection of the Rights of All Migrant Workers'));
    assert.ok(icrmw, entries.map((e) => e.label).join('; '));
    assert.equal(icrmw.insertText, `${icrmw.label} (ICRMW)`);
    assert.equal(icrmw.filterText, 'Migrant Workers Convention');
    assert.deepEqual(icrmw.replace, { start: text.indexOf('Migrant'), end: text.length });
  });

  it('references of an instrument gather every name it goes by', () => {
    const text = 'The Refugee Convention, the 1951 Convention and the Convention relating to the Status of Refugees; not the 1967 Protocol.';
    const model = modelOf(text);
    const refs = referencesAt(model, text.indexOf('Refugee'), [model], { data: model.data, others: [model] }, true);
    assert.deepEqual(refs.map((r) => text.slice(r.span.start, r.span.end)), ['Refugee Convention', '1951 Convention', 'Convention relating to the Status of Refugees']);
  });

  it('a bare "SAR" is the SAR Convention for hover and references only after the document defines it so, and only if it has no other meaning there', () => {
    const text = 'SAR teams met.\n\nThe International Convention on Maritime Search and Rescue (SAR) applies.\n\n## The SAR in practice\n\nThe SAR and the SAR Convention oblige Hong Kong SAR.';
    const model = modelOf(text);
    const ctx = { data: model.data, others: [model] };
    assert.doesNotMatch(hover(model, 1, ctx)?.contents ?? '', /Convention/);
    const later = text.indexOf('The SAR and') + 5;
    assert.match(hover(model, later, ctx)?.contents ?? '', /\*\*SAR\*\*: International Convention on Maritime Search and Rescue, 1979/);
    const refs = referencesAt(model, later, [model], ctx, true);
    assert.deepEqual(refs.map((r) => `${r.span.start}:${text.slice(r.span.start, r.span.end)}`), [
      `${text.indexOf('International')}:International Convention on Maritime Search and Rescue`, `${text.indexOf('SAR)')}:SAR`, `${text.indexOf('## The SAR') + 7}:SAR`,
      `${later - 1}:SAR`, `${text.indexOf('SAR Convention')}:SAR Convention`,
    ]);
    const twice = `${text}\n\nSearch and rescue (SAR) saves lives; SAR works.`;
    const other = modelOf(twice);
    assert.doesNotMatch(hover(other, later, { data: other.data, others: [other] })?.contents ?? '', /Convention/);
  });
});

describe('an ambiguous short name and the words after it', () => {
  const ambiguous = (text: string): number => lintModel(modelOf(text)).filter((f) => f.checkId === 'instruments/ambiguous-name').length;

  it('reads only its own paragraph or heading, with Windows line endings too', () => {
    assert.equal(ambiguous('Apply the Palermo Protocol\r\n\r\nSmuggling of migrants is a crime.\r\n'), 1);
    assert.equal(ambiguous('## The Palermo Protocol\nSmuggling of migrants is a crime.\n'), 1);
    assert.equal(ambiguous('Apply the Palermo Protocol\r\non the smuggling of migrants.\r\n'), 0);
  });
});

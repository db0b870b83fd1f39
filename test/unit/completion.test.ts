/**
 * Completion through the core API: what is offered for the words typed so
 * far, and which of them an entry replaces.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, complete, type CompletionTrigger } from '../../server/src/core/index';

/** The entries at the end of `typed` (or at `typed` inside `text`), each as "kind:label[replaced text]" and what it would insert. */
function offered(typed: string, trigger: CompletionTrigger = 'invoked', text = typed): { entry: string; inserted: string }[] {
  const at = text.indexOf(typed) + typed.length;
  const m = buildModel({ uri: 'file:///d/draft.md', version: 1, text }, DEFAULT_CONFIG);
  return complete(m, at, { data: m.data, others: [m] }, trigger).map((e) => ({
    entry: `${e.kind}:${e.label}[${text.slice(e.replace.start, e.replace.end)}]`,
    inserted: text.slice(0, e.replace.start) + (e.insertText ?? e.label) + text.slice(e.replace.end, at),
  }));
}

/** The whole text after accepting the first entry offered with the cursor at `|`. */
function accepted(withCursor: string, label?: string): string {
  const at = withCursor.indexOf('|');
  const text = withCursor.replace('|', '');
  const m = buildModel({ uri: 'file:///d/draft.md', version: 1, text }, DEFAULT_CONFIG);
  const entries = complete(m, at, { data: m.data, others: [m] }, 'invoked');
  const e = label === undefined ? entries[0] : entries.find((x) => x.label.startsWith(label));
  assert.ok(e, `nothing offered at ${withCursor}`);
  return text.slice(0, e.replace.start) + (e.insertText ?? e.label) + text.slice(e.replace.end);
}

describe('completion inside a word', () => {
  it('replaces the rest of the word, or of the term, after the cursor', () => {
    assert.equal(accepted('Protect migrants in an irr|egular situation.'), 'Protect migrants in an irregular situation.');
    assert.equal(accepted('Victims of human traff|icking.'), 'Victims of trafficking in persons.');
    assert.equal(accepted('See the Convention on the Rights of the Ch|ild.', 'Convention on the Rights of the Child'), 'See the Convention on the Rights of the Child (CRC).');
    assert.equal(accepted('We apply the whole-of|-government approach.'), 'We apply the whole-of-government approach.');
    // A possessive, after a closing apostrophe or as "'s", is not part of the word.
    for (const [typed, kept] of [["Protect the migr|ants' rights.", "' rights."], ["Protect the migr|ant's rights.", "'s rights."], ['Protect the migr|ant’s rights.', '’s rights.']]) {
      const possessive = accepted(typed as string);
      assert.ok(possessive.endsWith(kept as string), possessive);
    }
  });
});

describe('completion of glossary terms', () => {
  it('keeps offering a term of several words as its words are typed, replacing all of them', () => {
    for (const typed of ['trafficking i', 'trafficking in', 'unaccompanied and ', 'unaccompanied and s', 'migrants in an i', 'safe, orderly and r', 'the best interests of the c']) {
      const entries = offered(typed, 'character');
      assert.equal(entries.length, 1, `${typed}: ${entries.map((e) => e.entry).join(', ')}`);
      assert.ok(/^term:/.test(entries[0]!.entry), typed);
    }
    assert.deepEqual(offered('Victims of unaccompanied and s').map((e) => e.inserted), ['Victims of unaccompanied and separated children']);
  });

  it('after a space typed after one word, offers a term only when asked or when the list is open', () => {
    assert.deepEqual(offered('migrants ', 'character'), []);
    assert.deepEqual(offered('trafficking ', 'continued').map((e) => e.inserted), ['trafficking in persons']);
    assert.deepEqual(offered('trafficking ', 'invoked').map((e) => e.inserted), ['trafficking in persons']);
  });

  it('offers the preferred form of a term started by a variant, in place of the whole variant', () => {
    assert.deepEqual(offered('Victims of human traf'), [{ entry: 'term:trafficking in persons[human traf]', inserted: 'Victims of trafficking in persons' }]);
  });

  it('gives way to an instrument whose title the words typed begin', () => {
    assert.deepEqual(
      offered('We note the Convention on the Rights of the Ch').map((e) => e.entry),
      ['instrument:Convention on the Rights of the Child[Convention on the Rights of the Ch]'],
    );
  });
});

describe('completion of instruments', () => {
  it('keeps a year typed before the title', () => {
    assert.deepEqual(offered('See the 1951 ', 'character').map((e) => e.inserted), ['See the 1951 Convention relating to the Status of Refugees']);
  });

  it('defines the acronym at the first mention, but writes no second parenthesis after an ILO title\'s number', () => {
    assert.deepEqual(offered('We ratified the Domestic Workers Conv').map((e) => e.inserted), ['We ratified the Domestic Workers Convention, 2011 (No. 189)']);
    assert.deepEqual(offered('We ratified the International Covenant on Civil and Pol').map((e) => e.inserted), ['We ratified the International Covenant on Civil and Political Rights (ICCPR)']);
  });

  it('offers an acronym the document defines once, as the instrument', () => {
    const text = 'The International Covenant on Civil and Political Rights (ICCPR) applies. See ICC';
    assert.deepEqual(offered('See ICC', 'invoked', text).map((e) => e.entry), ['instrument:ICCPR[ICC]']);
  });
});

describe('completion outside prose', () => {
  it('offers nothing in code, front matter or HTML, which nothing checks', () => {
    assert.deepEqual(offered('SDG target 10.', 'character', '```\nSDG target 10.\n```\n'), []);
    assert.deepEqual(offered('SDG target 10.', 'character', 'Text `SDG target 10.` here.\n'), []);
    assert.deepEqual(offered('SDG target 10.', 'character', '---\ntitle: SDG target 10.\n---\n\nBody.\n'), []);
    assert.equal(offered('SDG target 10.', 'character', 'In prose, SDG target 10.').length, 10);
  });
});

describe('completion of a glossary term by a variant', () => {
  it('waits for the variant\'s first word to be typed whole', () => {
    assert.ok(!offered('Victims of hum').some((e) => e.entry.startsWith('term:trafficking in persons')));
  });
});

import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, applyEditGroups, lintText } from '../../server/src/core/index';

/** The text after the quick fix of each deprecated term, applied one at a time as a user would in the editor. */
function fixed(text: string): string[] {
  const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
  return findings
    .filter((f) => f.checkId === 'terminology/deprecated-term')
    .map((f) => applyEditGroups(text, [f.fixes?.[0]?.edits ?? []]).text);
}

describe('the quick fix of a deprecated term', () => {
  it('makes the article before it agree with the preferred term', () => {
    assert.deepEqual(fixed('An illegal migrant was detained.'), ['A migrant in an irregular situation was detained.']);
    assert.deepEqual(fixed('AN ILLEGAL MIGRANT WAS DETAINED.'), ['A MIGRANT IN AN IRREGULAR SITUATION WAS DETAINED.']);
    assert.deepEqual(fixed('He was an illegal migrant.'), ['He was a migrant in an irregular situation.']);
  });

  it('leaves an article that already agrees, and words that only end like one, as they are', () => {
    assert.deepEqual(fixed('Each unaccompanied minor is heard; a separated minor too.'), ['Each unaccompanied child is heard; a separated minor too.', 'Each unaccompanied minor is heard; a separated child too.']);
    assert.deepEqual(fixed('Iran illegal migrants'), ['Iran migrants in an irregular situation']);
  });

  it('offers no fix before a possessive, where the sentence needs rewording', () => {
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text: 'The illegal migrants’ rights and the illegal migrant\'s rights.' }, DEFAULT_CONFIG);
    const found = findings.filter((f) => f.checkId === 'terminology/deprecated-term');
    assert.equal(found.length, 2);
    assert.deepEqual(found.map((f) => f.fixes ?? []), [[], []]);
  });

  it('moves the preferred term\'s qualifier after the people the term qualifies', () => {
    assert.deepEqual(fixed('Illegal migrant workers and two illegal migrant children were found.'), [
      'Migrant workers in an irregular situation and two illegal migrant children were found.',
      'Illegal migrant workers and two migrant children in an irregular situation were found.',
    ]);
    assert.deepEqual(fixed('They met an illegal immigrant domestic worker.'), ['They met a migrant domestic worker in an irregular situation.']);
    assert.deepEqual(fixed('## Protection of Illegal Migrant Workers'), ['## Protection of Migrant Workers in an Irregular Situation']);
    assert.deepEqual(fixed('ILLEGAL MIGRANT WORKERS ARE PROTECTED.'), ['MIGRANT WORKERS IN AN IRREGULAR SITUATION ARE PROTECTED.']);
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text: 'Illegal migrant workers were found.' }, DEFAULT_CONFIG);
    assert.deepEqual(
      findings.map((f) => [f.span, f.message.slice(0, f.message.indexOf('. '))]),
      [[{ start: 0, end: 15 }, 'Deprecated term "Illegal migrant": use "Migrant in an irregular situation", here "Migrant workers in an irregular situation"']],
    );
  });

  it('offers no fix where the people it qualifies are part of a longer noun, or the term is plural', () => {
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text: 'Illegal migrant family members and illegal migrant worker rights matter; illegal migrants women too.' }, DEFAULT_CONFIG);
    const found = findings.filter((f) => f.checkId === 'terminology/deprecated-term');
    assert.equal(found.length, 3);
    assert.deepEqual(found.map((f) => [f.fixes ?? [], f.message.includes(', here ')]), [[[], false], [[], false], [[], false]]);
  });

  it('offers no fix before another noun the term qualifies, and one before a verb', () => {
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text: 'Illegal migrant smuggling and illegal migrant labour were found. ILLEGAL MIGRANT SMUGGLING GROWS.' }, DEFAULT_CONFIG);
    const found = findings.filter((f) => f.checkId === 'terminology/deprecated-term');
    assert.equal(found.length, 3);
    assert.deepEqual(found.map((f) => f.fixes ?? []), [[], [], []]);
    assert.deepEqual(fixed('An illegal migrant works here.'), ['A migrant in an irregular situation works here.']);
  });

  it('keeps "minor children" from becoming "child children"', () => {
    assert.deepEqual(fixed('Unaccompanied minor children were registered.'), ['Unaccompanied children were registered.']);
  });
});

describe('the quick fixes of a form mixed with another of its concept', () => {
  it('offer the form the document uses most, and the glossary\'s preferred form where the document never uses it', () => {
    const text = 'Human trafficking grows; human trafficking networks adapt. Trafficking of persons is a crime.\n';
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
    const mixed = findings.filter((f) => f.checkId === 'terminology/mixed-variants');
    assert.deepEqual(
      mixed.map((f) => [f.message, f.fixes?.map((x) => [x.title, x.preferred])]),
      [
        [
          '"Trafficking of persons" and "human trafficking" name the same concept; this document uses "human trafficking" 2 times, and the glossary prefers "trafficking in persons".',
          [
            ['Replace with "Human trafficking"', true],
            ['Replace with the glossary\'s "Trafficking in persons"', false],
          ],
        ],
      ],
    );
  });

  it('offer only the preferred form where the document uses it', () => {
    const text = 'Trafficking in persons is a crime. Victims of human trafficking are protected.\n';
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
    const mixed = findings.filter((f) => f.checkId === 'terminology/mixed-variants');
    assert.deepEqual(mixed.map((f) => f.fixes?.map((x) => x.title)), [['Replace with "trafficking in persons"']]);
  });
});

describe('the quick fix of a mixed variant', () => {
  /** The text after each mixed variant's first fix, applied one at a time. */
  function aligned(text: string): string[] {
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
    return findings.filter((f) => f.checkId === 'terminology/mixed-variants').map((f) => applyEditGroups(text, [f.fixes?.[0]?.edits ?? []]).text);
  }

  it('puts the form kept in the number of the mention, with the article made to agree', () => {
    assert.deepEqual(aligned('Regular pathways are expanding. A legal pathway was opened.'), ['Regular pathways are expanding. A regular pathway was opened.']);
    assert.deepEqual(aligned('Migrants in an irregular situation are protected. An irregular migrant may apply.'), [
      'Migrants in an irregular situation are protected. A migrant in an irregular situation may apply.',
    ]);
  });
});

/** The regular English plurals shared by the checks that compare words in either number. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { plural, singular, withHeadNoun } from '../../server/src/core/text/plural';

describe('singular and plural of words', () => {
  it('takes the regular endings off, and leaves short words and words in -ss or -us as they are', () => {
    const cases: [string, string][] = [['policies', 'policy'], ['processes', 'process'], ['migrants', 'migrant'], ['Agencies', 'Agency'], ['AGENCIES', 'AGENCY'], ['boxes', 'box'], ['process', 'process'], ['status', 'status'], ['gas', 'gas'], ['days', 'day']];
    for (const [word, one] of cases) assert.equal(singular(word), one, word);
  });

  it('reads the endings as the patterns of its rules would, in any case and before any character', () => {
    // The rules as patterns, the way they are documented; singular reads the same endings character by character.
    const byPattern = (word: string): string => {
      if (word.length <= 3 || !/s$/i.test(word)) return singular(word);
      if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}${word.endsWith('S') ? 'Y' : 'y'}`;
      if (/(?:ss|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2);
      if (/[^su]s$/i.test(word)) return word.slice(0, -1);
      return word;
    };
    const endings = fc.constantFrom('s', 'S', 'es', 'ES', 'ies', 'IES', 'Ies', 'ses', 'xes', 'zes', 'ches', 'shes', 'sses', 'us', 'ss', 'ſs', 'ies ', 'aies', 'uies');
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), endings, (stem, ending) => assert.equal(singular(stem + ending), byPattern(stem + ending), JSON.stringify(stem + ending))),
      { numRuns: 20000 },
    );
  });

  it('writes the plural that singular takes back', () => {
    for (const word of ['Process', 'Agency', 'Programme', 'Fund', 'Day', 'Box', 'Church']) assert.equal(singular(plural(word)), word, word);
  });

  it('knows the irregular plurals of people, in the case they are written in', () => {
    assert.equal(plural('child'), 'children');
    assert.equal(plural('Woman'), 'Women');
    assert.equal(singular('CHILDREN'), 'CHILD');
  });

  it('changes the head noun of a name, before "of", "on" or "for", else its last word', () => {
    assert.equal(withHeadNoun('regional consultative process on migration', plural), 'regional consultative processes on migration');
    assert.equal(withHeadNoun('Unaccompanied and separated child', plural), 'Unaccompanied and separated children');
    assert.equal(withHeadNoun('Regional Mobility Agencies', singular), 'Regional Mobility Agency');
  });
});

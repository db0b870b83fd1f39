/** The regular English plurals shared by the checks that compare words in either number. */
import { strict as assert } from 'node:assert';
import { plural, singular, withHeadNoun } from '../../server/src/core/text/plural';

describe('singular and plural of words', () => {
  it('takes the regular endings off, and leaves short words and words in -ss or -us as they are', () => {
    const cases: [string, string][] = [['policies', 'policy'], ['processes', 'process'], ['migrants', 'migrant'], ['Agencies', 'Agency'], ['AGENCIES', 'AGENCY'], ['boxes', 'box'], ['process', 'process'], ['status', 'status'], ['gas', 'gas'], ['days', 'day']];
    for (const [word, one] of cases) assert.equal(singular(word), one, word);
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

/** The regular English plurals shared by the checks that compare words in either number. */
import { strict as assert } from 'node:assert';
import { plural, singular } from '../../server/src/core/text/plural';

describe('singular and plural of words', () => {
  it('takes the regular endings off, and leaves short words and words in -ss or -us as they are', () => {
    const cases: [string, string][] = [['policies', 'policy'], ['processes', 'process'], ['migrants', 'migrant'], ['Agencies', 'Agency'], ['AGENCIES', 'AGENCY'], ['boxes', 'box'], ['process', 'process'], ['status', 'status'], ['gas', 'gas'], ['days', 'day']];
    for (const [word, one] of cases) assert.equal(singular(word), one, word);
  });

  it('writes the plural that singular takes back', () => {
    for (const word of ['Process', 'Agency', 'Programme', 'Fund', 'Day', 'Box', 'Church']) assert.equal(singular(plural(word)), word, word);
  });
});

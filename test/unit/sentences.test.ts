/** The one reading of where a sentence ends, shared by the readers of a mention's sentence. */
import { strict as assert } from 'node:assert';
import { endsSentence, firstSentenceEnd, lastSentenceStart } from '../../server/src/core/text/sentences';
import { isAbbreviation } from '../../server/src/core/text/abbreviations';

describe('sentences', () => {
  it('ends no sentence at the full stop of an abbreviation, in lower case or capitalized', () => {
    const before = 'States agreed. In its general comment No. 6, e.g. para. 3, the ';
    assert.equal(before.slice(lastSentenceStart(before)), 'In its general comment No. 6, e.g. para. 3, the ');
    assert.equal(lastSentenceStart('Cf. paragraph 3 and the '), 0);
    assert.equal(lastSentenceStart('E.g. the '), 0);
    const after = ', i.e. its general comments. Then more.';
    assert.equal(after.slice(0, firstSentenceEnd(after)), ', i.e. its general comments');
  });

  it('ends a sentence at a full stop, a question or exclamation mark, a semicolon or a blank line', () => {
    for (const [text, rest] of [
      ['One. Two ', 'Two '],
      ['One? Two ', 'Two '],
      ['One! two ', 'two '],
      ['one; two ', 'two '],
      ['one\n\ntwo ', 'two '],
      ['one\r\n\r\ntwo ', 'two '],
      ['he said no. Then ', 'Then '],
      ['He left (see above.) Then ', 'Then '],
      ['She said “no.” Then ', 'Then '],
    ] as const) assert.equal(text.slice(lastSentenceStart(text)), rest, text);
    assert.equal(firstSentenceEnd('no stop here'), 'no stop here'.length);
  });

  it('with an opener, ends a sentence only before a capital, a quotation mark or a parenthesis', () => {
    assert.equal(lastSentenceStart('The GCR addresses education; it also ', true), 0);
    const text = 'The GCR addresses education; The draft ';
    assert.equal(text.slice(lastSentenceStart(text, true)), 'The draft ');
  });

  it('tells whether the text before a word ends a sentence or opens what a colon introduces', () => {
    assert.ok(endsSentence('States agreed. ', 'They'));
    assert.ok(endsSentence('the following: ', 'a'));
    assert.ok(endsSentence('as agreed.) ', 'The'));
    assert.ok(!endsSentence('conventions, e.g. ', 'the'));
    assert.ok(!endsSentence('ILO Convention No. ', '97'));
    assert.ok(endsSentence('culture and the arts. ', 'Human'));
    assert.ok(!endsSentence('the ', 'Convention'));
  });

  it('reads the word before a full stop as the tokens spell it', () => {
    for (const word of ['e.g', 'E.g', 'i.e', 'cf', 'Cf', 'viz']) assert.ok(isAbbreviation(word, 'the'), word);
    // These only before a number: "arts. 5 and 6", but "the arts. Human rights …".
    for (const word of ['No', 'para', 'paras', 'Art', 'arts', 'vol', 'p', 'pp']) {
      assert.ok(isAbbreviation(word, '5'), word);
      assert.ok(!isAbbreviation(word, 'Human'), word);
    }
    for (const word of ['no', 'etc', 'Convention', 'E.G']) assert.ok(!isAbbreviation(word, '5'), word);
  });
});

import { strict as assert } from 'node:assert';
import { keepingLineBreaks } from '../../server/src/core/text/lineBreaks';
import { DEFAULT_CONFIG, applyFixes, lintText } from '../../server/src/core/index';

describe('fixes keep the line breaks of hard-wrapped text', () => {
  it('puts the separators of the found words between the words of the replacement', () => {
    assert.equal(keepingLineBreaks('member\nstates', 'Member States'), 'Member\nStates');
    assert.equal(keepingLineBreaks('member\r\n> states', 'Member States'), 'Member\r\n> States');
    assert.equal(keepingLineBreaks('member states', 'Member States'), 'Member States');
    // Another number of words: the replacement as it is.
    assert.equal(keepingLineBreaks('follow\nup', 'follow-up'), 'follow-up');
  });

  it('so --fix changes the words of a wrapped term and not its lines', () => {
    const text = 'The report went to the member\nstates.\n\n- It went to the member\n  states.\n';
    const { findings } = lintText({ uri: 'file:///w.md', version: 1, text }, DEFAULT_CONFIG);
    assert.equal(applyFixes(text, findings, { safeOnly: true }).text, 'The report went to the Member\nStates.\n\n- It went to the Member\n  States.\n');
  });

  it('in the fixes of every check, as the lint pipeline applies it', () => {
    const text = 'States ratify the Forced Labor\nConvention.\n';
    const { findings } = lintText({ uri: 'file:///t.md', version: 1, text }, DEFAULT_CONFIG);
    const misnamed = findings.find((f) => f.checkId === 'instruments/misnamed-title');
    assert.deepEqual(
      misnamed?.fixes?.map((f) => f.edits.map((e) => e.newText)),
      [['Forced Labour\nConvention'], ['Forced Labour Convention, 1930 (No. 29)']],
    );
  });
});

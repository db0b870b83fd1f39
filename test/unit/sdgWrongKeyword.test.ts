import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, applyEditGroups, lintText } from '../../server/src/core/index';

/** Each fix of each sdg/wrong-keyword finding, applied alone, as a user picks it in the editor. */
function fixed(text: string): string[][] {
  const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
  return findings
    .filter((f) => f.checkId === 'sdg/wrong-keyword')
    .map((f) =>
      (f.fixes ?? []).map((fix) => applyEditGroups(text, [fix.edits]).text),
    );
}

describe('the quick fixes of an SDG id called by the wrong keyword', () => {
  it('write the other keyword, keeping its capital and its plural, or cite an indicator\'s target', () => {
    assert.deepEqual(fixed('Under target 10.7.2 we report.'), [['Under indicator 10.7.2 we report.', 'Under target 10.7 we report.']]);
    assert.deepEqual(fixed('SDG Targets 10.c.1 apply.'), [['SDG Indicators 10.c.1 apply.', 'SDG Targets 10.c apply.']]);
    assert.deepEqual(fixed('Indicator 10.7 is met.'), [['Target 10.7 is met.']]);
  });

  it('are offered in the editor, not applied by --fix', () => {
    const { findings } = lintText({ uri: 'file:///draft.md', version: 1, text: 'Under target 10.7.2 we report.' }, DEFAULT_CONFIG);
    const fixes = findings.flatMap((f) => f.fixes ?? []);
    assert.equal(fixes.length, 2);
    assert.ok(fixes.every((f) => !f.safe));
    assert.deepEqual(fixes.map((f) => f.preferred === true), [true, false]);
  });
});

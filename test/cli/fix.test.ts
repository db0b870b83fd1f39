/**
 * `compact-lint --fix` end to end: a fixture copied to a temporary folder is
 * fixed in place by the built CLI. The file must equal the fixture's
 * `.fixed.md`, only the lines with a finding that has a safe fix may change,
 * and the exit code reflects what is left.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture } from '../support/fixture';
import { runCli, tempTree } from '../support/cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'terminology');
const SAFE = new Set(['terminology/spelling', 'terminology/fixed-term']);

describe('CLI --fix', () => {
  for (const name of ['spelling', 'fixed-term', 'deprecated-term']) {
    it(`applies the safe fixes of ${name}.md and nothing else`, () => {
      const fixture = readFixture(join(FIXTURES, `${name}.md`));
      const expected = readFixture(join(FIXTURES, `${name}.fixed.md`)).text;
      const dir = tempTree({ 'draft.md': fixture.text });
      const run = runCli(['--fix', 'draft.md'], dir);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
      assert.equal(fixed, expected);
      const before = fixture.text.split('\n');
      const after = fixed.split('\n');
      assert.equal(after.length, before.length);
      const fixable = new Set(fixture.expected.filter((e) => SAFE.has(e.checkId)).map((e) => e.line));
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
      assert.deepEqual(changed, [...fixable].sort((a, b) => a - b));
    });
  }

  it('leaves a file without safe fixes untouched and still reports what needs review', () => {
    const text = 'States shall not detain illegal migrants.\n';
    const dir = tempTree({ 'draft.md': text });
    const run = runCli(['--fix', '--format', 'json', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), text);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    assert.deepEqual(result?.messages.map((m) => m.ruleId), ['terminology/deprecated-term']);
    assert.equal(run.code, 0);
  });
});

/**
 * samples/ is the product's showcase and its first command's input: together
 * the samples show every check firing, and the clean submission shows none.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { CHECKS } from '../server/src/core/index';
import { runCli } from './support/cli';

const SAMPLES = join(__dirname, '..', 'samples');

interface FileResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string; readonly line: number; readonly message: string }[];
}

describe('samples/', () => {
  const results = (): FileResult[] => JSON.parse(runCli(['--format', 'json', '.'], SAMPLES).stdout) as FileResult[];

  it('shows every check firing at least once', () => {
    const fired = new Set(results().flatMap((r) => r.messages.map((m) => m.ruleId)));
    const silent = CHECKS.map((c) => c.id).filter((id) => !fired.has(id));
    assert.deepEqual(silent, [], `checks no sample shows: ${silent.join(', ')}`);
  });

  it('keeps the clean submission clean', () => {
    const clean = results().find((r) => r.filePath === join(SAMPLES, 'clean-submission.md'));
    assert.ok(clean, 'samples/clean-submission.md was linted');
    assert.deepEqual(clean.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`), []);
  });
});

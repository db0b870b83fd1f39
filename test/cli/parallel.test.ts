import { strict as assert } from 'node:assert';
import { runCli, tempTree } from '../support/cli';

describe('CLI: many files on worker threads', () => {
  it('gives the same results as linting each file alone', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`drafts/d${String(i).padStart(2, '0')}.md`] = `# Draft ${i}\n\n` + `Commitment under SDG target 10.${i + 5} and Goal ${10 + i}.\n\n`.repeat(1200);
    }
    const dir = tempTree(files);
    // Three workers for these 700 KB, on any machine (a batch this small would otherwise stay on the main thread).
    process.env['COMPACT_LINT_WORKERS'] = '3';
    let together: unknown[];
    try {
      together = JSON.parse(runCli(['--format', 'json', 'drafts'], dir).stdout) as unknown[];
    } finally {
      delete process.env['COMPACT_LINT_WORKERS'];
    }
    const alone = Object.keys(files)
      .sort()
      .map((f) => (JSON.parse(runCli(['--format', 'json', f], dir).stdout) as unknown[])[0]);
    assert.equal(together.length, 12);
    assert.deepEqual(together, alone);
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempTree } from '../support/cli';

/**
 * Twelve drafts of about 60 KB: references, terms with safe fixes, one folder
 * with its own configuration, and a file that is skipped as binary.
 */
function drafts(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 12; i++) {
    const folder = i % 3 === 0 ? 'drafts/annex' : 'drafts';
    const paragraph = `Commitment under SDG target 10.${i + 5} and Goal ${10 + i}, with follow up by the member states and the ILO.\n\n`;
    files[`${folder}/d${String(i).padStart(2, '0')}.md`] = `# Draft ${i}\n\n` + paragraph.repeat(550);
  }
  files['drafts/annex/.compact-lint.json'] = JSON.stringify({ checks: { 'terminology/acronym-undefined': 'off' } });
  // The smallest file, listed first: a pipeline lints it last.
  files['drafts/0-scan.md'] = Buffer.from('# Scan\n\u0000\u0001binary');
  return files;
}

const MODES: [string, string][] = [
  ['on worker threads with shares', '3'],
  ['in a pipeline, parsed on the main thread and linted on a worker', 'pipeline'],
];

function withWorkers<T>(mode: string, run: () => T): T {
  process.env['COMPACT_LINT_WORKERS'] = mode;
  try {
    return run();
  } finally {
    delete process.env['COMPACT_LINT_WORKERS'];
  }
}

describe('CLI: many files on worker threads', () => {
  for (const [how, mode] of MODES) {
    it(`gives the same results ${how} as linting each file alone on the main thread`, () => {
      const files = drafts();
      const dir = tempTree(files);
      const run = withWorkers(mode, () => runCli(['--format', 'json', 'drafts'], dir));
      assert.equal(run.stderr, '');
      const together = JSON.parse(run.stdout) as unknown[];
      const alone = Object.keys(files)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => (JSON.parse(withWorkers('0', () => runCli(['--format', 'json', f], dir)).stdout) as unknown[])[0]);
      assert.equal(together.length, 13);
      assert.deepEqual(together, alone);
    });

    it(`writes the same safe fixes ${how} as on the main thread`, () => {
      const files = drafts();
      const threaded = tempTree(files);
      const single = tempTree(files);
      const a = withWorkers(mode, () => runCli(['--fix', 'drafts'], threaded));
      const b = withWorkers('0', () => runCli(['--fix', 'drafts'], single));
      assert.equal(a.stdout, b.stdout);
      assert.equal(a.code, b.code);
      let changed = 0;
      for (const f of Object.keys(files).filter((p) => p.endsWith('.md'))) {
        const fixed = readFileSync(join(threaded, f), 'utf8');
        assert.equal(fixed, readFileSync(join(single, f), 'utf8'), f);
        if (typeof files[f] === 'string' && fixed !== files[f]) changed++;
      }
      assert.equal(changed, 12);
    });
  }

  it("lints as usual where the user's environment holds the variable that marks the CLI's worker threads", () => {
    const dir = tempTree(drafts());
    const plain = withWorkers('pipeline', () => runCli(['--format', 'json', 'drafts'], dir));
    for (const mode of ['0', 'pipeline', '3']) {
      const marked = withWorkers(mode, () => runCli(['--format', 'json', 'drafts'], dir, undefined, [], { COMPACT_LINT_WORKER_THREAD: '1' }));
      assert.equal(marked.stderr, '', mode);
      assert.equal(marked.stdout, plain.stdout, mode);
    }
  });
});

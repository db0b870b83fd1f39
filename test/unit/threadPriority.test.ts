import { strict as assert } from 'node:assert';
import { getPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { transformSync } from 'esbuild';
import { lowerThreadPriority } from '../../server/src/node/threadPriority';

interface Seen {
  readonly tid: number | undefined;
  readonly before: number;
  readonly after: number;
}

/** Runs lowerThreadPriority(by) on a new worker thread and reports the worker's nice value around it. */
function onWorker(by: number): Promise<Seen> {
  // The module as CommonJS (it imports only Node's own modules), loaded by the worker from its text.
  const source = readFileSync(join(__dirname, '..', '..', 'server', 'src', 'node', 'threadPriority.ts'), 'utf8');
  const module = transformSync(source, { loader: 'ts', format: 'cjs', platform: 'node' }).code;
  const code = `
    const { getPriority } = require('node:os');
    const { readlinkSync } = require('node:fs');
    const { parentPort, workerData } = require('node:worker_threads');
    const loaded = { exports: {} };
    new Function('module', 'exports', 'require', workerData.module)(loaded, loaded.exports, require);
    const { lowerThreadPriority } = loaded.exports;
    const self = Number(readlinkSync('/proc/thread-self').split('/').pop());
    const before = getPriority(self);
    const tid = lowerThreadPriority(workerData.by);
    parentPort.postMessage({ tid, before, after: getPriority(self) });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { module, by } });
    worker.once('message', (seen: Seen) => {
      resolve(seen);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('thread priority', () => {
  before(function () {
    // Only Linux gives one thread its own nice value; elsewhere the function does nothing, by design.
    if (process.platform !== 'linux') this.skip();
  });

  it('raises the nice value of the calling worker thread alone', async () => {
    const main = getPriority(process.pid);
    const seen = await onWorker(5);
    assert.ok(seen.tid !== undefined && seen.tid !== process.pid, `a worker's own thread id, got ${seen.tid}`);
    assert.equal(seen.after, Math.min(19, seen.before + 5));
    assert.equal(getPriority(process.pid), main, 'the main thread keeps its priority');
  });

  it('never goes past the lowest priority', async () => {
    const seen = await onWorker(40);
    assert.equal(seen.after, 19);
  });

  it('leaves the main thread, which is the process, as it is', () => {
    const main = getPriority(process.pid);
    assert.equal(lowerThreadPriority(5), undefined);
    assert.equal(getPriority(process.pid), main);
  });
});

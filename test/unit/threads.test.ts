import { strict as assert } from 'node:assert';
import { WORKER_VARIABLE, isCliWorker, workerEnv } from '../../server/src/cli/threads';

describe('CLI threads', () => {
  it("marks a worker's environment and leaves the process's as it was", () => {
    const env = { PATH: '/bin' };
    assert.deepEqual(workerEnv(env), { PATH: '/bin', [WORKER_VARIABLE]: '1' });
    assert.deepEqual(env, { PATH: '/bin' });
  });

  it('calls the main thread the main thread, with the variable set or not', () => {
    assert.equal(isCliWorker({}), false);
    assert.equal(isCliWorker({ [WORKER_VARIABLE]: '1' }), false);
  });
});

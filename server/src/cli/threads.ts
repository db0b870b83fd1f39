/**
 * The CLI's worker threads, known without loading node:worker_threads where
 * there are none. Most runs lint on the main thread alone (see parallel.ts),
 * and that module, with the worker machinery it loads in turn, was about a
 * millisecond of every start; the main thread now loads it only to start
 * workers. A worker learns that it is one from a variable that the main
 * thread sets in the worker's environment alone; should a user's environment
 * hold it too, node:worker_threads has the last word.
 */
import type * as WorkerThreads from 'node:worker_threads';

/** The variable parallel.ts sets, to "1", in the environment of the CLI's worker threads. */
export const WORKER_VARIABLE = 'COMPACT_LINT_WORKER_THREAD';

/** node:worker_threads, loaded on first use. */
export function workerThreads(): typeof WorkerThreads {
  return require('node:worker_threads') as typeof WorkerThreads;
}

/** Is this thread one of the CLI's workers? The main thread answers without loading node:worker_threads. */
export function isCliWorker(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[WORKER_VARIABLE] === '1' && !workerThreads().isMainThread;
}

/** The environment of a worker thread: the process's, marked as a worker's. */
export function workerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, [WORKER_VARIABLE]: '1' };
}

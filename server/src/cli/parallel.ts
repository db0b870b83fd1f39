/**
 * Lints a batch of files on worker threads, in one of two ways.
 *
 * - A pipeline: the main thread reads and parses each file and posts its
 *   syntax, packed (core/parse/packed.ts), to one worker, which turns it into
 *   blocks, extracts the facts and runs the checks. Each thread warms up only
 *   the code it runs (remark, or the extractors and checks), and the two
 *   overlap; the main thread, which sets the pace, does as little else as it
 *   can, and the worker, which keeps up with time to spare, runs at a lower
 *   priority (node/threadPriority.ts), so that where threads compete for
 *   the cores the main thread and the engine's threads serving it go first.
 * - Shares: up to one worker per core, each running the same FileLinter over
 *   a share of the files. Each worker warms up all of the code.
 *
 * On two cores, a pipeline lints 300 KB to 6 MB faster than the main thread
 * or two workers with shares, and 10 MB about as fast as two workers (see
 * docs/benchmarks.md); shares are taken when there is enough text for three
 * workers or more. A batch too small to pay for a worker's start stays on the
 * main thread.
 */
import { availableParallelism } from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import { statSync } from 'node:fs';
import { FileLinter, type FileOutcome, type LintFilesOptions, type PackedFile } from './lintFiles';
import { lowerThreadPriority } from '../node/threadPriority';
import { workerEnv, workerThreads } from './threads';

/**
 * Each worker with a share needs this much text to pay for its start (loading
 * the bundle and the data, warming up all of the code) and for sharing the
 * machine with the others.
 */
const BYTES_PER_WORKER = 1.5 * 1024 * 1024;
/** Below this much text, a pipeline's worker costs more to start than it saves. */
const PIPELINE_BYTES = 256 * 1024;
/**
 * COMPACT_LINT_WORKERS sets, whatever the batch and the cores, the number of
 * workers with shares, or "pipeline", or 0 for the main thread alone: tests
 * use it to run each path anywhere.
 */
const FORCED = process.env['COMPACT_LINT_WORKERS'];
const FORCED_WORKERS = Number(FORCED) || 0;
/**
 * How much the pipeline's worker raises its nice value. On the benchmark's
 * 1 MB and 10 MB corpora, on two cores, 5 lints about 4% and 6% faster and
 * 10 about as much; the higher the value, the more the batch slows down
 * where other processes keep the cores busy (see docs/benchmarks.md).
 */
const PIPELINE_WORKER_NICENESS = 5;
/**
 * A larger young generation than V8's default: parsing leaves many
 * short-lived objects, and collecting them less often makes a batch about a
 * fifth faster (see docs/benchmarks.md). Workers take it as a resource
 * limit; the main thread cannot change its own.
 */
const YOUNG_GENERATION_MB = 96;

export type WorkerInput =
  | { readonly kind: 'compact-lint-worker'; readonly options: LintFilesOptions; readonly paths: readonly string[] }
  /** The files then arrive parsed, one message each, and null after the last. */
  | { readonly kind: 'compact-lint-pipeline'; readonly options: LintFilesOptions };

/** Every kind of WorkerInput: the type fails to check when one is missing. */
const WORKER_KINDS: Record<WorkerInput['kind'], true> = { 'compact-lint-worker': true, 'compact-lint-pipeline': true };

/** The input of a worker thread started by lintPaths, or undefined for anything else. */
export function asWorkerInput(data: unknown): WorkerInput | undefined {
  const kind = (data as { kind?: unknown } | null | undefined)?.kind;
  return typeof kind === 'string' && Object.hasOwn(WORKER_KINDS, kind) ? (data as WorkerInput) : undefined;
}

export interface LintedPaths {
  /** One per path, in order. */
  readonly outcomes: FileOutcome[];
  /** The main thread extracted the facts and ran the checks itself (no worker did). */
  readonly onMainThread: boolean;
}

export async function lintPaths(paths: readonly string[], options: LintFilesOptions, workerScript: string | undefined): Promise<LintedPaths> {
  if (!workerScript) return { outcomes: onMainThread(paths, options), onMainThread: true };
  const sizes = paths.map(sizeOf);
  const total = sizes.reduce((n, size) => n + size, 0);
  const cores = availableParallelism();
  const threads = Math.min(cores, Math.floor(total / BYTES_PER_WORKER), paths.length);
  const workers = FORCED_WORKERS > 0 ? Math.min(FORCED_WORKERS, paths.length) : threads >= 3 ? threads : 0;
  if (workers === 0) {
    // One file alone leaves nothing to overlap.
    const pipelined = FORCED === 'pipeline' || (FORCED === undefined && cores >= 2 && total >= PIPELINE_BYTES && paths.length >= 2);
    return pipelined ? { outcomes: await pipeline(paths, options, workerScript, sizes), onMainThread: false } : { outcomes: onMainThread(paths, options), onMainThread: true };
  }
  // Largest files first, each to the worker with the least text so far, so each gets a similar share.
  const bySize = paths.map((p, i) => ({ p, i, size: sizes[i] as number })).sort((a, b) => b.size - a.size);
  const shares: { p: string; i: number }[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  for (const f of bySize) {
    const w = load.indexOf(Math.min(...load));
    (shares[w] as { p: string; i: number }[]).push(f);
    load[w] = (load[w] as number) + f.size;
  }
  const results = new Array<FileOutcome>(paths.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const input: WorkerInput = { kind: 'compact-lint-worker', options, paths: share.map((s) => s.p) };
          const worker = startWorker(workerScript, input);
          worker.once('message', (outcomes: FileOutcome[]) => {
            outcomes.forEach((o, k) => (results[(share[k] as { i: number }).i] = o));
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  return { outcomes: results, onMainThread: false };
}

function onMainThread(paths: readonly string[], options: LintFilesOptions): FileOutcome[] {
  const linter = new FileLinter(options);
  return paths.map((p) => linter.lintPath(p));
}

/** The main thread parses each file and posts it to one worker, which lints it. */
function pipeline(paths: readonly string[], options: LintFilesOptions, workerScript: string, sizes: readonly number[]): Promise<FileOutcome[]> {
  // The smallest file last: the worker lints it after the main thread is done, while nothing else runs.
  const order = paths.map((_, i) => i);
  const smallest = sizes.reduce((best, size, i) => (size < (sizes[best] as number) ? i : best), 0);
  order.push(...order.splice(smallest, 1));
  const input: WorkerInput = { kind: 'compact-lint-pipeline', options };
  const worker = startWorker(workerScript, input);
  // One promise for both threads: the first failure, on either, is the one reported.
  return new Promise<FileOutcome[]>((resolve, reject) => {
    // One outcome per file, in the order posted, as each is linted (so that at the end only the last file's crosses), then null.
    const outcomes = new Array<FileOutcome>(paths.length);
    let received = 0;
    worker.on('message', (outcome: FileOutcome | null) => {
      if (outcome) {
        outcomes[order[received++] as number] = outcome;
        return;
      }
      resolve(outcomes);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code} before its results`)));
    try {
      const linter = new FileLinter(options);
      for (const i of order) worker.postMessage(linter.packPath(paths[i] as string));
      worker.postMessage(null);
    } catch (e) {
      reject(e);
      void worker.terminate();
    }
  });
}

/**
 * Worker side: lints the files and posts the outcomes back. With a share of
 * paths, all outcomes in one message; in a pipeline, the outcome of each file
 * as soon as it is linted, then null after the last.
 */
export function runWorker(input: WorkerInput, port: { postMessage(message: FileOutcome[] | FileOutcome | null): void; on(event: 'message', listener: (file: PackedFile | null) => void): void }): void {
  const linter = new FileLinter(input.options);
  if (input.kind === 'compact-lint-worker') {
    port.postMessage(input.paths.map((p) => linter.lintPath(p)));
    return;
  }
  lowerThreadPriority(PIPELINE_WORKER_NICENESS);
  port.on('message', (file) => port.postMessage(file ? linter.lintPacked(file) : null));
}

function startWorker(script: string, input: WorkerInput): WorkerThreads.Worker {
  const { Worker } = workerThreads();
  return new Worker(script, { workerData: input, env: workerEnv(), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Lints a batch of files on worker threads, up to one per core, each running
 * the same FileLinter. A batch that would not keep two workers busy stays on
 * the main thread: one worker alone only adds its start-up, and two share
 * the machine's memory bandwidth and the engine's background threads, so they
 * pay off only for a few megabytes of text (see docs/benchmarks.md).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { FileLinter, type FileOutcome, type LintFilesOptions } from './lintFiles';

/**
 * Each worker needs this much text to pay for its start (loading the bundle
 * and the data, warming up) and for sharing the machine with the others.
 */
const BYTES_PER_WORKER = 1.5 * 1024 * 1024;
/** COMPACT_LINT_WORKERS sets the number of workers, whatever the batch and the cores: tests use it to run the worker path anywhere. */
const FORCED_WORKERS = Number(process.env['COMPACT_LINT_WORKERS']) || 0;
/**
 * A larger young generation than V8's default: parsing leaves many
 * short-lived objects, and collecting them less often makes a batch about a
 * fifth faster (see docs/benchmarks.md). Workers take it as a resource
 * limit; the main thread cannot change its own.
 */
const YOUNG_GENERATION_MB = 96;

export interface WorkerInput {
  readonly kind: 'compact-lint-worker';
  readonly options: LintFilesOptions;
  readonly paths: readonly string[];
}

export async function lintPaths(paths: readonly string[], options: LintFilesOptions, workerScript: string | undefined): Promise<FileOutcome[]> {
  const total = paths.reduce((n, p) => n + sizeOf(p), 0);
  const threads = Math.min(availableParallelism(), Math.floor(total / BYTES_PER_WORKER), paths.length);
  const workers = FORCED_WORKERS > 0 ? Math.min(FORCED_WORKERS, paths.length) : threads >= 2 ? threads : 0;
  if (!workerScript || workers === 0) {
    const linter = new FileLinter(options);
    return paths.map((p) => linter.lintPath(p));
  }
  // Deal files round-robin by size so each worker gets a similar share.
  const bySize = paths.map((p, i) => ({ p, i, size: sizeOf(p) })).sort((a, b) => b.size - a.size);
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
          const worker = new Worker(workerScript, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
          worker.once('message', (outcomes: FileOutcome[]) => {
            outcomes.forEach((o, k) => (results[(share[k] as { i: number }).i] = o));
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  return results;
}

/** Worker side: lint the share and post the outcomes back. */
export function runWorker(input: WorkerInput, post: (outcomes: FileOutcome[]) => void): void {
  const linter = new FileLinter(input.options);
  post(input.paths.map((p) => linter.lintPath(p)));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

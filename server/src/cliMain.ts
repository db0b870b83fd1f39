/**
 * The CLI's bundle, dist/cli-main.js. The `compact-lint` command (dist/cli.js,
 * cliBin.ts) loads it through V8's code cache and calls `main`; its worker
 * threads run the command's script too, and end up here as workers.
 */
import { fstatSync } from 'node:fs';
import { runCli } from './cli/main';
import { asWorkerInput, runWorker } from './cli/parallel';
import { isCliWorker, workerThreads } from './cli/threads';
import { Output } from './node/output';

declare const COMPACT_LINT_VERSION: string;

export interface Entry {
  /** The script that started the process: worker threads run it too. */
  readonly script: string;
  /**
   * Called before the process exits, when it has linted files: by then the
   * main thread has compiled the code it ran. `complete` when that is all of
   * the linting; when worker threads did the checking, it is the reading and
   * parsing only (the workers, which load the same cache, compile the rest
   * themselves).
   */
  cacheCompiledCode?(complete: boolean): void;
}

/** Standard input, kept up to `limit` bytes; beyond it only counted, so that a huge input costs no memory. */
async function readStdin(limit: number): Promise<{ bytes: Buffer; size: number }> {
  // Node reads a folder given as standard input ("compact-lint - < drafts") as empty, without an error.
  if (fstatSync(0).isDirectory()) throw new Error('it is a folder');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    const chunk = c as Buffer;
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    else chunks.length = 0;
  }
  return { bytes: Buffer.concat(chunks), size };
}

export function main(entry: Entry): void {
  if (isCliWorker()) {
    const { parentPort, workerData } = workerThreads();
    const input = asWorkerInput(workerData);
    if (parentPort && input) {
      runWorker(input, parentPort);
      return;
    }
  }
  const stdout = new Output(1, () => process.stdout);
  const stderr = new Output(2, () => process.stderr);
  let linted: boolean | undefined;
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    version: COMPACT_LINT_VERSION,
    stdout: (t) => stdout.write(t),
    stderr: (t) => stderr.write(t),
    readStdin,
    workerScript: entry.script,
    linted: (onMainThread) => (linted = onMainThread),
  }).then(
    (code) => exitWhenWritten(code, stdout, stderr, linted === undefined ? undefined : () => entry.cacheCompiledCode?.(linted as boolean)),
    (e: unknown) => {
      stderr.write(`compact-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exitWhenWritten(2, stdout, stderr, undefined);
    },
  );
}

/**
 * Exits as soon as standard output and standard error have taken everything
 * written to them. Left to end by itself, the process would first tear down
 * its heap and wait for the optimizing compiler's background jobs: 15–20 ms of
 * every run, measured, which nobody waits for on purpose. Output written
 * directly is taken already; a stream calls back once the writes before are
 * done, also where it is asynchronous (pipes on macOS). A report that could
 * not be written (a full disk) makes the exit code 2, an I/O error, whatever
 * the lint found; a reader that closed the pipe leaves the code as it is.
 * `then` runs after the output, before the exit.
 */
function exitWhenWritten(code: number, stdout: Output, stderr: Output, then: (() => void) | undefined): void {
  stdout.end(() => {
    const lost = stdout.failure;
    if (lost) {
      code = 2;
      stderr.write(`compact-lint: cannot write the output: ${lost.message}\n`);
    }
    process.exitCode = code;
    stderr.end(() => {
      then?.();
      process.exit(code);
    });
  });
}

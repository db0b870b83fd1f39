/**
 * Entry point of dist/cli.js, the `compact-lint` command. The same bundle is
 * the script of its worker threads.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './cli/main';
import { runWorker, type WorkerInput } from './cli/parallel';
import { applyCliV8Flags } from './cli/engine';

declare const COMPACT_LINT_VERSION: string;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const kind = isMainThread ? undefined : (workerData as WorkerInput | undefined)?.kind;
if (parentPort && (kind === 'compact-lint-worker' || kind === 'compact-lint-pipeline')) {
  runWorker(workerData as WorkerInput, parentPort);
} else {
  // V8's options are the process's: worker threads started later run with them too.
  applyCliV8Flags();
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    version: COMPACT_LINT_VERSION,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    workerScript: __filename,
  }).then(
    (code) => exitWhenWritten(code),
    (e: unknown) => {
      process.stderr.write(`compact-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exitWhenWritten(2);
    },
  );
}

/**
 * Exits as soon as standard output and standard error have taken everything
 * written to them. Left to end by itself, the process would first tear down
 * its heap and wait for the optimizing compiler's background jobs: 15–20 ms of
 * every run, measured, which nobody waits for on purpose. The empty writes
 * call back once the writes before them are done, also where the streams are
 * asynchronous (pipes on macOS); if a stream is broken, its callback still
 * comes, with an error, and the exit code stands.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const written = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

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
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`compact-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

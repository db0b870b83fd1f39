/**
 * dist/cli.js, the `compact-lint` command and the script of its worker
 * threads. It runs the CLI's bundle, dist/cli-main.js, through V8's code cache
 * (node/compileCache.ts), and writes the cache after a run that linted files.
 */
import { join } from 'node:path';
import type { main } from './cliMain';
import { applyCliV8Flags } from './cli/engine';
import { compileCacheLocation, runWithCompileCache } from './node/compileCache';
import { isCliWorker } from './cli/threads';

/** The SHA-256 of dist/cli-main.js, set by the build (esbuild.mjs); empty in watch mode. */
declare const COMPACT_LINT_BUNDLE_ID: string;

// Before compiling: V8 takes cached code only under the options it was made with.
// They are the process's, set once by the main thread: worker threads, which run
// this script too, start with them and must not set them while the main thread runs.
if (!isCliWorker()) applyCliV8Flags();
const bundle = runWithCompileCache(join(__dirname, 'cli-main.js'), compileCacheLocation(COMPACT_LINT_BUNDLE_ID));
(bundle.exports as { main: typeof main }).main({ script: __filename, cacheCompiledCode: (complete) => bundle.save(complete) });

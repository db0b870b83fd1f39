/**
 * dist/cli.js, the `compact-lint` command and the script of its worker
 * threads. It runs the CLI's bundle, dist/cli-main.js, through V8's code cache
 * (node/compileCache.ts), and writes the cache after a run that linted files.
 */
import { join } from 'node:path';
import type { main } from './cliMain';
import { applyCliV8Flags } from './cli/engine';
import { compileCacheFolder, runWithCompileCache } from './node/compileCache';

// Before compiling: V8 takes cached code only under the options it was made with.
// They are the process's, so worker threads started later run with them too.
applyCliV8Flags();
const bundle = runWithCompileCache(join(__dirname, 'cli-main.js'), compileCacheFolder());
(bundle.exports as { main: typeof main }).main({ script: __filename, cacheCompiledCode: () => bundle.save() });

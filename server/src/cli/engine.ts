/**
 * V8 options of the `compact-lint` process, set when it starts.
 *
 * V8 sends a function to its optimizing compiler once the function has spent
 * its "interrupt budget" a few times; the compiler runs on a background
 * thread. A batch lint is short and runs a lot of code (the parser, every
 * extractor, every check) over the same text: with the default budget many
 * functions are sent early, and their compilation competes for the cores with
 * the linting itself. Four times the default budget of Node 20's V8 lints
 * the benchmark's corpora 8–18% faster on a two-core machine, and makes a
 * remark-only process faster by as much (see docs/benchmarks.md, which
 * compares the two with the same options). Later V8 versions default to twice
 * Node 20's budget and tier up through Maglev as well; there the option is
 * smaller and its effect has not been measured.
 *
 * V8 also runs a regular expression through an interpreter the first time
 * and compiles it to machine code the second: two compilations for every
 * pattern the run uses more than once, and the extractors use about a
 * hundred. Compiling each at once to machine code halves what the first
 * uses of the patterns cost in a fresh process (about 12 against 6 ms on
 * the benchmark's 100 KB corpus) and takes about 6 ms off its facts and
 * checks (see docs/benchmarks.md). The language server, which runs for
 * hours, keeps V8's defaults.
 *
 * V8 checks the code cache (node/compileCache.ts) for its version, options
 * and source, but a release build takes its contents without a checksum: a
 * cache damaged on disk, with its header intact, crashed the command on every
 * run. With the checksum written and verified, such a cache is rejected and
 * written again; verifying the CLI's megabyte of cache costs well under a
 * millisecond.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS: readonly string[] = ['--interrupt-budget=262144', '--no-regexp-tier-up', '--verify-snapshot-checksum'];

/** Sets CLI_V8_FLAGS for this process and the worker threads it starts; called by the main thread only, before any worker starts. */
export function applyCliV8Flags(): void {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}

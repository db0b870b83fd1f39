/**
 * Runs a CommonJS bundle through V8's code cache, so that a command started
 * again and again (in CI, in a pre-commit hook, from an editor task) does not
 * compile the same code each time.
 *
 * V8 compiles a function when it is first called. A cache made after a run
 * holds the bytecode of every function the run compiled, not only of the top
 * level, which is what the CLI needs: on the benchmark's 100 KB corpus such a
 * cache saves about 30 ms of a 265 ms run, one made before the run about 6 ms
 * (see docs/benchmarks.md).
 *
 * The cache is a file per bundle (named by an id of its content, the
 * SHA-256 of its bytes computed when it was built) and per V8 version and
 * architecture, in the user's cache folder: `$XDG_CACHE_HOME` or `~/.cache`
 * on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows, under
 * `compact-lint`. The file starts with the bundle's size and modification
 * time: a bundle changed after it was built (patched in place) no longer
 * matches them, and its cache is not used. It also says whether the run that
 * made it was complete: a CLI run whose worker threads did the checking
 * leaves the checks' code out, and would otherwise make every later run on
 * the main thread compile them (13 ms of a run over the five sample files),
 * so the next complete run replaces such a cache. V8 itself ignores data made by
 * another version, with other options or for a source of another length, and
 * damaged data where its checksum is on (the CLI's V8 options, cli/engine.ts:
 * callers must turn it on, or a damaged cache crashes the process). In
 * either case the bundle is compiled as usual and the cache written again
 * after the run. Every failure to read or write the cache is silent: it only
 * costs the time it would have saved. `NODE_DISABLE_COMPILE_CACHE=1`, the
 * variable Node's own compile cache obeys, turns it off.
 *
 * Each version of the CLI, and each Node it runs on, has a cache of its own,
 * about a megabyte. When one is written, the folder keeps the few written
 * last (KEPT) and deletes older ones: the caches of versions since upgraded
 * go, while two installations used in turn (a global one and a project's)
 * keep theirs. A cache deleted while its version is still in use is written
 * again by that version's next run.
 *
 * The id is computed by the build, not here: hashing the bundle at every
 * start cost about 2.5 ms of each run (loading node:crypto, then the hash).
 *
 * Node 22 has a compile cache of its own (`module.enableCompileCache`); this
 * one also works on Node 20, the oldest the CLI supports, and saves what the
 * run compiled, not only what loading the module compiled.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from './atomicWrite';

export interface CachedBundle {
  /** What the bundle's `module.exports` holds once it has run. */
  readonly exports: unknown;
  /**
   * Writes what the process has compiled of the bundle so far, unless the
   * cache was used. Call it once the work is done; it never throws.
   * `complete` says the process ran all of the work it caches code for (the
   * CLI: the linting as well as the parsing); a cache that is not complete
   * is replaced by the first complete one.
   */
  save(complete: boolean): void;
}

/** The folder for the user's caches of the given application (XDG base directories on Linux). */
export function userCacheFolder(app: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), app, 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', app);
  // The XDG specification says to ignore a relative path.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), app);
}

/** The cache of a bundle: where it is, and the id of the bundle's content (see above). */
export interface CacheLocation {
  readonly folder: string;
  readonly bundleId: string;
}

/** Loads and runs the CommonJS file `bundle`, with the cached code of an earlier run when there is some. */
export function runWithCompileCache(bundle: string, cache: CacheLocation | undefined): CachedBundle {
  const bytes = readFileSync(bundle);
  const cacheFile = cache === undefined ? undefined : join(cache.folder, `${cache.bundleId}-${process.versions.v8}-${process.arch}.v8cache`);
  let stamp: string | undefined;
  let cachedData: Buffer | undefined;
  let cachedComplete = false;
  if (cacheFile !== undefined) {
    try {
      const { size, mtimeMs } = statSync(bundle);
      stamp = `compact-lint ${size} ${mtimeMs}`;
      const file = readFileSync(cacheFile);
      const header = file.subarray(0, file.indexOf(10) + 1).toString('latin1');
      if (header === `${stamp} complete\n` || header === `${stamp} partial\n`) {
        cachedData = file.subarray(header.length);
        cachedComplete = header.endsWith(' complete\n');
      }
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(wrap(bytes.toString('utf8')), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  let saved = false;
  return {
    exports: module.exports,
    save(complete: boolean): void {
      if (saved || cacheFile === undefined || stamp === undefined) return;
      if (cacheUsed && (cachedComplete || !complete)) return;
      saved = true;
      try {
        makeFolder(dirname(cacheFile));
        writeFileAtomic(cacheFile, Buffer.concat([Buffer.from(`${stamp} ${complete ? 'complete' : 'partial'}\n`), script.createCachedData()]));
      } catch {
        // A read-only or full disk: the next run compiles as this one did.
        return;
      }
      pruneCaches(dirname(cacheFile), basename(cacheFile));
    },
  };
}

/**
 * Creates a folder and the missing ones above it, one at a time. Node's
 * `mkdirSync(…, { recursive: true })` never returns where creating a folder
 * fails with ENOENT although its parent exists (under /proc, for a cache
 * folder set there by mistake): the command hung after printing its report.
 */
function makeFolder(path: string): void {
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw e;
    makeFolder(parent);
    mkdirSync(path, { mode: 0o700 });
  }
}

/** How many caches a folder keeps, the one just written included. */
export const KEPT = 4;

const CACHE_NAME = /^[0-9a-f]{32}-.+\.v8cache$/;

/** Deletes all but the KEPT - 1 caches of `folder` written last, besides `current`; silent, as every failure here. */
export function pruneCaches(folder: string, current: string): void {
  try {
    const others: { name: string; written: number }[] = [];
    for (const name of readdirSync(folder)) {
      if (name === current || !CACHE_NAME.test(name)) continue;
      try {
        others.push({ name, written: statSync(join(folder, name)).mtimeMs });
      } catch {
        // Deleted meanwhile, by another run.
      }
    }
    others.sort((a, b) => b.written - a.written);
    for (const { name } of others.slice(KEPT - 1)) {
      try {
        unlinkSync(join(folder, name));
      } catch {
        // Deleted meanwhile, or not ours to delete.
      }
    }
  } catch {
    // An unreadable folder: nothing is deleted.
  }
}

/**
 * Where the `compact-lint` command caches the bundle with the given id, or
 * undefined when NODE_DISABLE_COMPILE_CACHE is set or the bundle has no id (a
 * build in watch mode).
 */
export function compileCacheLocation(bundleId: string | undefined, env: NodeJS.ProcessEnv = process.env): CacheLocation | undefined {
  return env.NODE_DISABLE_COMPILE_CACHE || !bundleId ? undefined : { folder: userCacheFolder('compact-lint', env), bundleId };
}

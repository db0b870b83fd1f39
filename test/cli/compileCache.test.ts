/**
 * The command runs its bundle through V8's code cache (server/src/node/compileCache.ts).
 * The cache may save time; it must never change what the command prints or
 * returns, whether it is missing, valid, damaged, turned off or unwritable.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCacheLocation, KEPT, pruneCaches, userCacheFolder } from '../../server/src/node/compileCache';
import { CLI, runCli, tempFolder, tempTree, type CliRun } from '../support/cli';

const DRAFT = '# Draft\n\nIn line with SDG target 10.12 and the Global Compact for Migration.\n';

function cacheFiles(home: string): string[] {
  const folder = join(home, 'compact-lint');
  return existsSync(folder) ? readdirSync(folder).map((f) => join(folder, f)) : [];
}

describe('CLI: compile cache', () => {
  const dir = tempTree({ 'draft.md': DRAFT });
  let uncached: CliRun;
  before(() => {
    uncached = runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { NODE_DISABLE_COMPILE_CACHE: '1' });
  });

  it('prints the same with no cache, a fresh one and a used one, and writes it once', () => {
    assert.equal(uncached.code, 1, uncached.stderr);
    const home = tempFolder('compact-lint-cache-');
    const first = runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home });
    const files = cacheFiles(home);
    assert.equal(files.length, 1, 'one cache file');
    const [file] = files as [string];
    assert.match(file, /[0-9a-f]{32}-.+\.v8cache$/);
    const written = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const second = runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home });
    for (const r of [first, second]) assert.deepEqual(r, uncached);
    assert.equal(statSync(file).mtimeMs, mtime, 'a cache V8 took is not written again');
    assert.deepEqual(readFileSync(file), written);
  });

  it('replaces a damaged cache, and prints the same', () => {
    const home = tempFolder('compact-lint-cache-');
    runCli(['--version'], dir, undefined, [], { XDG_CACHE_HOME: home });
    assert.deepEqual(cacheFiles(home), [], '--version lints nothing and writes no cache');
    assert.equal(runCli(['missing.md'], dir, undefined, [], { XDG_CACHE_HOME: home }).code, 2);
    assert.deepEqual(cacheFiles(home), [], 'nor does a run that finds no file to lint');
    runCli(['draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home });
    const [file] = cacheFiles(home) as [string];
    const garbage = Buffer.alloc(statSync(file).size, 0x5a);
    writeFileSync(file, garbage);
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home }), uncached);
    assert.notDeepEqual(readFileSync(file), garbage, 'the damaged cache was replaced');
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home }), uncached);
  });

  it('replaces a cache whose header is intact but whose code is damaged, and prints the same', () => {
    // A disk error or an interrupted copy: V8 would take such code as it is, and crash on every run.
    const home = tempFolder('compact-lint-cache-');
    runCli(['draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home });
    const [file] = cacheFiles(home) as [string];
    const damaged = readFileSync(file);
    const code = damaged.indexOf(10) + 1;
    for (let i = code + 64; i < damaged.length; i += 97) damaged[i] = (damaged[i] as number) ^ 0xff;
    writeFileSync(file, damaged);
    for (let run = 0; run < 2; run++) assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home }), uncached);
    assert.notDeepEqual(readFileSync(file), damaged, 'the damaged cache was replaced');
  });

  it('does not use the cache of a bundle changed after it was built', () => {
    // A copy of the command, whose bundle can be touched without touching dist/.
    const bin = tempFolder('compact-lint-bin-');
    for (const f of ['cli.js', 'cli-main.js']) copyFileSync(join(dirname(CLI), f), join(bin, f));
    const home = tempFolder('compact-lint-cache-');
    const run = (): CliRun => {
      const r = spawnSync(process.execPath, [join(bin, 'cli.js'), '--format', 'json', 'draft.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home } });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    };
    assert.deepEqual(run(), uncached);
    const [file] = cacheFiles(home) as [string];
    const written = readFileSync(file);
    assert.deepEqual(run(), uncached);
    assert.deepEqual(readFileSync(file), written, 'the cache of an unchanged bundle is used, not written again');
    // Patched in place: same id, new modification time.
    const later = new Date(statSync(join(bin, 'cli-main.js')).mtimeMs + 60_000);
    utimesSync(join(bin, 'cli-main.js'), later, later);
    assert.deepEqual(run(), uncached);
    const rewritten = readFileSync(file);
    assert.notDeepEqual(rewritten, written, 'the cache no longer matched the bundle, and was written again');
    assert.deepEqual(run(), uncached);
    assert.deepEqual(readFileSync(file), rewritten);
  });

  it('replaces a cache made while a worker did the checking by the next run that checks on the main thread', () => {
    const home = tempFolder('compact-lint-cache-');
    const run = (workers: string): CliRun => runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home, COMPACT_LINT_WORKERS: workers });
    const header = (file: string): string => readFileSync(file, 'latin1').split('\n', 1)[0] as string;
    assert.deepEqual(run('pipeline'), uncached);
    const [file] = cacheFiles(home) as [string];
    assert.match(header(file), / partial$/);
    const partial = readFileSync(file);
    assert.deepEqual(run('pipeline'), uncached);
    assert.deepEqual(readFileSync(file), partial, 'another run on a worker keeps it');
    assert.deepEqual(run('0'), uncached);
    assert.match(header(file), / complete$/, 'a run on the main thread replaces it');
    const complete = readFileSync(file);
    for (const workers of ['pipeline', '0']) {
      assert.deepEqual(run(workers), uncached);
      assert.deepEqual(readFileSync(file), complete, `then it is kept (${workers})`);
    }
  });

  it('writes nothing when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const home = tempFolder('compact-lint-cache-');
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' }), uncached);
    assert.deepEqual(readdirSync(home), []);
  });

  it('works as usual, and says nothing, where the cache cannot be written', () => {
    const notAFolder = join(tempFolder('compact-lint-cache-'), 'file');
    writeFileSync(notAFolder, 'x');
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: notAFolder }), uncached);
  });

  it('keeps the caches written last when it writes one, and deletes older ones', () => {
    const home = tempFolder('compact-lint-cache-');
    const folder = join(home, 'compact-lint');
    mkdirSync(folder);
    // Six caches of earlier versions, a day apart, and a file that is no cache.
    const old = Array.from({ length: 6 }, (_, k) => `${String(k).repeat(32)}-11.3.244.8-node.38-x64.v8cache`);
    old.forEach((name, k) => {
      writeFileSync(join(folder, name), 'stale');
      utimesSync(join(folder, name), new Date(Date.UTC(2026, 0, 1 + k)), new Date(Date.UTC(2026, 0, 1 + k)));
    });
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home }), uncached);
    const left = readdirSync(folder).sort();
    const written = left.filter((n) => !old.includes(n) && n !== 'notes.txt');
    assert.equal(written.length, 1, 'the new cache');
    assert.deepEqual(left.filter((n) => old.includes(n)), old.slice(-(KEPT - 1)), 'the caches written last');
    assert.ok(left.includes('notes.txt'));
    // A run that takes its cache deletes nothing.
    writeFileSync(join(folder, old[0] as string), 'stale');
    runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home });
    assert.ok(existsSync(join(folder, old[0] as string)));
  });

  it('creates its folder and the missing ones above it, and ends where one cannot be created', function () {
    const home = join(tempFolder('compact-lint-cache-'), 'a', 'b');
    assert.deepEqual(runCli(['--format', 'json', 'draft.md'], dir, undefined, [], { XDG_CACHE_HOME: home }), uncached);
    assert.equal(cacheFiles(home).length, 1);
    // Under /proc, creating a folder fails with ENOENT although its parent exists: Node's recursive mkdir never returned.
    if (!existsSync('/proc/self')) this.skip(); // /proc is Linux's
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 20000, env: { ...process.env, XDG_CACHE_HOME: '/proc/compact-lint-test' } });
    assert.equal(r.error, undefined, 'the command ended');
    assert.deepEqual({ code: r.status, stdout: r.stdout, stderr: r.stderr }, uncached);
  });

  it('prunes nothing, and says nothing, where the folder cannot be read', () => {
    assert.doesNotThrow(() => pruneCaches(join(tempFolder('compact-lint-cache-'), 'missing'), 'x.v8cache'));
  });

  it('is kept only for a bundle with an id, and not when NODE_DISABLE_COMPILE_CACHE is set', () => {
    assert.deepEqual(compileCacheLocation('abc', { XDG_CACHE_HOME: '/x/cache' }), { folder: join('/x/cache', 'compact-lint'), bundleId: 'abc' });
    assert.equal(compileCacheLocation('', { XDG_CACHE_HOME: '/x/cache' }), undefined);
    assert.equal(compileCacheLocation(undefined, { XDG_CACHE_HOME: '/x/cache' }), undefined);
    assert.equal(compileCacheLocation('abc', { XDG_CACHE_HOME: '/x/cache', NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
  });

  it('lives in the user cache folder of each system', () => {
    assert.equal(userCacheFolder('app', { XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'), '/x/cache/app');
    assert.equal(userCacheFolder('app', {}, 'linux', '/home/u'), '/home/u/.cache/app');
    assert.equal(userCacheFolder('app', { XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u'), '/home/u/.cache/app');
    assert.equal(userCacheFolder('app', { XDG_CACHE_HOME: '/x/cache' }, 'darwin', '/Users/u'), '/Users/u/Library/Caches/app');
    assert.equal(userCacheFolder('app', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), join('C:\\Users\\u\\AppData\\Local', 'app', 'Cache'));
  });
});

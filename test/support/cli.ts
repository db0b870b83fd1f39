/** Runs the built CLI (dist/cli.js) as CI would, in a given folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/** The CLI's compile cache (see server/src/node/compileCache.ts) for the tests' runs: never the user's. */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'compact-lint-cache-'));
/** Folders the tests made, removed when they end. */
const TEMPORARY: string[] = [CACHE_HOME];
process.on('exit', () => {
  for (const folder of TEMPORARY) rmSync(folder, { recursive: true, force: true });
});

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string, input?: string | Buffer, execArgv: readonly string[] = [], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [...execArgv, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // A run that hangs fails its test (code -1) instead of the whole suite.
    timeout: 60_000,
    env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME, ...env },
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A new empty temporary folder, removed when the tests end. */
export function tempFolder(prefix = 'compact-lint-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  TEMPORARY.push(dir);
  return dir;
}

/** Creates a temporary folder with the given files (path → content), removed when the tests end. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = tempFolder();
  for (const [p, content] of Object.entries(files)) {
    const full = join(dir, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

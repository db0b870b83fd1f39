/**
 * The Markdown files under a folder, as the CLI (for a folder argument) and
 * the language server (for the workspace) look for them: exactly what the
 * glob `**\/*.{md,markdown}` finds with `node_modules` and `.git` ignored, as
 * tinyglobby would: names are matched case-sensitively, files and folders
 * whose names start with a dot are left out, and symbolic links are followed
 * (oneOfEach then lists a file reached by several paths once).
 *
 * The folder is walked with fdir, the crawler under tinyglobby, with the same
 * options tinyglobby gives it, but with a test of the name instead of a glob:
 * compiling the glob and its ignore patterns with picomatch took about 3 ms
 * of every CLI run in a fresh process, the walk of a small folder under 1 ms
 * (see docs/benchmarks.md). Globs typed by the user still go to tinyglobby.
 */
import { accessSync, constants, realpathSync } from 'node:fs';
import { fdir } from 'fdir';

const MARKDOWN = /\.(?:md|markdown)$/;

/** Whether a path names a Markdown file (`.md` or `.markdown`), as a folder's walk takes them. */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

/** The folders a glob of Markdown files passes over, as the walk below does: for tinyglobby's `ignore`. */
export const IGNORED_FOLDERS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** How much of a folder a walk may look at: the files it keeps, and the folders under it that it enters. */
export interface WalkLimit {
  readonly files: number;
  readonly folders: number;
}

/**
 * Absolute paths, with "/" as the separator on every system, in no particular
 * order. With a limit, the walk stops once it has found `files` files, and
 * enters no more than `folders` folders: which files it keeps then depends on
 * the order in which the system lists each folder. With `unreadable`, the
 * folders under `folder` that could not be read are added to it.
 */
export function markdownFilesIn(folder: string, limit?: WalkLimit, unreadable?: string[]): string[] {
  let entered = 0;
  /** Left out of the walk, and noted, when the caller asks for unreadable folders. */
  const cannotList = (path: string): boolean => {
    if (unreadable === undefined || canList(path)) return false;
    unreadable.push(path.replace(/\/$/, ''));
    return true;
  };
  return new fdir({
    includeBasePath: true,
    resolvePaths: true,
    resolveSymlinks: true,
    pathSeparator: '/',
    exclude: (name, path) => name.startsWith('.') || name === 'node_modules' || (limit !== undefined && ++entered > limit.folders) || cannotList(path),
    filters: [(path) => MARKDOWN.test(path) && path[path.lastIndexOf('/') + 1] !== '.'],
    ...(limit ? { maxFiles: limit.files } : {}),
  })
    .crawl(folder)
    .sync();
}

/** Can the folder's entries be listed? fdir skips a folder it cannot read without a word. */
export function canList(folder: string): boolean {
  try {
    accessSync(folder, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The paths, in their order, without those that name a file already listed
 * under another path: a symbolic link to a folder (`again -> .`, `up -> ..`)
 * makes a walk find the same file more than once, and it would be linted and
 * counted once per path. A file keeps its own path if that is listed (no
 * link in it), else the first path listed. A path that cannot be resolved is
 * kept.
 */
export function oneOfEach(paths: readonly string[]): string[] {
  const reals = paths.map((p) => {
    try {
      return realpathSync.native(p);
    } catch {
      return undefined;
    }
  });
  const direct = new Set(paths.filter((p, i) => reals[i] === p));
  const seen = new Set<string>();
  return paths.filter((p, i) => {
    const real = reals[i];
    if (real === undefined) return true;
    if (seen.has(real) || (real !== p && direct.has(real))) return false;
    seen.add(real);
    return true;
  });
}

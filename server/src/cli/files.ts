/**
 * Turns the CLI's paths and globs into a sorted list of files, and reads a
 * file as text or says why it cannot.
 */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern, type GlobOptions } from 'tinyglobby';
import { pathToFileURL } from 'node:url';
import { BINARY, tooLarge, type Skipped, type Source } from '../core/index';
import { canList, IGNORED_FOLDERS, isMarkdownPath, markdownFilesIn, oneOfEach } from '../node/markdownFiles';

export interface Expansion {
  readonly files: string[];
  readonly errors: string[];
}

/**
 * A pattern that starts with "!" excludes the files it matches from what the
 * others give ("drafts '!drafts/archive'"), as in markdownlint-cli2; a file or
 * folder whose name starts with "!" is still itself.
 */
function isExclusion(p: string, cwd: string): boolean {
  return p.startsWith('!') && p.length >= 2 && statOf(isAbsolute(p) ? p : resolve(cwd, p)) === undefined;
}

/**
 * Whether a glob names a hidden folder or file itself ("**\/.github/*.md",
 * "docs/**\/.drafts/*.md"): its matches may then start with a dot, as the
 * shell's globstar gives them, where "**" also matches no folder at all.
 * Other globs pass over hidden folders and files.
 */
function namesHidden(pattern: string): boolean {
  return /(?:^|[\\/])\.(?![.\\/]|$)/.test(pattern);
}

/** The patterns that name files to lint, not exclusions. */
export function inclusions(patterns: readonly string[], cwd: string): string[] {
  return patterns.filter((p) => !isExclusion(p, cwd));
}

/** The exclusions among the patterns, without their "!". */
function exclusionsOf(patterns: readonly string[], cwd: string): string[] {
  return patterns.filter((p) => isExclusion(p, cwd)).map((p) => p.slice(1));
}

/** `withStdin`: standard input is linted too, so exclusions that leave no file leave something to lint. */
export function expandPatterns(patterns: readonly string[], cwd: string, withStdin = false): Expansion {
  const files = new Set<string>();
  const errors: string[] = [];
  const exclusions = exclusionsOf(patterns, cwd);
  const included = inclusions(patterns, cwd);
  for (const p of included.length ? included : ['.']) {
    const abs = isAbsolute(p) ? p : resolve(cwd, p);
    let stat;
    let failure: string | undefined;
    try {
      stat = statSync(abs);
    } catch (e) {
      stat = undefined;
      failure = (e as NodeJS.ErrnoException).code;
    }
    if (stat?.isDirectory() && !canList(abs)) {
      errors.push(`Cannot read folder "${p}".`);
    } else if (stat?.isDirectory()) {
      const { found, unreadable } = filesInFolders([abs], cwd, errors);
      if (found.length === 0 && !unreadable) errors.push(`No Markdown files (*.md, *.markdown) in folder "${p}".`);
      for (const f of found) files.add(f);
    } else if (stat?.isFile()) {
      files.add(abs);
    } else if (isGlob(p) && p.endsWith('/')) {
      // "drafts/*/" names folders, as a shell reads it: each gives the Markdown files it holds, as a folder argument does.
      const folders = globSync(...fromLiteralFolders(p, cwd, { ignore: [...IGNORED_FOLDERS], absolute: true, dot: namesHidden(p), expandDirectories: false, onlyDirectories: true }));
      const { found, unreadable } = filesInFolders(folders.map((d) => d.replace(/[\\/]+$/, '')), cwd, errors);
      if (folders.length === 0) errors.push(`No folders match "${p}".`);
      else if (found.length === 0 && !unreadable) errors.push(`No Markdown files (*.md, *.markdown) in the folders "${p}" matches.`);
      for (const f of found) files.add(f);
    } else if (isGlob(p)) {
      // Files only: a folder named "x.md" matches "**/*.md" but is no draft, nor is what it holds; nor is a link to a pipe or a device.
      const matched = globSync(...fromLiteralFolders(p, cwd, { ignore: [...IGNORED_FOLDERS], absolute: true, dot: namesHidden(p), expandDirectories: false, onlyFiles: true })).filter((f) => !f.endsWith('/'));
      const found = matched.filter((f) => (isMarkdownPath(f) || namesExtension(p, f)) && isRegularFile(f));
      if (matched.length === 0) errors.push(`No files match "${p}"${/(?:^|[\\/])node_modules(?:[\\/]|$)/.test(p) ? ' (globs pass over node_modules folders: give the file or folder itself)' : ''}.`);
      else if (found.length === 0) errors.push(`No Markdown files match "${p}": it matches ${matched.length === 1 ? '1 other file' : `${matched.length} other files`}, which ${matched.length === 1 ? 'is' : 'are'} not linted (name a file, or write its extension in the glob, to lint it).`);
      for (const f of found) files.add(f);
    } else if (stat) {
      errors.push(`Not a file or folder that can be linted: "${p}".`);
    } else if (failure === 'ELOOP') {
      errors.push(`"${p}" is a symbolic link that leads back to itself.`);
    } else if (failure === 'EACCES') {
      errors.push(`Cannot reach "${p}": permission denied.`);
    } else {
      errors.push(`No such file or folder: "${p}".`);
    }
  }
  // One spelling of each path, under the working folder when it is there, so that reported paths and exclusions agree whichever spelling was given.
  const canonical = inWorkingFolder(cwd);
  const spelt = [...files].map(canonical);
  files.clear();
  for (const f of spelt) files.add(f);
  if (exclusions.length) {
    const leftOut = excludedBy(exclusions, cwd);
    const before = files.size;
    for (const f of files) if (leftOut(f)) files.delete(f);
    // A run that lints nothing must not pass unnoticed.
    if (before > 0 && files.size === 0 && !withStdin) errors.push(`No files left to lint: ${exclusions.map((x) => `"!${x}"`).join(', ')} ${exclusions.length === 1 ? 'leaves' : 'leave'} out every file the other arguments give.`);
  }
  return { files: oneOfEach([...files].sort()), errors };
}

/** Whether a path leads to a regular file; one that cannot be reached is kept, for its reading to say why. */
function isRegularFile(path: string): boolean {
  return statOf(path)?.isFile() ?? true;
}

/** What a path leads to, or undefined when it cannot be reached (no such file, a loop of symbolic links, no permission). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Whether an argument that names no file or folder is a glob: tinyglobby's test misses a wildcard after a name with braces ("GCM {rev}/*.md"). */
function isGlob(p: string): boolean {
  return isDynamicPattern(p) || /[*?]/.test(p);
}

/**
 * The arguments of globSync for a glob, read from the folder its leading
 * folders name: the longest run of them without a wildcard, where it leads
 * out of `cwd` ("../**\/*.md" from the folder above, an absolute glob from
 * its own folders), or that exist as written with characters that globs give
 * a meaning to ("Drafts (2024)/*.md", "GCM {rev}/*.md", as folders are named
 * on many machines), whose names are then their own, as a shell's glob takes
 * them. So a glob that leads out of the working folder matches what it
 * matches when run from the folder it names, and passes over the folders
 * under that folder that globs pass over (node_modules). A glob whose leading folders lie under `cwd`, or name
 * node_modules, is read from `cwd`, as is one without such folders.
 */
function fromLiteralFolders(pattern: string, cwd: string, options: Omit<GlobOptions, 'cwd'>): [string, GlobOptions] {
  const segments = pattern.split(/[\\/]/);
  for (let k = segments.length - 1; k > 0; k--) {
    const prefix = segments.slice(0, k).join('/') || '/';
    const folder = resolve(cwd, prefix);
    if (!/[(){}[\]!+@*?]/.test(prefix)) {
      // Globs under the working folder are read from it, where a folder they name in node_modules is passed over ("node_modules/x/*.md").
      const rel = relative(cwd, folder);
      const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
      if (outside && !IGNORED_SEGMENT.test(prefix) && isFolder(folder)) return [segments.slice(k).join('/'), { ...options, cwd: folder }];
      break;
    }
    if (isFolder(folder)) return [segments.slice(k).join('/'), { ...options, cwd: folder }];
  }
  return [pattern, { ...options, cwd }];
}

/** A folder that globs pass over (see IGNORED_FOLDERS), named in a path. */
const IGNORED_SEGMENT = /(?:^|[\\/])(?:node_modules|\.git)(?:[\\/]|$)/;

/** Whether a path is a folder; a path that cannot be read (a loop of symbolic links, no permission) is not one. */
function isFolder(path: string): boolean {
  return statOf(path)?.isDirectory() === true;
}

/**
 * Whether the exclusions (patterns without their "!") leave out a file: a
 * folder excludes what it holds; a glob, the files it matches and what the
 * folders it matches hold ("!**\/archive").
 */
function excludedBy(exclusions: readonly string[], cwd: string): (file: string) => boolean {
  const canonical = inWorkingFolder(cwd);
  const folders: string[] = [];
  const globs: string[] = [];
  for (const x of exclusions) {
    const path = resolve(cwd, x);
    if (isFolder(path)) folders.push(canonical(path));
    else globs.push(x);
  }
  const excluded = new Set<string>(globs.map((x) => canonical(resolve(cwd, x))));
  // One walk of the working folder for the globs read from it, one more for each read from inside a folder named as written.
  const options = { absolute: true, dot: true, expandDirectories: false, onlyFiles: false };
  const read = globs.map((x) => fromLiteralFolders(x, cwd, options));
  const fromCwd = read.filter(([, o]) => o.cwd === cwd).map(([x]) => x);
  const matches = [...(fromCwd.length ? globSync(fromCwd, { ...options, cwd }) : []), ...read.filter(([, o]) => o.cwd !== cwd).flatMap(([x, o]) => globSync(x, o))];
  for (const m of matches) {
    if (/[\\/]$/.test(m)) folders.push(canonical(m.replace(/[\\/]+$/, '')));
    else excluded.add(canonical(m));
  }
  return (f) => {
    const c = canonical(f);
    return excluded.has(c) || folders.some((d) => c.startsWith(d + sep) || c.startsWith(`${d}/`));
  };
}

/**
 * The spelling of a path under the working folder, when the path leads
 * there by another way: through a symbolic link to the folder ("$PWD/sub"
 * where the working folder was reached through a link), or the other way
 * round. A path's folder is followed, not the file itself, so a link to a
 * draft keeps its own name. Paths elsewhere are kept as they are.
 */
function inWorkingFolder(cwd: string): (path: string) => string {
  let realCwd: string | undefined;
  const under = (p: string, folder: string): boolean => p.startsWith(folder.endsWith(sep) ? folder : folder + sep);
  return (path) => {
    if (under(path, cwd)) return path;
    realCwd ??= realOr(cwd);
    const real = join(realOr(dirname(path)), basename(path));
    return under(real, realCwd) ? join(cwd, relative(realCwd, real)) : path;
  };
}

function realOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** Whether the exclusions among `patterns` leave out `file` (an absolute path, which need not exist: standard input's --stdin-filename). */
export function isExcluded(file: string, patterns: readonly string[], cwd: string): boolean {
  const exclusions = exclusionsOf(patterns, cwd);
  return exclusions.length > 0 && excludedBy(exclusions, cwd)(file);
}

/**
 * The Markdown files under folders, and whether a folder below them could not
 * be read: the files in it are not linted, and a run that passes must not
 * hide them, so each such folder is an error in `errors`.
 */
function filesInFolders(folders: readonly string[], cwd: string, errors: string[]): { found: string[]; unreadable: boolean } {
  const unreadable: string[] = [];
  // A link to a pipe or a device is passed over, as a pipe itself is: it would be read forever, or wait for a writer.
  const found = folders.flatMap((d) => markdownFilesIn(d, undefined, unreadable)).filter(isRegularFile);
  for (const u of unreadable) errors.push(`Cannot read folder "${relativeTo(cwd, u)}": the files in it were not linted.`);
  return { found, unreadable: unreadable.length > 0 };
}

/**
 * Whether a glob asks for files with the extension of `file` by writing it
 * ("notes/*.txt", "**\/*.{md,txt}"): a glob that does not ("docs/**") takes
 * only the Markdown files it matches, as a folder does, and passes over
 * images, data and the like.
 */
function namesExtension(pattern: string, file: string): boolean {
  const ext = extname(file).slice(1);
  if (ext === '') return false;
  const last = pattern.slice(Math.max(pattern.lastIndexOf('/'), pattern.lastIndexOf('\\')) + 1);
  const escaped = ext.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[.{,]${escaped}(?=[},]|$)`).test(last);
}

/** A path as the user would type it from `cwd`: relative below it, absolute elsewhere. */
function relativeTo(cwd: string, path: string): string {
  const r = relative(cwd, path);
  return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? path : r;
}

export type ReadResult = { readonly text: string; readonly skip?: undefined } | { readonly text: ''; readonly skip: Skipped };

const decoder = new TextDecoder('utf-8', { fatal: true });

const NOT_A_FILE: Skipped = { reason: 'unreadable', message: 'File not analysed: it is not a regular file but a pipe, a socket or a device.' };
const UTF16: Skipped = { reason: 'encoding', message: 'File not analysed: it is UTF-16 text. Save it as UTF-8.' };

/** The text of UTF-8 bytes, a byte order mark dropped, or undefined if they are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a file's bytes (or of standard input), read as UTF-8 without a
 * byte order mark; UTF-16, binary content and invalid UTF-8 are reported, not
 * analysed.
 */
export function textOf(bytes: Uint8Array): ReadResult {
  // UTF-16 (as some Windows editors save) has NUL bytes too, but it is text: say how to make it readable.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { text: '', skip: UTF16 };
  if (bytes.includes(0)) return { text: '', skip: BINARY };
  const text = utf8Text(bytes);
  return text !== undefined ? { text } : { text: '', skip: { reason: 'encoding', message: 'File not analysed: it is not valid UTF-8 text. Save it as UTF-8.' } };
}

/** A file on disk as a source to analyse: its file URI, version 0, its text and why it is not analysed, if so (see readText); never throws. */
export function diskSource(file: string, maxFileSize: number, stat?: Stats): Source {
  const read = readText(file, maxFileSize, stat);
  return { uri: pathToFileURL(file).href, version: 0, text: read.text, ...(read.skip ? { skip: read.skip } : {}) };
}

/** Reads a file as UTF-8 text (`stat`: the file's, when the caller has it already); never throws. */
export function readText(file: string, maxFileSize: number, stat?: Stats): ReadResult {
  try {
    stat ??= statSync(file);
    // A pipe or a device (a link to one, found by a walk or a glob) would be read forever, or wait for a writer.
    if (!stat.isFile()) return { text: '', skip: NOT_A_FILE };
    const size = stat.size;
    if (size > maxFileSize) {
      return { text: '', skip: tooLarge(size, maxFileSize) };
    }
    return textOf(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { text: '', skip: { reason: 'unreadable', message: `File not analysed: it cannot be read (${code ?? (e as Error).message}).` } };
  }
}

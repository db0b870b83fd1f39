/**
 * The files that form one draft with a document (`draft.files` in
 * `.compact-lint.json`, globs relative to that file): the main text and its
 * annexes, whose references resolve across files. Bounded, so a careless
 * glob cannot make every lint read a whole disk.
 */
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Config } from '../core/index';
import { IGNORED_FOLDERS } from './markdownFiles';

const MAX_DRAFT_FILES = 200;

/**
 * Absolute paths of the draft's Markdown files, in the order of `draft.files`
 * (the main text before its annexes, as listed; the files of one glob in
 * order of path); empty when the configuration forms no draft.
 */
export function draftPaths(config: Config, search: DraftFileSearch): string[] {
  const { files, base } = config.draft;
  if (files.length === 0 || !base) return [];
  const out = new Set<string>();
  for (const pattern of files) {
    if (out.size >= MAX_DRAFT_FILES) break;
    for (const p of search.filesOf(pattern, base)) {
      if (out.size >= MAX_DRAFT_FILES) break;
      out.add(p);
    }
  }
  return [...out];
}

/**
 * The searches of `draft.files` patterns, each kept for `ttlMs`: the
 * configuration loader (which reports a pattern that matches nothing) and
 * whoever lists a draft's files (the server at each keystroke, the command
 * line for each file of a draft) share one, so that the file system is
 * searched once per pattern in that time. `forget` drops them all, when
 * files are known to have come or gone.
 */
export class DraftFileSearch {
  readonly #found = new Map<string, { readonly at: number; readonly files: readonly string[] }>();
  #forgotten = 0;

  constructor(private readonly ttlMs: number) {}

  /** The Markdown files a pattern of `draft.files` names, relative to `base`: absolute paths, in order. */
  filesOf(pattern: string, base: string): readonly string[] {
    const key = `${base}\0${pattern}`;
    const now = Date.now();
    const found = this.#found.get(key);
    if (found && now - found.at < this.ttlMs) return found.files;
    const files = filesOf(pattern, base);
    this.#found.set(key, { at: now, files });
    return files;
  }

  forget(): void {
    this.#found.clear();
    this.#forgotten++;
  }

  /** How many times the searches were forgotten: what was concluded from them before may no longer hold. */
  get generation(): number {
    return this.#forgotten;
  }
}

function filesOf(pattern: string, base: string): string[] {
  const found = globSync(literalOutsideGlobs(pattern), { cwd: base, absolute: true, expandDirectories: false, ignore: [...IGNORED_FOLDERS] });
  return found.filter((f) => /\.(?:md|markdown)$/i.test(f)).map((f) => resolve(f)).sort();
}

/**
 * A pattern of `draft.files` for the glob library, whose syntax is richer
 * than the one documented (`*`, `?`, `**`, `{a,b}`, as isDraftMember reads
 * it): other characters it treats specially ("Annex (A).md", "[draft]") are
 * escaped, so that they name themselves.
 */
function literalOutsideGlobs(pattern: string): string {
  return pattern.replace(/[()[\]!+@]/g, '\\$&');
}

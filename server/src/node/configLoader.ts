/**
 * Finds and reads `.compact-lint.json` files for the CLI and the language
 * server: walking up from a document's folder, nearer files cascading over
 * their parents until one says `"root": true`. File I/O lives here so that the
 * core stays pure; parsing, validation and merging are the core's.
 */
import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { mergeConfigs, parseConfig, unknownDisabledConcepts, LineIndex, type Config, type ConfigProblem, type PartialConfig, type WrittenString } from '../core/index';
import { DraftFileSearch } from './draftFiles';

export const CONFIG_FILE = '.compact-lint.json';

export interface ConfigIssue {
  readonly file: string;
  /** 0-based, as in the core; adapters convert. */
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly message: string;
  /** What the problem costs (see ConfigProblem). */
  readonly dropped: ConfigProblem['dropped'];
  /**
   * A file that `draft.files` names is not there (yet): the configuration
   * says what its author meant, unlike a mistyped setting, so fixes may still
   * be written under it.
   */
  readonly missingFile?: true;
}

/** Whether a configuration problem keeps --fix from writing under that configuration: any but a draft file not written yet (see ConfigIssue.missingFile). */
export function blocksFixes(issue: ConfigIssue): boolean {
  return issue.missingFile !== true;
}

export interface LoadedConfig {
  readonly config: Config;
  readonly files: readonly string[];
  readonly issues: readonly ConfigIssue[];
}

interface FileEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly layer: PartialConfig;
  readonly issues: readonly ConfigIssue[];
  /** The concepts its `glossary.disable` names, checked against the merged configuration. */
  readonly disabled: readonly WrittenString[];
  readonly draftFiles: readonly WrittenString[];
  /** A problem of this file, at its line and column. */
  readonly locate: (problem: ConfigProblem) => ConfigIssue;
}

/**
 * How long the problems of a configuration with `draft.files` stand before
 * the file system is searched again for the files its patterns name: an
 * editor asks for the configuration at every change of a document.
 */
const DRAFT_RECHECK_MS = 3000;

/** How many merged configurations (directory and base) are kept. */
const MERGED_MAX = 2000;

/** Reads configuration, caching each file by modification time. */
export class ConfigLoader {
  /** The searches of `draft.files` patterns, shared with whoever lists a draft's files (see DraftFileSearch). */
  readonly draftFiles = new DraftFileSearch(DRAFT_RECHECK_MS);
  readonly #files = new Map<string, FileEntry | null>();
  /** `at` and `generation`: when the problems with `draft.files` were last looked at (see DraftFileSearch.generation). */
  readonly #merged = new Map<string, { key: string; value: LoadedConfig; at: number; generation: number; drafts: boolean }>();

  /** Forget cached files (all, or one that changed). */
  invalidate(file?: string): void {
    if (file) this.#files.delete(file);
    else this.#files.clear();
    this.#merged.clear();
  }

  /** Configuration for a document in `dir`; `explicit` replaces discovery (CLI --config). */
  forDirectory(dir: string, explicit?: string, base?: PartialConfig): LoadedConfig {
    const chain: { file: string; entry: FileEntry }[] = [];
    if (explicit) {
      const entry = this.#read(explicit, true);
      if (entry) chain.push({ file: explicit, entry });
    } else {
      let cur = dir;
      for (;;) {
        const file = join(cur, CONFIG_FILE);
        const entry = this.#read(file, false);
        if (entry) {
          chain.unshift({ file, entry });
          if (entry.layer.root === true) break;
        }
        const parent = dirname(cur);
        if (parent === cur) break;
        cur = parent;
      }
    }
    const key = chain.map((c) => `${c.file}@${c.entry.mtimeMs}:${c.entry.size}`).join('|');
    // One entry per directory and base: the language server asks for a directory's configuration with the editor's settings
    // (an open document) and without them (the files on disk beside it), in turns, and each must stay the same object, or
    // every model built under the other would be dropped and built again, at every keystroke.
    const mergedKey = dir + '\0' + (explicit ?? '') + '\0' + (base ? JSON.stringify(base) : '');
    const cached = this.#merged.get(mergedKey);
    const now = Date.now();
    const generation = this.draftFiles.generation;
    if (cached && cached.key === key) {
      if (!cached.drafts || (now - cached.at < DRAFT_RECHECK_MS && cached.generation === generation)) return cached.value;
      // A draft's files come and go (an annex written, renamed): the same configuration, its problems with them looked at again,
      // after a while, and at once when files are known to have come or gone.
      const value = { ...cached.value, issues: this.#issues(chain, cached.value.config) };
      this.#merged.set(mergedKey, { ...cached, value, at: now, generation });
      return value;
    }
    const layers = [...(base ? [base] : []), ...chain.map((c) => withBase(c.entry.layer, dirname(c.file)))];
    const config = mergeConfigs(layers);
    const value: LoadedConfig = { config, files: chain.map((c) => c.file), issues: this.#issues(chain, config) };
    // Bounded: a long session that changes its settings often leaves entries for the old ones.
    if (this.#merged.size >= MERGED_MAX) this.#merged.clear();
    this.#merged.set(mergedKey, { key, value, at: now, generation, drafts: chain.some((c) => c.entry.draftFiles.length > 0) });
    return value;
  }

  #issues(chain: readonly { file: string; entry: FileEntry }[], config: Config): ConfigIssue[] {
    return chain.flatMap((c) => [...c.entry.issues, ...unknownDisabledConcepts(config, c.entry.disabled).map(c.entry.locate), ...unmatchedDraftFiles(c.entry.draftFiles, dirname(c.file), this.draftFiles).map((p) => ({ ...c.entry.locate(p), missingFile: true as const }))]);
  }

  #read(file: string, required: boolean): FileEntry | null {
    let stat: Stats | undefined;
    try {
      // Discovery looks in every folder up to the root, where most have no file: that is no exception.
      stat = lstatSync(file, { throwIfNoEntry: false });
    } catch {
      // A folder above the project that cannot be searched: no file there for this user.
      stat = undefined;
    }
    if (stat?.isSymbolicLink()) {
      // A link is read through. One that leads nowhere (or in a loop) was put there to be read: reported, not skipped.
      const target = throughLink(file);
      if (typeof target === 'string') return unreadable(file, target);
      stat = target;
    }
    if (!stat) return required ? unreadable(file, 'it does not exist') : null;
    const cached = this.#files.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    let entry: FileEntry;
    try {
      if (!stat.isFile()) throw new Error('not a file');
      const bytes = readFileSync(file);
      // UTF-16, as some Windows editors save: one clear message, not one per character the JSON parser trips on.
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
        throw new Error('it is UTF-16 text, or binary; save it as UTF-8');
      }
      // A byte order mark (Windows Notepad saves one) is not part of the JSON, nor of the lines editors show.
      const raw = bytes.toString('utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const parsed = parseConfig(text);
      const lines = new LineIndex(text);
      const locate = (p: ConfigProblem): ConfigIssue => {
        const s = lines.positionAt(p.start);
        const e = lines.positionAt(p.end);
        return { file, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, message: p.message, dropped: p.dropped };
      };
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, layer: parsed.config, issues: parsed.problems.map(locate), disabled: parsed.disabled, draftFiles: parsed.draftFiles, locate };
    } catch (e) {
      // The JSON parser recurses: thousands of nested brackets overflow its stack.
      const why = e instanceof RangeError ? 'its JSON is nested too deeply' : (e as Error).message;
      entry = { ...unreadable(file, why), mtimeMs: stat.mtimeMs, size: stat.size };
    }
    this.#files.set(file, entry);
    return entry;
  }
}

/**
 * The patterns of a file's `draft.files` that name no Markdown file, relative
 * to the file's folder: an annex misnamed, moved or not yet written, whose
 * paragraphs every reference to them would then be reported as missing from.
 */
function unmatchedDraftFiles(patterns: readonly WrittenString[], base: string, search: DraftFileSearch): ConfigProblem[] {
  return patterns
    .filter((p) => search.filesOf(p.value, base).length === 0)
    .map((p) => ({ message: `"${p.value}" in "draft.files" matches no Markdown file (its paths are relative to this configuration file's folder).`, start: p.start, end: p.end, dropped: 'nothing' as const }));
}

/** A configuration file that cannot be read: it sets nothing, and says why. */
function unreadable(file: string, why: string): FileEntry {
  const issue = issueAt(file, `Cannot read configuration file: ${why}.`);
  return { mtimeMs: 0, size: 0, layer: {}, issues: [issue], disabled: [], draftFiles: [], locate: () => issue };
}

function issueAt(file: string, message: string): ConfigIssue {
  return { file, line: 0, character: 0, endLine: 0, endCharacter: 0, message, dropped: 'file' };
}

function withBase(layer: PartialConfig, base: string): PartialConfig {
  const draft = layer.draft as { files?: string[] } | undefined;
  return draft?.files ? { ...layer, draft: { files: draft.files, base } } : layer;
}

/** What a symbolic link to a configuration file leads to, or why it cannot be followed. */
function throughLink(file: string): Stats | string {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? 'it is a symbolic link to a file that does not exist';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'it is a symbolic link that leads back to itself' : (e as Error).message;
  }
}

/** Why a configuration file named on the command line cannot be the configuration, or undefined when it is a file. */
export function configFileProblem(file: string): string | undefined {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(file, { throwIfNoEntry: false });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
  if (!stat) return 'no such file';
  const target = stat.isSymbolicLink() ? throughLink(file) : stat;
  if (typeof target === 'string') return target;
  return target.isFile() ? undefined : 'it is not a file';
}

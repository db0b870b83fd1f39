/**
 * Lints a list of files: configuration, reading, the core's pipeline, --fix.
 * Used by the main thread and by worker threads alike, so the result of a
 * file never depends on which thread linted it. A file is linted in two steps,
 * reading and parsing it, then its facts and checks; a pipeline runs them on
 * two threads, as packPath and lintPacked (see parallel.ts).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyFixes, asOneEdit, buildModel, isDraftMember, lintModel, modelOf, packSource, parseSource, unpackSource, type Config, type DocumentModel, type Finding, type PackedSource, type ParsedSource, type Skipped, type Source } from '../core/index';
import { blocksFixes, ConfigLoader, type ConfigIssue, type LoadedConfig } from '../node/configLoader';
import { writeFix } from './writeFix';
import { diskSource } from './files';
import { draftPaths } from '../node/draftFiles';
import { toLocation } from './location';
import type { FileResult } from './results';

export interface LintFilesOptions {
  readonly cwd: string;
  /** --config: replaces discovery. */
  readonly config?: string;
  readonly fix: boolean;
  readonly quiet: boolean;
  readonly stdinFilename?: string;
  /** Give each message the fixes of its finding as one edit each (see Message.oneEdits), as the JSON format writes them. */
  readonly oneEdits?: boolean;
}

export interface FileOutcome {
  readonly result: FileResult;
  /** Warnings found, shown or not (--quiet hides them but they count). */
  readonly warnings: number;
  readonly configIssues: readonly ConfigIssue[];
  /** Messages for standard error (I/O problems). */
  readonly errors: readonly string[];
}

/** A file read and parsed. */
interface ParsedFile {
  readonly path: string;
  readonly parsed: ParsedSource;
  /** Messages for standard error so far (the file could not be read). */
  readonly errors: readonly string[];
}

/** A file read and parsed, its syntax packed for another thread (see FileLinter.packPath). */
export interface PackedFile {
  readonly path: string;
  readonly packed: PackedSource;
  readonly errors: readonly string[];
}

export class FileLinter {
  readonly #loader = new ConfigLoader();
  /** Models of draft files read from disk, by path: each is read once per run. */
  readonly #draftModels = new Map<string, DocumentModel>();

  constructor(private readonly options: LintFilesOptions) {}

  lintPath(path: string): FileOutcome {
    const { source, errors } = this.#read(path);
    return this.#lintParsed({ path, parsed: parseSource(source, this.#configFor(path).config), errors });
  }

  /** The size limit ("maxFileSize") of the configuration that applies to `path`. */
  maxFileSize(path: string): number {
    return this.#configFor(path).config.maxFileSize;
  }

  /** `path` is "<stdin>" for standard input without --stdin-filename. */
  lintText(path: string, text: string, skip: Skipped | undefined): FileOutcome {
    return this.#lintParsed({ path, parsed: parseSource(this.#source(path, text, skip), this.#configFor(path).config), errors: [] });
  }

  /** The first step of lintPath for a pipeline: reads and parses the file, its syntax packed for lintPacked on another thread. */
  packPath(path: string): PackedFile {
    const { source, errors } = this.#read(path);
    return { path, packed: packSource(source, this.#configFor(path).config), errors };
  }

  lintPacked(file: PackedFile): FileOutcome {
    return this.#lintParsed({ path: file.path, parsed: unpackSource(file.packed), errors: file.errors });
  }

  /** The second step: facts, checks and --fix, on the thread that parsed the file or another one. */
  #lintParsed(file: ParsedFile): FileOutcome {
    const o = this.options;
    const { path, parsed } = file;
    const stdin = path === '<stdin>';
    const loaded = this.#configFor(path);
    const errors = [...file.errors];
    let model = modelOf(parsed, loaded.config);
    const draft = stdin ? [] : this.#draft(path, loaded.config);
    let findings: Finding[] = lintModel(model, { draft });
    let fixed = false;
    // A configuration with errors is not the one the user meant (a convention misspelt, a check's severity mistyped): nothing is written under it.
    // A draft file not written yet is no such error.
    if (o.fix && !parsed.skip && !stdin && !loaded.issues.some(blocksFixes)) {
      // What the run does not report (hints; warnings and infos with --quiet), it does not fix either, as in ESLint.
      const result = applyFixes(parsed.text, findings.filter((f) => reported(f, o.quiet)), { safeOnly: true });
      if (result.applied > 0 && result.text !== parsed.text) {
        try {
          writeFix(path, parsed.text, result.text);
          fixed = true;
          model = buildModel({ uri: parsed.uri, version: 1, text: result.text }, loaded.config);
          findings = lintModel(model, { draft });
        } catch (e) {
          errors.push(`cannot write ${path}: ${(e as Error).message}`);
        }
      }
    }
    const shown = findings.filter((f) => reported(f, o.quiet));
    const lines = model.lines;
    return {
      result: {
        path,
        relativePath: stdin ? (o.stdinFilename ?? '<stdin>') : relative(o.cwd, path).split(sep).join('/'),
        messages: shown.map((f) => {
          const oneEdits = o.oneEdits && f.fixes?.some((x) => x.edits.length > 1) ? f.fixes.map((x) => asOneEdit(model.text, x.edits)) : undefined;
          return { checkId: f.checkId, severity: f.severity, message: f.message, location: toLocation(lines, f.span), finding: f, ...(oneEdits ? { oneEdits } : {}) };
        }),
        ...(fixed ? { fixed } : {}),
      },
      warnings: findings.filter((f) => f.severity === 'warning').length,
      configIssues: loaded.issues,
      errors,
    };
  }

  #read(path: string): { source: Source; errors: string[] } {
    const source = diskSource(path, this.maxFileSize(path));
    const errors = source.skip?.reason === 'unreadable' ? [`${relative(this.options.cwd, path)}: ${source.skip.message}`] : [];
    return { source, errors };
  }

  /** Standard input as a source, under "<stdin>" or the name --stdin-filename gives it. */
  #source(path: string, text: string, skip: Skipped | undefined): Source {
    return { uri: path === '<stdin>' ? 'stdin:' : pathToFileURL(path).href, version: 0, text, ...(skip ? { skip } : {}) };
  }

  #configFor(path: string): LoadedConfig {
    return this.#loader.forDirectory(path === '<stdin>' ? this.options.cwd : dirname(path), this.options.config);
  }

  /** The other files of the draft this file belongs to (see `draft.files`). */
  #draft(path: string, config: Config): DocumentModel[] {
    const out: DocumentModel[] = [];
    if (!isDraftMember(config, pathToFileURL(path).href)) return out;
    for (const other of draftPaths(config, this.#loader.draftFiles)) {
      if (other === resolve(path)) continue;
      let model = this.#draftModels.get(other);
      if (!model) {
        // Read and analysed under its own configuration, whichever file of the draft asks first.
        const own = this.#configFor(other).config;
        model = buildModel(diskSource(other, own.maxFileSize), own);
        this.#draftModels.set(other, model);
      }
      out.push(model);
    }
    return out;
  }
}

/** Whether the CLI reports a finding: never a hint, which only an editor shows (faintly), and only errors with --quiet. */
function reported(f: Finding, quiet: boolean): boolean {
  return quiet ? f.severity === 'error' : f.severity !== 'hint';
}

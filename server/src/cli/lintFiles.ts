/**
 * Lints a list of files: configuration, reading, the core's pipeline, --fix.
 * Used by the main thread and by worker threads alike, so the result of a
 * file never depends on which thread linted it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyFixes, buildModel, isDraftMember, lintModel, type Config, type DocumentModel, type Finding, type Skipped } from '../core/index';
import { ConfigLoader, type ConfigIssue } from '../node/configLoader';
import { writeFileAtomic } from '../node/atomicWrite';
import { readText } from './files';
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
}

export interface FileOutcome {
  readonly result: FileResult;
  /** Warnings found, shown or not (--quiet hides them but they count). */
  readonly warnings: number;
  readonly configIssues: readonly ConfigIssue[];
  /** Messages for standard error (I/O problems). */
  readonly errors: readonly string[];
}

export class FileLinter {
  readonly #loader = new ConfigLoader();
  /** Models of draft files read from disk, by path: each is read once per run. */
  readonly #draftModels = new Map<string, DocumentModel>();

  constructor(private readonly options: LintFilesOptions) {}

  lintPath(path: string): FileOutcome {
    const max = this.#loader.forDirectory(dirname(path), this.options.config).config.maxFileSize;
    const read = readText(path, max);
    const errors = read.skip?.reason === 'unreadable' ? [`${relative(this.options.cwd, path)}: ${read.skip.message}`] : [];
    const outcome = this.lintText(path, read.text, read.skip);
    return { ...outcome, errors: [...errors, ...outcome.errors] };
  }

  /** `path` is "<stdin>" for standard input without --stdin-filename. */
  lintText(path: string, text: string, skip: Skipped | undefined): FileOutcome {
    const o = this.options;
    const stdin = path === '<stdin>';
    const loaded = this.#loader.forDirectory(stdin ? o.cwd : dirname(path), o.config);
    const uri = stdin ? 'stdin:' : pathToFileURL(path).href;
    const errors: string[] = [];
    let model = buildModel({ uri, version: 0, text, ...(skip ? { skip } : {}) }, loaded.config);
    const draft = stdin ? [] : this.#draft(path, loaded.config);
    let findings: Finding[] = lintModel(model, { draft });
    let fixed = false;
    if (o.fix && !skip && !stdin) {
      const result = applyFixes(text, findings, { safeOnly: true });
      if (result.applied > 0 && result.text !== text) {
        try {
          writeFileAtomic(path, result.text);
          fixed = true;
          model = buildModel({ uri, version: 1, text: result.text }, loaded.config);
          findings = lintModel(model, { draft });
        } catch (e) {
          errors.push(`cannot write ${path}: ${(e as Error).message}`);
        }
      }
    }
    const shown = o.quiet ? findings.filter((f) => f.severity === 'error') : findings.filter((f) => f.severity !== 'hint');
    const lines = model.lines;
    return {
      result: {
        path,
        relativePath: stdin ? (o.stdinFilename ?? '<stdin>') : relative(o.cwd, path).split(sep).join('/'),
        messages: shown.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message, location: toLocation(lines, f.span), finding: f })),
        ...(fixed ? { fixed } : {}),
      },
      warnings: findings.filter((f) => f.severity === 'warning').length,
      configIssues: loaded.issues,
      errors,
    };
  }

  /** The other files of the draft this file belongs to (see `draft.files`). */
  #draft(path: string, config: Config): DocumentModel[] {
    const out: DocumentModel[] = [];
    if (!isDraftMember(config, pathToFileURL(path).href)) return out;
    for (const other of draftPaths(config)) {
      if (other === resolve(path)) continue;
      let model = this.#draftModels.get(other);
      if (!model) {
        const read = readText(other, config.maxFileSize);
        model = buildModel({ uri: pathToFileURL(other).href, version: 0, text: read.text, ...(read.skip ? { skip: read.skip } : {}) }, this.#loader.forDirectory(dirname(other), this.options.config).config);
        this.#draftModels.set(other, model);
      }
      out.push(model);
    }
    return out;
  }
}

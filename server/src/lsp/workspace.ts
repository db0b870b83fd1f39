/**
 * The workspace as the server sees it for cross-document features (find
 * references, rename, multi-file drafts): open documents from the editor, the
 * rest read from disk and cached by modification time. Bounded, so a huge
 * folder cannot stall the server: in each workspace folder the walk enters
 * at most 5,000 folders (a tree of 16,000 took 0.24 s to walk here with the
 * system's cache warm, 1.5 s cold), and it keeps at most 2,000 Markdown files
 * in all; beyond either, the cross-document features see the files found
 * first.
 */
import { statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { buildModel, buildSteps, type Config, type DocumentModel, type Source } from '../core/index';
import type { ConfigLoader } from '../node/configLoader';
import { diskSource } from '../cli/files';
import { markdownFilesIn, oneOfEach, type WalkLimit } from '../node/markdownFiles';

const LIMIT: WalkLimit = { files: 2000, folders: 5000 };

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly model: DocumentModel;
}

/** A walk's paths, and the same with each file once. */
interface Listing {
  readonly found: readonly string[];
  readonly unique: readonly string[];
}

export class WorkspaceFiles {
  readonly #cache = new Map<string, Cached>();
  readonly #building = new Map<string, Promise<DocumentModel | undefined>>();
  #listed: Listing | undefined;

  constructor(
    private readonly loader: ConfigLoader,
    private readonly limit: WalkLimit = LIMIT,
  ) {}

  /**
   * Paths of the Markdown files under the folders, sorted, each file once
   * (oneOfEach). Navigation asks for them at each request: resolving every
   * path (about 3 ms for 2,000 files, more than the walk) is done again only
   * when the walk finds other paths than last time.
   */
  list(folders: readonly string[]): string[] {
    const out: string[] = [];
    for (const folder of folders) {
      const room = this.limit.files - out.length;
      if (room <= 0) break;
      for (const f of markdownFilesIn(folder, { files: room, folders: this.limit.folders })) out.push(f);
    }
    out.sort();
    const last = this.#listed;
    if (!last || last.found.length !== out.length || last.found.some((p, i) => p !== out[i])) this.#listed = { found: out, unique: oneOfEach(out) };
    return [...(this.#listed as Listing).unique];
  }

  /** The model of a file on disk (not open in the editor), built at once: for the files of a draft, which linting an open file needs now. */
  model(path: string): DocumentModel | undefined {
    const found = this.#lookup(path);
    if (!found || 'model' in found) return found?.model;
    return this.#keep(path, found.stat, buildModel(found.source, found.config));
  }

  /**
   * The model of a file on disk, built a slice of time at a time (see
   * inSlices): for find references, rename and workspace symbols, whose first
   * request reads every Markdown file of the folders (about a second for ten
   * drafts of 240 KB), while the open drafts go on being linted as they are
   * edited. Two requests that need the same file share its build, and a build
   * stops at its next slice when the file's model was built at once meanwhile
   * (see model), taking that one.
   */
  modelInSlices(path: string): Promise<DocumentModel | undefined> {
    const building = this.#building.get(path);
    if (building) return building;
    const found = this.#lookup(path);
    if (!found || 'model' in found) return Promise.resolve(found?.model);
    const builtMeanwhile = (): DocumentModel | undefined => this.#cached(path, found.stat, found.config);
    const build = inSlices(buildSteps(found.source, found.config), SLICE_MS, builtMeanwhile)
      .then((model) => (model === builtMeanwhile() ? model : this.#keep(path, found.stat, model)))
      .finally(() => this.#building.delete(path));
    this.#building.set(path, build);
    return build;
  }

  /** The cached model of a file, if it is still that of the file on disk, or what building one takes; undefined when the file cannot be read. */
  #lookup(path: string): { model: DocumentModel } | { stat: Stats; config: Config; source: Source } | undefined {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.#cache.delete(path);
      return undefined;
    }
    const config = this.loader.forDirectory(dirname(path)).config;
    const model = this.#cached(path, stat, config);
    return model ? { model } : { stat, config, source: diskSource(path, config.maxFileSize, stat) };
  }

  /** The cached model of a file, if it was built from the file as `stat` describes it and under `config`. */
  #cached(path: string, stat: Stats, config: Config): DocumentModel | undefined {
    const cached = this.#cache.get(path);
    return cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.model.config === config ? cached.model : undefined;
  }

  #keep(path: string, stat: Stats, model: DocumentModel): DocumentModel {
    this.#cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, model });
    return model;
  }
}

/**
 * How long the language server works on building a file's model before it
 * lets other messages through. A step (a chunk parsed, or sixteen blocks
 * analysed) takes a few milliseconds: with 4 ms, a draft edited while ten
 * drafts of 240 KB are read gets its diagnostics in about 85 ms (debounce
 * included), against about 115 ms with 10 ms, and the reading takes as long.
 */
const SLICE_MS = 4;

/**
 * Runs a generator of steps (such as the core's buildSteps) to its end, in
 * slices of about `sliceMs`, letting the event loop run between slices: a
 * document edited meanwhile is linted between two slices, not after the
 * whole build. `done`, looked at after each pause, may give the result
 * without the remaining steps.
 */
export async function inSlices<R>(steps: Generator<void, R>, sliceMs = SLICE_MS, done?: () => R | undefined): Promise<R> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= end) {
      await new Promise((resolve) => setImmediate(resolve));
      const result = done?.();
      if (result !== undefined) return result;
      end = performance.now() + sliceMs;
    }
  }
}

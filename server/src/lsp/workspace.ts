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
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel, type DocumentModel } from '../core/index';
import type { ConfigLoader } from '../node/configLoader';
import { readText } from '../cli/files';
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

  /** The model of a file on disk (not open in the editor). */
  model(path: string): DocumentModel | undefined {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.#cache.delete(path);
      return undefined;
    }
    const cached = this.#cache.get(path);
    const config = this.loader.forDirectory(dirname(path)).config;
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.model.config === config) return cached.model;
    const read = readText(path, config.maxFileSize);
    const model = buildModel({ uri: pathToFileURL(path).href, version: 0, text: read.text, ...(read.skip ? { skip: read.skip } : {}) }, config);
    this.#cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, model });
    return model;
  }
}

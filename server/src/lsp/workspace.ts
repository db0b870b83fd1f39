/**
 * The workspace as the server sees it for cross-document features (find
 * references, rename, multi-file drafts): open documents from the editor, the
 * rest read from disk and cached by modification time. Bounded, so a huge
 * folder cannot stall the server.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel, type DocumentModel } from '../core/index';
import type { ConfigLoader } from '../node/configLoader';
import { readText } from '../cli/files';
import { markdownFilesIn } from '../node/markdownFiles';

const MAX_FILES = 2000;

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly model: DocumentModel;
}

export class WorkspaceFiles {
  readonly #cache = new Map<string, Cached>();

  constructor(private readonly loader: ConfigLoader) {}

  /** Paths of the Markdown files under the folders, sorted. */
  list(folders: readonly string[]): string[] {
    const out: string[] = [];
    for (const folder of folders) {
      out.push(...markdownFilesIn(folder));
      if (out.length >= MAX_FILES) break;
    }
    return out.sort().slice(0, MAX_FILES);
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

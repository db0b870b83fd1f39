/**
 * Open documents, kept in sync with full or incremental changes. Besides the
 * text, it records the offsets each change touched since the last analysis, so
 * the core can re-parse only those blocks (see core/model/incremental.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Edit } from '../core/index';

export interface OpenDocument {
  readonly document: TextDocument;
  /** Edits applied since `takeEdits` was last called, in order; null after a full replacement. */
  edits: Edit[] | null;
}

/**
 * A file path as a key. On Windows paths compare without regard to case, and
 * the workspace walk writes them with "/" (markdownFiles.ts) where
 * fileURLToPath writes "\\".
 */
function pathKey(path: string): string {
  return process.platform === 'win32' ? path.replace(/\\/g, '/').toLowerCase() : path;
}

/** The path of a file: URI, or undefined for other schemes and malformed URIs. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class DocumentStore {
  readonly #docs = new Map<string, OpenDocument>();
  /** The client's URI of each open file, by path (see uriOf). */
  readonly #uris = new Map<string, string>();

  open(uri: string, languageId: string, version: number, text: string): void {
    this.#docs.set(uri, { document: TextDocument.create(uri, languageId, version, text), edits: null });
    const path = pathOf(uri);
    if (path !== undefined) this.#uris.set(pathKey(path), uri);
  }

  /**
   * The URI of a file found on disk: the client's own URI when the file is
   * open. Clients encode URIs in their own way (VS Code escapes "(" and the
   * colon of a Windows drive, Node does not), and a file known under two
   * URIs would count as two documents.
   */
  uriOf(path: string): string {
    return this.#uris.get(pathKey(path)) ?? pathToFileURL(path).href;
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): boolean {
    const doc = this.#docs.get(uri);
    if (!doc) return false;
    let current = doc.document;
    for (const c of changes) {
      if ('range' in c) {
        const start = current.offsetAt(c.range.start);
        const end = current.offsetAt(c.range.end);
        doc.edits?.push({ start, end, newLength: c.text.length });
      } else {
        doc.edits = null;
      }
      current = TextDocument.update(current, [c], version);
    }
    this.#docs.set(uri, { document: current, edits: doc.edits });
    return true;
  }

  /** Returns the edits since the last call and starts a new list. */
  takeEdits(uri: string): Edit[] | null {
    const doc = this.#docs.get(uri);
    if (!doc) return null;
    const edits = doc.edits;
    doc.edits = [];
    return edits;
  }

  close(uri: string): void {
    this.#docs.delete(uri);
    const path = pathOf(uri);
    if (path !== undefined && this.#uris.get(pathKey(path)) === uri) this.#uris.delete(pathKey(path));
  }

  get(uri: string): TextDocument | undefined {
    return this.#docs.get(uri)?.document;
  }

  all(): TextDocument[] {
    return [...this.#docs.values()].map((d) => d.document);
  }
}

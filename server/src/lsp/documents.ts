/**
 * Open documents, kept in sync with full or incremental changes. Besides the
 * text, it records the offsets each change touched since the last analysis, so
 * the core can re-parse only those blocks (see core/model/incremental.ts).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Edit } from '../core/index';

export interface OpenDocument {
  readonly document: TextDocument;
  /** Edits applied since `takeEdits` was last called, in order; null after a full replacement. */
  edits: Edit[] | null;
}

export class DocumentStore {
  readonly #docs = new Map<string, OpenDocument>();

  open(uri: string, languageId: string, version: number, text: string): void {
    this.#docs.set(uri, { document: TextDocument.create(uri, languageId, version, text), edits: null });
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
  }

  get(uri: string): TextDocument | undefined {
    return this.#docs.get(uri)?.document;
  }

  all(): TextDocument[] {
    return [...this.#docs.values()].map((d) => d.document);
  }
}

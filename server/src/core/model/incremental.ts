/**
 * Updates a model after edits. For now every update re-parses the whole text;
 * the edits say which blocks changed so that a later version can re-parse
 * only those (the result must equal buildModel's, which tests assert).
 */
import type { Config } from '../config/types';
import { buildModel, type Source } from './build';
import type { DocumentModel } from './model';

/** One change: the old text's [start, end) was replaced by `newLength` characters. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newLength: number;
}

export function updateModel(previous: DocumentModel | undefined, source: Source, config: Config, edits: readonly Edit[] | null): DocumentModel {
  void previous;
  void edits;
  return buildModel(source, config);
}

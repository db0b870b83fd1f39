/** Definition, references and rename: the core's navigators over the workspace's models and the draft's files. */
import {
  ResponseError,
  ErrorCodes,
  type CancellationToken,
  type DefinitionParams,
  type Location as LspLocation,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { definitionsAt, prepareRenameAt, reachAt, referencesAt, renameAt, type DocumentModel, type Location } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

function toLocations(models: readonly DocumentModel[], locs: readonly Location[]): LspLocation[] {
  const byUri = new Map(models.map((m) => [m.uri, m]));
  const out: LspLocation[] = [];
  for (const l of locs) {
    const m = byUri.get(l.uri);
    if (m) out.push({ uri: l.uri, range: toRange(m.lines, l.span) });
  }
  return out;
}

/**
 * The documents navigation from `offset` searches: the document and the other
 * files of its draft for the draft's own objectives and paragraphs, else the
 * whole workspace, whose first reading (every Markdown file of the folders)
 * is not paid for a symbol that cannot be anywhere else.
 */
function modelsFor(analyzer: Analyzer, model: DocumentModel, offset: number): DocumentModel[] {
  const draft = [model, ...analyzer.draftFor(model)];
  return reachAt(model, offset, { data: model.data, others: draft }) === 'draft' ? draft : analyzer.modelsAround(model);
}

export function definition(analyzer: Analyzer, p: DefinitionParams, token: CancellationToken): LspLocation[] {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const offset = model.lines.offsetAt(p.position);
  const models = modelsFor(analyzer, model, offset);
  return toLocations(models, definitionsAt(model, offset, models, { data: model.data, others: models }));
}

export function references(analyzer: Analyzer, p: ReferenceParams, token: CancellationToken): LspLocation[] {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const offset = model.lines.offsetAt(p.position);
  const models = modelsFor(analyzer, model, offset);
  return toLocations(models, referencesAt(model, offset, models, { data: model.data, others: models }, p.context.includeDeclaration));
}

export function prepareRename(analyzer: Analyzer, p: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model) return null;
  const offset = model.lines.offsetAt(p.position);
  const models = modelsFor(analyzer, model, offset);
  const r = prepareRenameAt(model, offset, models, { data: model.data, others: models });
  if (!r) return null;
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return { range: toRange(model.lines, r.span), placeholder: model.text.slice(r.span.start, r.span.end) };
}

export function rename(analyzer: Analyzer, p: RenameParams, token: CancellationToken): WorkspaceEdit | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return null;
  const offset = model.lines.offsetAt(p.position);
  const models = modelsFor(analyzer, model, offset);
  const r = renameAt(model, offset, p.newName, models, { data: model.data, others: models });
  if (!r) return null;
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  const byUri = new Map(models.map((m) => [m.uri, m]));
  const changes: WorkspaceEdit['changes'] = {};
  for (const [uri, edits] of r.edits) {
    const m = byUri.get(uri);
    if (m) changes[uri] = edits.map((e) => ({ range: toRange(m.lines, e.span), newText: e.newText }));
  }
  return { changes };
}

/** Definition, references and rename: the core's navigators over the workspace's models and the draft's files. */
import {
  ResponseError,
  ErrorCodes,
  type CancellationToken,
  type DefinitionParams,
  type Location as LspLocation,
  type Position,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { definitionsOf, navigationAt, prepareRenameOf, referencesOf, renameOf, type DocumentModel, type FeatureContext, type Location, type NavigationTarget } from '../../core/index';
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
 * What navigation at the position is about, and the document with the other
 * files of its draft: what definition and rename search (only the draft's own
 * objectives and paragraphs can be renamed, and what cannot is refused
 * without reading the workspace), and where references begin.
 */
function navigation(analyzer: Analyzer, model: DocumentModel, position: Position): { target: NavigationTarget; draft: DocumentModel[] } | undefined {
  const draft = [model, ...analyzer.draftFor(model)];
  const target = navigationAt(model, model.lines.offsetAt(position), contextOf(model, draft));
  return target && { target, draft };
}

/** The context of the core's features for the request's document, over the models searched. */
function contextOf(model: DocumentModel, models: readonly DocumentModel[]): FeatureContext {
  return { data: model.data, others: models };
}

export function definition(analyzer: Analyzer, p: DefinitionParams, token: CancellationToken): LspLocation[] {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const n = navigation(analyzer, model, p.position);
  return n ? toLocations(n.draft, definitionsOf(n.target, n.draft, contextOf(model, n.draft))) : [];
}

/**
 * The references of the draft's own objectives and paragraphs are in the
 * draft; those of what the reference data defines (an SDG target, an
 * instrument) also in the workspace's other documents, whose first reading
 * (every Markdown file of the folders) is paid only then.
 */
export async function references(analyzer: Analyzer, p: ReferenceParams, token: CancellationToken): Promise<LspLocation[]> {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const n = navigation(analyzer, model, p.position);
  if (!n) return [];
  const models = n.target.reach === 'workspace' ? await analyzer.modelsAround(n.draft, token) : n.draft;
  return models ? toLocations(models, referencesOf(n.target, models, contextOf(model, models), p.context.includeDeclaration)) : [];
}

export function prepareRename(analyzer: Analyzer, p: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  const n = model && navigation(analyzer, model, p.position);
  if (!model || !n) return null;
  const r = prepareRenameOf(n.target, n.draft);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return { range: toRange(model.lines, r.span), placeholder: model.text.slice(r.span.start, r.span.end) };
}

export function rename(analyzer: Analyzer, p: RenameParams, token: CancellationToken): WorkspaceEdit | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return null;
  const n = navigation(analyzer, model, p.position);
  if (!n) return null;
  const r = renameOf(n.target, p.newName, n.draft, contextOf(model, n.draft));
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  const byUri = new Map(n.draft.map((m) => [m.uri, m]));
  const changes: WorkspaceEdit['changes'] = {};
  for (const [uri, edits] of r.edits) {
    const m = byUri.get(uri);
    if (m) changes[uri] = edits.map((e) => ({ range: toRange(m.lines, e.span), newText: e.newText }));
  }
  return { changes };
}

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
 * What navigation at the position is about, and the documents it searches:
 * the document and the other files of its draft for the draft's own
 * objectives and paragraphs, else the whole workspace, whose first reading
 * (every Markdown file of the folders) is paid only for a symbol that other
 * documents may cite too, and never where there is no symbol. Rename reads
 * no other document either: only the draft's own objectives and paragraphs
 * can be renamed, and what cannot is refused without the workspace.
 */
async function navigation(analyzer: Analyzer, model: DocumentModel, position: Position, token: CancellationToken, purpose: 'definitions' | 'references' | 'rename'): Promise<{ target: NavigationTarget; models: DocumentModel[]; ctx: FeatureContext } | undefined> {
  const draft = [model, ...analyzer.draftFor(model)];
  const target = navigationAt(model, model.lines.offsetAt(position), { data: model.data, others: draft });
  if (!target) return undefined;
  // Only the references of what the reference data defines (an SDG target, an instrument) are in other documents: go to definition reads none.
  const models = target.reach === 'workspace' && purpose === 'references' ? await analyzer.modelsAround(model, token) : draft;
  return models && { target, models, ctx: { data: model.data, others: models } };
}

export async function definition(analyzer: Analyzer, p: DefinitionParams, token: CancellationToken): Promise<LspLocation[]> {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const n = await navigation(analyzer, model, p.position, token, 'definitions');
  return n ? toLocations(n.models, definitionsOf(n.target, n.models, n.ctx)) : [];
}

export async function references(analyzer: Analyzer, p: ReferenceParams, token: CancellationToken): Promise<LspLocation[]> {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  const n = await navigation(analyzer, model, p.position, token, 'references');
  return n ? toLocations(n.models, referencesOf(n.target, n.models, n.ctx, p.context.includeDeclaration)) : [];
}

export async function prepareRename(analyzer: Analyzer, p: PrepareRenameParams, token: CancellationToken): Promise<{ range: Range; placeholder: string } | null> {
  const model = analyzer.modelFor(p.textDocument.uri);
  const n = model && (await navigation(analyzer, model, p.position, token, 'rename'));
  if (!model || !n) return null;
  const r = prepareRenameOf(n.target, n.models);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return { range: toRange(model.lines, r.span), placeholder: model.text.slice(r.span.start, r.span.end) };
}

export async function rename(analyzer: Analyzer, p: RenameParams, token: CancellationToken): Promise<WorkspaceEdit | null> {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return null;
  const n = await navigation(analyzer, model, p.position, token, 'rename');
  if (!n) return null;
  const r = renameOf(n.target, p.newName, n.models, n.ctx);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  const byUri = new Map(n.models.map((m) => [m.uri, m]));
  const changes: WorkspaceEdit['changes'] = {};
  for (const [uri, edits] of r.edits) {
    const m = byUri.get(uri);
    if (m) changes[uri] = edits.map((e) => ({ range: toRange(m.lines, e.span), newText: e.newText }));
  }
  return { changes };
}

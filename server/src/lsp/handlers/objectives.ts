/**
 * Workspace symbols (any objective by number or title) and the command that
 * renumbers a draft's objectives in one workspace edit.
 */
import { ResponseError, ErrorCodes, SymbolKind, type CancellationToken, type Connection, type ExecuteCommandParams, type SymbolInformation, type WorkspaceEdit, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { objectiveSymbols, renumberAll, type DocumentModel, type TextEdit } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

export async function workspaceSymbols(analyzer: Analyzer, p: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[]> {
  if (token.isCancellationRequested) return [];
  const models = await analyzer.workspaceModels(token);
  if (!models) return [];
  const byUri = new Map(models.map((m) => [m.uri, m]));
  return objectiveSymbols(models, p.query).map((s) => ({
    name: s.name,
    kind: SymbolKind.Module,
    location: { uri: s.uri, range: toRange((byUri.get(s.uri) as DocumentModel).lines, s.span) },
    containerName: s.container,
  }));
}

export async function renumberObjectives(analyzer: Analyzer, connection: Connection, p: ExecuteCommandParams, canApplyEdit = true): Promise<WorkspaceEdit> {
  const uri = p.arguments?.[0];
  const on = typeof uri === 'string' && (await analyzer.ready(uri));
  const model = typeof uri === 'string' ? analyzer.modelFor(uri) : undefined;
  if (!model) throw new ResponseError(ErrorCodes.InvalidParams, 'Open a document of the draft to renumber its objectives.');
  if (!on) throw new ResponseError(ErrorCodes.InvalidRequest, 'Compact Lint is turned off for this document (the setting compactLint.enable).');
  const models = [model, ...analyzer.draftFor(model)];
  const r = renumberAll(models);
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  const edit = toWorkspaceEdit(models, r.edits);
  if (canApplyEdit && Object.keys(edit.changes ?? {}).length > 0) await connection.workspace.applyEdit({ label: 'Renumber objectives', edit });
  return edit;
}

export function toWorkspaceEdit(models: readonly DocumentModel[], edits: ReadonlyMap<string, readonly TextEdit[]>): WorkspaceEdit {
  const byUri = new Map(models.map((m) => [m.uri, m]));
  const changes: NonNullable<WorkspaceEdit['changes']> = {};
  for (const [uri, list] of edits) {
    const m = byUri.get(uri);
    if (m) changes[uri] = list.map((e) => ({ range: toRange(m.lines, e.span), newText: e.newText }));
  }
  return { changes };
}

/**
 * Quick fixes from the fixes findings carry (no second analysis), plus
 * "fix all" actions: per check and for every safe fix in the document.
 *
 * Editors ask for code actions on every move of the cursor, and a "fix all"
 * of a long draft holds thousands of edits. For a client that can resolve a
 * code action (and keeps its `data`), a "fix all" is sent without its edit,
 * which `resolveCodeAction` computes, from the document as it is then, when
 * the drafter picks it (or saves with `source.fixAll`).
 *
 * A client that takes code actions as commands only (no
 * codeActionLiteralSupport) gets each as a command that the server carries
 * out itself with workspace/applyEdit (see asCommands).
 */
import { CodeActionKind, MessageType, ShowMessageNotification, type CancellationToken, type CodeAction, type CodeActionParams, type Command, type Connection, type ExecuteCommandParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { APPLY_FIX_COMMAND } from '../../protocol';
import { selectEditGroups, type Finding, type LineIndex } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

/** The kind of the action that applies every safe fix: `"editor.codeActionsOnSave": { "source.fixAll.compactLint": "explicit" }` asks for it alone. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.compactLint`;

/** What a "fix all" sent without its edit carries to its resolution: the document, and the check it is for (none: every safe fix). */
interface FixAllData {
  readonly compactLint: 'fixAll';
  readonly uri: string;
  readonly checkId?: string;
}

function isFixAllData(data: unknown): data is FixAllData {
  const d = data as Partial<FixAllData> | null | undefined;
  return typeof d === 'object' && d !== null && d.compactLint === 'fixAll' && typeof d.uri === 'string' && (d.checkId === undefined || typeof d.checkId === 'string');
}

/** `lazy`: the client resolves code actions, so "fix all" actions go without their edits (see the top of this file). */
export function codeActions(analyzer: Analyzer, p: CodeActionParams, token: CancellationToken, lazy = false): CodeAction[] {
  const uri = p.textDocument.uri;
  const model = analyzer.modelFor(uri);
  if (!model || token.isCancellationRequested) return [];
  const findings = analyzer.findingsFor(uri);
  const lines = model.lines;
  const only = p.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const start = lines.offsetAt(p.range.start);
  const end = lines.offsetAt(p.range.end);

  if (wants(CodeActionKind.QuickFix)) {
    const diagnostics = p.context.diagnostics.filter((d) => d.source === 'compact-lint');
    for (const f of findings) {
      if (!f.fixes?.length || f.span.end < start || f.span.start > end) continue;
      const diagnostic = diagnostics.find((d) => d.code === f.checkId && lines.offsetAt(d.range.start) === f.span.start);
      for (const fix of f.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          ...(fix.preferred ? { isPreferred: true } : {}),
          edit: { changes: { [uri]: fix.edits.map((e) => edit(lines, e.span, e.newText)) } },
        });
      }
    }
    for (const [checkId, group] of groupFixable(findings)) {
      if (group.length < 2 || !group.some((f) => f.span.start <= end && f.span.end >= start)) continue;
      const title = `Fix all "${checkId}" problems in this document`;
      actions.push(lazy ? { title, kind: CodeActionKind.QuickFix, data: { compactLint: 'fixAll', uri, checkId } satisfies FixAllData } : fixAll(title, CodeActionKind.QuickFix, uri, lines, group));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const safe = findings.filter(hasSafeFix);
    const title = 'Fix all safe Compact Lint problems';
    if (safe.length) actions.push(lazy ? { title, kind: FIX_ALL_KIND, data: { compactLint: 'fixAll', uri } satisfies FixAllData } : fixAll(title, FIX_ALL_KIND, uri, lines, safe, true));
  }
  return actions;
}

/**
 * The edit of a "fix all" sent without it, from the findings of the
 * document's current version; an action that is not one of those is
 * returned as it is.
 */
export function resolveCodeAction(analyzer: Analyzer, action: CodeAction): CodeAction {
  const data = action.data;
  if (!isFixAllData(data)) return action;
  const model = analyzer.modelFor(data.uri);
  if (!model) return action;
  const findings = analyzer.findingsFor(data.uri);
  const resolved = data.checkId === undefined ? fixAll(action.title, action.kind ?? FIX_ALL_KIND, data.uri, model.lines, findings.filter(hasSafeFix), true) : fixAll(action.title, action.kind ?? CodeActionKind.QuickFix, data.uri, model.lines, groupFixable(findings).get(data.checkId) ?? []);
  return { ...action, edit: resolved.edit };
}

function hasSafeFix(f: Finding): boolean {
  return f.fixes?.some((x) => x.safe) ?? false;
}

/**
 * The fix a "fix all" applies to a finding: its preferred fix, or its only
 * one. Fixes that are alternatives (which of two treaties a short name
 * meant) are for the drafter to choose, one finding at a time.
 */
function chosenFix(f: Finding): NonNullable<Finding['fixes']>[number] | undefined {
  return f.fixes?.find((x) => x.preferred) ?? (f.fixes?.length === 1 ? f.fixes[0] : undefined);
}

function groupFixable(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!chosenFix(f)) continue;
    const g = m.get(f.checkId) ?? [];
    g.push(f);
    m.set(f.checkId, g);
  }
  return m;
}

function fixAll(title: string, kind: string, uri: string, lines: LineIndex, findings: readonly Finding[], safeOnly = false): CodeAction {
  const groups = findings.map((f) => (safeOnly ? f.fixes?.find((x) => x.safe) : chosenFix(f))?.edits ?? []).filter((g) => g.length > 0);
  // Only edits that do not overlap, as applying them in one go requires: those --fix would apply.
  const { edits } = selectEditGroups(groups);
  return { title, kind, edit: { changes: { [uri]: edits.map((e) => edit(lines, e.span, e.newText)) } } };
}

function edit(lines: LineIndex, span: { start: number; end: number }, newText: string): TextEdit {
  return { range: toRange(lines, span), newText };
}

/**
 * The actions as commands, for a client that cannot take code action
 * literals: each carries its edit, applied by the server (applyFix) if the
 * document is still at `version`. A client that cannot apply a workspace edit
 * either gets none.
 */
export function asCommands(actions: readonly CodeAction[], uri: string, version: number, canApplyEdit: boolean): Command[] {
  if (!canApplyEdit) return [];
  return actions.filter((a) => a.edit).map((a) => ({ title: a.title, command: APPLY_FIX_COMMAND, arguments: [uri, version, a.edit] }));
}

/** Carries out a fix sent as a command (see asCommands): applies its edit, unless the document changed since it was offered. */
export async function applyFix(analyzer: Analyzer, connection: Connection, p: ExecuteCommandParams): Promise<boolean> {
  const [uri, version, edit] = p.arguments ?? [];
  if (typeof uri !== 'string' || typeof version !== 'number' || typeof edit !== 'object' || edit === null) return false;
  const doc = analyzer.docs.get(uri);
  if (doc?.version !== version) {
    const message = doc ? 'the document has changed since this fix was offered; ask for the fix again.' : 'the document is no longer open; open it and ask for the fix again.';
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Compact Lint: ${message}` });
    return false;
  }
  const r = await connection.workspace.applyEdit({ label: 'Compact Lint fix', edit: edit as WorkspaceEdit });
  return r.applied;
}

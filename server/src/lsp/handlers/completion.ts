import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { complete, type CompletionKind, type CompletionTrigger } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  goal: CompletionItemKind.EnumMember,
  target: CompletionItemKind.EnumMember,
  indicator: CompletionItemKind.EnumMember,
  instrument: CompletionItemKind.Reference,
  term: CompletionItemKind.Text,
  acronym: CompletionItemKind.Constant,
  objective: CompletionItemKind.Module,
  paragraph: CompletionItemKind.Field,
};

export function completion(analyzer: Analyzer, p: CompletionParams, token: CancellationToken): CompletionList | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return null;
  const kind = p.context?.triggerKind;
  const trigger: CompletionTrigger = kind === CompletionTriggerKind.TriggerCharacter ? 'character' : kind === CompletionTriggerKind.TriggerForIncompleteCompletions ? 'continued' : 'invoked';
  const entries = complete(model, model.lines.offsetAt(p.position), { data: model.data, others: analyzer.draftFor(model) }, trigger);
  const items: CompletionItem[] = entries.map((e) => ({
    label: e.label,
    kind: KIND[e.kind],
    ...(e.detail ? { detail: e.detail } : {}),
    ...(e.documentation ? { documentation: { kind: 'markdown', value: e.documentation } } : {}),
    ...(e.sortText ? { sortText: e.sortText } : {}),
    ...(e.filterText ? { filterText: e.filterText } : {}),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(model.lines, e.replace), newText: e.insertText ?? e.label },
    ...(e.additionalEdits?.length ? { additionalTextEdits: e.additionalEdits.map((x) => ({ range: toRange(model.lines, x.span), newText: x.newText })) } : {}),
  }));
  // A glossary term of several words is typed across spaces: marked incomplete, the list is asked for again as each is typed, and stays open.
  return { isIncomplete: entries.some((e) => e.kind === 'term' && e.label.includes(' ')), items };
}

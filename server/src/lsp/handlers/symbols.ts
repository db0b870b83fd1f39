/** The outline: the heading tree as document symbols. */
import { SymbolKind, type CancellationToken, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { outline, type OutlineNode } from '../../core/index';
import type { LineIndex } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

const KIND: Record<OutlineNode['kind'], SymbolKind> = { section: SymbolKind.Namespace, objective: SymbolKind.Module, paragraph: SymbolKind.Field };

export function documentSymbols(analyzer: Analyzer, p: DocumentSymbolParams, token: CancellationToken): DocumentSymbol[] {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return [];
  return outline(model).map((n) => toSymbol(model.lines, n));
}

function toSymbol(lines: LineIndex, n: OutlineNode): DocumentSymbol {
  return {
    name: n.name || '(untitled)',
    ...(n.detail ? { detail: n.detail } : {}),
    kind: KIND[n.kind],
    range: toRange(lines, n.span),
    selectionRange: toRange(lines, n.selection),
    children: n.children.map((c) => toSymbol(lines, c)),
  };
}

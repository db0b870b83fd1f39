import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { hover } from '../../core/index';
import type { Analyzer } from '../analyzer';
import { toRange } from '../toLsp';

export function hoverHandler(analyzer: Analyzer, p: HoverParams, token: CancellationToken): Hover | null {
  const model = analyzer.modelFor(p.textDocument.uri);
  if (!model || token.isCancellationRequested) return null;
  const h = hover(model, model.lines.offsetAt(p.position), { data: model.data, others: analyzer.draftFor(model) });
  return h ? { contents: { kind: 'markdown', value: h.contents }, range: toRange(model.lines, h.span) } : null;
}

/**
 * The document outline: sections from the heading tree. Objectives and
 * numbered paragraphs are nested in by their own module when present.
 */
import type { Span } from '../text/span';
import type { DocumentModel } from '../model/model';
import { sectionTree, type Section } from '../model/headings';
import { withParts } from '../objectives/outline';
import { plainInline } from '../text/display';

export interface OutlineNode {
  readonly kind: 'section' | 'objective' | 'paragraph';
  readonly name: string;
  readonly detail?: string;
  readonly span: Span;
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

export function outline(model: DocumentModel): OutlineNode[] {
  const toNode = (s: Section): OutlineNode => ({
    kind: 'section',
    // As read: the checks' title masks code and addresses.
    name: plainInline(model.text.slice(s.heading.titleSpan.start, s.heading.titleSpan.end)) || s.heading.title,
    span: s.span,
    selection: s.heading.titleSpan,
    children: s.children.map(toNode),
  });
  return withParts(model, sectionTree(model.facts('headings'), model.text.length).map(toNode));
}

/**
 * Nests the draft's objectives and numbered paragraphs into the outline of
 * sections: a heading that defines an objective becomes an objective node;
 * an objective defined by a line or a list item becomes a node in its
 * section, up to the next objective; each numbered paragraph goes into the
 * innermost section or objective that contains it.
 */
import type { OutlineNode } from '../features/outline';
import type { DocumentModel } from '../model/model';
import type { Span } from '../text/span';
import { docParts } from './index';
import { sentenceShown, titleShown } from './display';

interface Node {
  kind: OutlineNode['kind'];
  name: string;
  detail?: string;
  span: Span;
  selection: Span;
  children: Node[];
}

export function withParts(model: DocumentModel, sections: readonly OutlineNode[]): OutlineNode[] {
  const parts = docParts(model);
  if (parts.objectives.length === 0 && parts.paragraphs.length === 0) return [...sections];
  const copy = (n: OutlineNode): Node => ({ ...n, children: n.children.map(copy) });
  const roots = sections.map(copy);
  const all = flatten(roots);
  const root: Node = { kind: 'section', name: '', span: { start: 0, end: model.text.length }, selection: { start: 0, end: 0 }, children: roots };
  const objectives = parts.objectives;
  objectives.forEach((def, i) => {
    const title = titleShown(def, [model]);
    const name = `Objective ${def.number}${title ? `: ${title}` : ''}`;
    const section = all.find((n) => n.selection.start <= def.numberSpan.start && def.numberSpan.end <= n.selection.end + 1 && n.span.start <= def.line.start);
    if (section) {
      section.kind = 'objective';
      section.name = name;
      return;
    }
    const container = innermost(root, def.line.start);
    const next = objectives[i + 1]?.line.start ?? container.span.end;
    const end = Math.max(def.line.end, Math.min(next, container.span.end));
    insert(container, { kind: 'objective', name, span: { start: def.line.start, end }, selection: def.numberSpan, children: [] });
  });
  for (const p of parts.paragraphs) {
    const sentence = sentenceShown(p, [model]);
    const detail = sentence.length > 80 ? `${sentence.slice(0, 79)}…` : sentence;
    insert(innermost(root, p.numberSpan.start), { kind: 'paragraph', name: String(p.number), detail, span: p.body, selection: p.numberSpan, children: [] });
  }
  return root.children;
}

function flatten(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function innermost(node: Node, offset: number): Node {
  for (const c of node.children) {
    if (c.kind !== 'paragraph' && c.span.start <= offset && offset < c.span.end) return innermost(c, offset);
  }
  return node;
}

function insert(parent: Node, child: Node): void {
  let i = parent.children.length;
  while (i > 0 && (parent.children[i - 1] as Node).span.start > child.span.start) i--;
  parent.children.splice(i, 0, child);
}

/**
 * Headings, and the section tree they imply (for the outline and for checks
 * that need to know which section a span is in).
 */
import type { Block } from '../parse/blocks';
import type { Span } from '../text/span';

export interface Heading {
  readonly span: Span;
  readonly depth: number;
  /** The heading's text with markup removed and whitespace collapsed. */
  readonly title: string;
  /** Where the title text starts and ends in the document. */
  readonly titleSpan: Span;
}

export function extractHeadings(block: Block): Heading[] {
  const out: Heading[] = [];
  for (const run of block.runs) {
    if (run.kind !== 'heading') continue;
    const text = run.text.replace(/\u0000/g, ' ');
    const first = text.search(/[^\s#]/);
    const trimmed = text.slice(0, trimEndIndex(text));
    const lead = first < 0 ? 0 : first;
    const title = trimmed.slice(lead).replace(/\s+/g, ' ').trim();
    out.push({
      span: { start: run.start, end: run.end },
      depth: run.depth,
      title,
      titleSpan: { start: run.start + lead, end: run.start + Math.max(lead, trimmed.length) },
    });
  }
  return out;
}

/** The index after the last character that is neither white space nor "#" (a closing sequence). */
function trimEndIndex(text: string): number {
  let i = text.length;
  while (i > 0 && /[\s#]/.test(text[i - 1] as string)) i--;
  return i;
}

export interface Section {
  readonly heading: Heading;
  /** From the heading to the next heading of the same or a higher level. */
  readonly span: Span;
  readonly children: readonly Section[];
}

/** Builds the section tree from a document's headings. */
export function sectionTree(headings: readonly Heading[], textLength: number): Section[] {
  interface Mutable {
    heading: Heading;
    span: { start: number; end: number };
    children: Mutable[];
  }
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  for (const h of headings) {
    while (stack.length && (stack[stack.length - 1] as Mutable).heading.depth >= h.depth) {
      (stack.pop() as Mutable).span.end = h.span.start;
    }
    const s: Mutable = { heading: h, span: { start: h.span.start, end: textLength }, children: [] };
    (stack.length ? (stack[stack.length - 1] as Mutable).children : roots).push(s);
    stack.push(s);
  }
  return roots;
}

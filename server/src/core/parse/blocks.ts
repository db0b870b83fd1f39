/**
 * The syntax layer: remark's tree, reduced to what the checks need and nothing
 * more, one `Block` per top-level Markdown block. The tree itself is dropped
 * after this step (it is large and no check reads it), so a 1 MB draft costs
 * kilobytes of runs, not megabytes of nodes.
 *
 * Prose is kept as `Run`s: the source text of a paragraph or heading in which
 * every character that is not prose is masked, so that a run has exactly the
 * length of its source and a match at run index i is at document offset
 * run.start + i. Markup (`*`, `[`, `](…)`, container prefixes such as `> `,
 * escapes and entities) becomes a space; excluded content (inline code, inline
 * HTML, link and image destinations, image alt text, bare URLs) becomes
 * EXCLUDED, a character no pattern matches, so nothing is found inside it or
 * across it.
 */
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';

export const EXCLUDED = '\u0000';

export type RunKind = 'paragraph' | 'heading';

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: RunKind;
  /** Heading depth 1–6; 0 for paragraphs. */
  readonly depth: number;
  /** Inside a block quote. */
  readonly quoted: boolean;
  /** Index in the block's `listItems` of the innermost enclosing list item, or -1. */
  readonly listItem: number;
}

export interface ListItem {
  readonly start: number;
  readonly end: number;
  /** The number written in the source for an ordered item ("16." → 16), else null. */
  readonly number: number | null;
  /** Nesting level: 0 for an item of a top-level list. */
  readonly level: number;
}

export interface Comment {
  readonly start: number;
  readonly end: number;
  /** The comment's inner text, trimmed. */
  readonly body: string;
}

export interface Block {
  readonly start: number;
  readonly end: number;
  /** The mdast type of the top-level node. */
  readonly type: string;
  readonly runs: readonly Run[];
  readonly listItems: readonly ListItem[];
  readonly comments: readonly Comment[];
  /** Holds a link reference definition, which changes how links anywhere in the document parse. */
  readonly definitions: boolean;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()\u0000]*[^\s<>()\u0000.,;:!?'"’”]/g;

/** Builds blocks from the top-level nodes of a tree parsed from `source.slice(base)`. */
export function toBlocks(nodes: readonly RootContent[], source: string, base: number): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    const b = new BlockBuilder(source, base);
    b.visit(node, 0, false, -1);
    blocks.push({ start: base + s, end: base + e, type: node.type, runs: b.runs, listItems: b.listItems, comments: b.comments, definitions: b.definitions });
  }
  return blocks;
}

class BlockBuilder {
  readonly runs: Run[] = [];
  readonly listItems: ListItem[] = [];
  readonly comments: Comment[] = [];
  definitions = false;
  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  visit(node: Nodes, level: number, quoted: boolean, listItem: number): void {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const start = this.base + pos.start.offset;
    const end = this.base + pos.end.offset;
    switch (node.type) {
      case 'paragraph':
        this.runs.push(this.run(node, start, end, 'paragraph', 0, quoted, listItem));
        return;
      case 'heading':
        this.runs.push(this.run(node, start, end, 'heading', node.depth, quoted, listItem));
        return;
      case 'html':
        this.comment(node.value, start, end);
        return;
      case 'blockquote':
        for (const c of node.children) this.visit(c, level, true, listItem);
        return;
      case 'list':
        for (const c of node.children) this.visit(c, level, quoted, listItem);
        return;
      case 'listItem': {
        const m = /^(\d{1,9})[.)]/.exec(this.source.slice(start, start + 12));
        this.listItems.push({ start, end, number: m ? Number(m[1]) : null, level });
        const index = this.listItems.length - 1;
        for (const c of node.children) this.visit(c, level + 1, quoted, index);
        return;
      }
      case 'definition':
        this.definitions = true;
        return;
      default:
        // code, thematic breaks: never prose.
        return;
    }
  }

  private comment(value: string, start: number, end: number): void {
    const m = /^<!--([\s\S]*?)-->/.exec(value);
    if (m) this.comments.push({ start, end: start + m[0].length, body: (m[1] ?? '').trim() });
    void end;
  }

  private run(node: Parents, start: number, end: number, kind: RunKind, depth: number, quoted: boolean, listItem: number): Run {
    const out = new Array<string>(end - start);
    const src = this.source;
    for (let i = start; i < end; i++) {
      const c = src[i] as string;
      out[i - start] = c === '\n' || c === '\r' ? c : ' ';
    }
    this.phrasing(node.children as PhrasingContent[], out, start);
    let text = out.join('');
    if (text.includes('://') || text.includes('www.')) {
      text = text.replace(URL_PATTERN, (m) => EXCLUDED.repeat(m.length));
    }
    return { start, end, text, kind, depth, quoted, listItem };
  }

  private phrasing(children: readonly PhrasingContent[], out: string[], runStart: number): void {
    for (const child of children) {
      const p = child.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) continue;
      const s = this.base + p.start.offset;
      const e = this.base + p.end.offset;
      switch (child.type) {
        case 'text':
          this.align(child.value, s, e, out, runStart);
          break;
        case 'inlineCode':
        case 'html':
        case 'image':
        case 'imageReference':
          if (child.type === 'html') this.comment(child.value, s, e);
          for (let i = s; i < e; i++) {
            const c = this.source[i];
            out[i - runStart] = c === '\n' || c === '\r' ? c : EXCLUDED;
          }
          break;
        case 'link':
        case 'linkReference':
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.phrasing(child.children as PhrasingContent[], out, runStart);
          break;
        default:
          break;
      }
    }
  }

  /**
   * Copies the source characters of a text node that belong to its value.
   * Where the two differ (container prefixes on continuation lines, escapes,
   * character references) the extra source characters stay masked.
   */
  private align(value: string, s: number, e: number, out: string[], runStart: number): void {
    const src = this.source;
    if (e - s === value.length && src.startsWith(value, s)) {
      for (let i = s; i < e; i++) out[i - runStart] = src[i] as string;
      return;
    }
    let j = 0;
    for (let i = s; i < e && j <= value.length; i++) {
      const c = src[i] as string;
      if (c === '&') {
        const ref = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(src.slice(i, i + 40));
        if (ref) {
          i += ref[0].length - 1;
          j++;
          continue;
        }
      }
      if (c === value[j]) {
        out[i - runStart] = c;
        j++;
      }
    }
  }
}

/**
 * The syntax layer: remark's tree, reduced to what the checks need and nothing
 * more, one `Block` per top-level Markdown block, and one per item of a
 * top-level list (see toBlocks). The tree itself is dropped
 * after this step (it is large and no check reads it), so a 1 MB draft costs
 * kilobytes of runs, not megabytes of nodes.
 *
 * Prose is kept as `Run`s: the source text of a paragraph or heading in which
 * every character that is not prose is masked, so that a run has exactly the
 * length of its source and a match at run index i is at document offset
 * run.start + i. Markup (`*`, `[`, `](…)`, container prefixes such as `> `,
 * escapes and entities) becomes a space; excluded content (inline code, inline
 * HTML, link and image destinations, image alt text, the text of a link
 * that is its own reference label, bare URLs, e-mail addresses, paths, file
 * names and identifiers with underscores, text struck through with "~~", the
 * cells of a comments matrix that quote the text commented on, see tables.ts) becomes
 * EXCLUDED, a character no pattern matches, so nothing is found inside it or
 * across it.
 */
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import { blankOut } from './preprocess';
import { commentedTextCells } from './tables';

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
  /**
   * In a comments matrix, the cells that quote the text commented on, which
   * `text` masks: the same offsets, everything else masked. Read for the
   * acronyms that text defines, which a reader of the matrix sees defined.
   */
  readonly commentedText?: string;
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
  /** The mdast type of the top-level node; "list" for an item of a top-level list. */
  readonly type: string;
  readonly runs: readonly Run[];
  readonly listItems: readonly ListItem[];
  readonly comments: readonly Comment[];
  /** Holds a link reference definition, which changes how links anywhere in the document parse. */
  readonly definitions: boolean;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()\u0000]*[^\s<>()\u0000.,;:!?'"’”]/g;
/**
 * Addresses written without a scheme, which keep their own spelling as URLs
 * do: e-mail addresses ("labor.office@center.org", "mailto:…"), a domain
 * with a path ("ilo.org/labor-center") and a path to a file
 * ("docs/labor/center.md"). A slash alone ("and/or", "labor/employment") is
 * prose. Each alternative starts only where a word does, so that a long run
 * of word characters, dots or slashes is tried once, not from each of its
 * characters.
 */
const ADDRESS_PATTERN =
  /\bmailto:[^\s<>()\u0000]*[^\s<>()\u0000.,;:!?'"’”]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])(?:[\w-]+\.)+[A-Za-z]{2,}\/[^\s<>()\u0000]*[^\s<>()\u0000.,;:!?'"’”]|(?<![\w./-])(?:[\w.-]+\/)+[\w.-]*\.(?:md|markdown|pdf|docx?|xlsx?|pptx?|odt|html?|txt|csv|json)\b/g;

/**
 * Names that keep their own spelling but hold no slash or @: a file name
 * ("organisation-chart.pdf") and an identifier joined by underscores
 * ("annex_labor_center_2020"). Each alternative starts only where a word
 * does. (Footnote labels stay in the text, where quotations keep them; the
 * spelling check leaves them alone.)
 */
const NAME_PATTERN = /(?<![\w./-])[\w.-]*\w\.(?:md|markdown|pdf|docx?|xlsx?|pptx?|odt|html?|txt|csv|json)\b|\b[A-Za-z0-9]+(?:_[A-Za-z0-9.-]*)+/g;
/**
 * Text struck through, "~~labor~~": GFM's deletion, which remark-parse (plain
 * CommonMark) leaves as text. It is what a comments matrix or a revised draft
 * proposes to delete, not the draft's wording: nothing in it is checked, and
 * no fix rewrites it. From "~~" to the next "~~", with no space just inside
 * either, within a table's cell.
 */
const STRUCK = /~~(?=[^\s~|])[^~|]*?[^\s~|]~~|~~[^\s~|]~~/g;
const NAME_HINT = /_|\.(?:md|markdown|pdf|docx?|xlsx?|pptx?|odt|html?|txt|csv|json)\b/;

/**
 * Builds blocks from the top-level nodes of a tree parsed from `source`, whose
 * first character is at document offset `base`. Each item of a top-level list
 * is a block of its own (of type "list"): a draft of numbered paragraphs is
 * often one list from its first paragraph to its last, and an edit in it then
 * re-parses the items around the edit, not the whole list (see
 * model/incremental.ts). Nothing a block holds depends on the other items:
 * an item's number is the one written in the source.
 */
export function toBlocks(nodes: readonly RootContent[], source: string, base: number): Block[] {
  const blocks: Block[] = [];
  const add = (node: Nodes, type: string): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    const b = new BlockBuilder(source, base);
    b.visit(node);
    blocks.push({ start: base + s, end: base + e, type, runs: b.runs, listItems: b.listItems, comments: b.comments, definitions: b.definitions });
  };
  for (const node of nodes) {
    if (node.type === 'list' && node.position) for (const item of node.children) add(item, 'list');
    else add(node, node.type);
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

  /** The source between two document offsets. */
  private slice(from: number, to: number): string {
    return this.source.slice(from - this.base, to - this.base);
  }

  /**
   * Walks a top-level node. Iterative, with an explicit stack: input can nest
   * block quotes or lists thousands deep, which must not exhaust the call stack.
   */
  visit(root: Nodes): void {
    const stack: { node: Nodes; level: number; quoted: boolean; listItem: number }[] = [{ node: root, level: 0, quoted: false, listItem: -1 }];
    while (stack.length) {
      const { node, level, quoted, listItem } = stack.pop() as (typeof stack)[number];
      const pos = node.position;
      if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
      const start = this.base + pos.start.offset;
      const end = this.base + pos.end.offset;
      const push = (children: readonly Nodes[], lvl: number, q: boolean, li: number): void => {
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, level: lvl, quoted: q, listItem: li });
      };
      switch (node.type) {
        case 'paragraph':
          this.runs.push(this.run(node, start, end, 'paragraph', 0, quoted, listItem));
          break;
        case 'heading':
          this.runs.push(this.run(node, start, end, 'heading', node.depth, quoted, listItem));
          break;
        case 'html':
          this.comment(node.value, start);
          break;
        case 'blockquote':
          push(node.children, level, true, listItem);
          break;
        case 'list':
          push(node.children, level, quoted, listItem);
          break;
        case 'listItem': {
          const m = /^(\d{1,9})[.)]/.exec(this.slice(start, start + 12));
          this.listItems.push({ start, end, number: m ? Number(m[1]) : null, level });
          push(node.children, level + 1, quoted, this.listItems.length - 1);
          break;
        }
        case 'definition':
          this.definitions = true;
          break;
        default:
          // code, thematic breaks: never prose.
          break;
      }
    }
  }

  private comment(value: string, start: number): void {
    const m = /^<!--([\s\S]*?)-->/.exec(value);
    if (m) this.comments.push({ start, end: start + m[0].length, body: detach((m[1] ?? '').trim()) });
  }

  private run(node: Parents, start: number, end: number, kind: RunKind, depth: number, quoted: boolean, listItem: number): Run {
    const parts: string[] = [];
    let at = start;
    // Pieces arrive in document order; the source between them is markup, masked as spaces.
    const put = (s: number, e: number, piece: (from: number, to: number) => string): void => {
      const from = Math.max(s, at);
      const to = Math.min(e, end);
      if (to <= from) return;
      if (from > at) parts.push(blankOut(this.slice(at, from)));
      parts.push(piece(from, to));
      at = to;
    };
    this.phrasing(node.children as PhrasingContent[], put);
    if (end > at) parts.push(blankOut(this.slice(at, end)));
    // One piece is a substring of the source; several are joined into a string of their own.
    let text = parts.length === 1 ? detach(parts[0] as string) : parts.join('');
    if (text.includes('://') || text.includes('www.')) {
      text = text.replace(URL_PATTERN, (m) => EXCLUDED.repeat(m.length));
    }
    if (text.includes('@') || text.includes('/')) {
      text = text.replace(ADDRESS_PATTERN, (m) => EXCLUDED.repeat(m.length));
    }
    if (NAME_HINT.test(text)) text = text.replace(NAME_PATTERN, (m) => EXCLUDED.repeat(m.length));
    // Read in the source, where the markup of struck text ("~~*labor*~~") is still there to read past; masked in the text.
    const source = this.slice(start, end);
    const same = source.length === text.length;
    const struck: [number, number][] = same && source.includes('~~') ? [...source.matchAll(STRUCK)].map((m) => [m.index, m.index + m[0].length]) : [];
    // A comments matrix's column of the text commented on quotes that text: not this document's wording, never rewritten by a fix.
    // Its cells are read in the source, where an escaped pipe ("\\|") is still one.
    const commented = commentedTextCells(text, same ? source : text);
    if (!struck.length && !commented.length) return { start, end, text, kind, depth, quoted, listItem };
    const commentedText = commented.length ? masked(kept(text, commented), struck) : undefined;
    text = masked(text, [...struck, ...commented]);
    return { start, end, text, kind, depth, quoted, listItem, ...(commentedText ? { commentedText } : {}) };
  }

  /** Masks a paragraph's inline content, piece by piece; iterative for deeply nested emphasis and links. */
  private phrasing(children: readonly PhrasingContent[], put: (s: number, e: number, piece: (from: number, to: number) => string) => void): void {
    const stack: PhrasingContent[] = [...children].reverse();
    while (stack.length) {
      const child = stack.pop() as PhrasingContent;
      const p = child.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) continue;
      const s = this.base + p.start.offset;
      const e = this.base + p.end.offset;
      switch (child.type) {
        case 'text':
          put(s, e, (from, to) => this.align(child.value, s, e, from, to));
          break;
        case 'inlineCode':
        case 'html':
        case 'image':
        case 'imageReference':
          if (child.type === 'html') this.comment(child.value, s);
          put(s, e, (from, to) => blankOut(this.slice(from, to), EXCLUDED));
          break;
        case 'link':
        case 'linkReference':
        case 'emphasis':
        case 'strong':
          // "[labor]" with a definition "[labor]: …" is its own label: a fix there would break the link.
          if (child.type === 'linkReference' && child.referenceType !== 'full') {
            put(s, e, (from, to) => blankOut(this.slice(from, to), EXCLUDED));
            break;
          }
          for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as PhrasingContent);
          break;
        default:
          break;
      }
    }
  }

  /**
   * The source characters [from, to) of a text node spanning [s, e), keeping
   * those that belong to its value. Where the two differ (container prefixes
   * on continuation lines, escapes, character references) the extra source
   * characters stay masked.
   */
  private align(value: string, s: number, e: number, from: number, to: number): string {
    const src = this.source;
    const o = this.base;
    if (e - s === value.length && src.startsWith(value, s - o)) return this.slice(from, to);
    // Characters of the value are copied in runs of consecutive source characters; the rest of [from, to) is masked.
    const parts: string[] = [];
    let at = from;
    let runStart = -1;
    let runEnd = -1;
    const flush = (): void => {
      const a = Math.max(runStart, from);
      const b = Math.min(runEnd, to);
      if (runStart >= 0 && b > a) {
        if (a > at) parts.push(blankOut(this.slice(at, a)));
        parts.push(this.slice(a, b));
        at = b;
      }
      runStart = -1;
    };
    let j = 0;
    for (let i = s; i < e && j <= value.length; i++) {
      const c = src.charCodeAt(i - o);
      if (c === 38 /* & */) {
        const ref = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(src.slice(i - o, i - o + 40));
        if (ref) {
          i += ref[0].length - 1;
          j++;
          continue;
        }
      }
      if (c === value.charCodeAt(j)) {
        if (runStart >= 0 && i === runEnd) runEnd++;
        else {
          flush();
          runStart = i;
          runEnd = i + 1;
        }
        j++;
      }
    }
    flush();
    if (to > at) parts.push(blankOut(this.slice(at, to)));
    return parts.join('');
  }
}

/**
 * A copy of `s` that does not keep the string it was cut from alive. A block
 * outlives its document's version (incremental analysis reuses it), and a
 * substring can hold the whole text of the version it came from; joining two
 * pieces makes a string of its own.
 */
function detach(s: string): string {
  return s.length < 2 ? s : [s.slice(0, 1), s.slice(1)].join('');
}

/** `text` with everything but the ranges replaced by EXCLUDED. */
function kept(text: string, ranges: readonly (readonly [number, number])[]): string {
  const outside: [number, number][] = [];
  let at = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > at) outside.push([at, from]);
    at = Math.max(at, to);
  }
  if (at < text.length) outside.push([at, text.length]);
  return masked(text, outside);
}

/** `text` with each of the ranges replaced by EXCLUDED, in one pass whatever their number. */
function masked(text: string, ranges: readonly (readonly [number, number])[]): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of sorted) {
    if (to <= at) continue;
    const s = Math.max(from, at);
    parts.push(text.slice(at, s), EXCLUDED.repeat(to - s));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

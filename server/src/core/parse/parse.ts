/**
 * The one place that calls remark. Everything else works on blocks.
 *
 * Long texts are parsed in chunks of about CHUNK characters, so that remark's
 * tree (many times the size of its text) never exists for a whole 1 MB draft
 * at once. A chunk ends only where a fresh parse must begin in the same state
 * as a whole-document parse: before an unindented line that starts with a
 * letter and follows a blank line. Such a line cannot continue a list, a block
 * quote, an indented code block or a paragraph, and cannot underline a setext
 * heading; the two constructs that can still run across it, an unclosed code
 * fence and a multi-line HTML block (at the top level or inside a list item or
 * a quote), are detected (the chunk's last block runs to its end) and the
 * chunk is extended. Link reference definitions apply document-wide, so a
 * text that has one is parsed whole.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { toBlocks, type Block } from './blocks';

const processor = unified().use(remarkParse);

/**
 * remark's time per character grows with the length of what it parses: on
 * this size of chunk a long text parses about a fifth faster than whole (see
 * docs/benchmarks.md), and the tree of a chunk stays small.
 */
export const CHUNK = 8 * 1024;

function parseOnce(text: string, from: number, to: number, base: number): Block[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tree = processor.parse(slice) as Root;
  return toBlocks(tree.children, slice, base + from);
}

/** The first safe chunk boundary at or after `at`, or `to` if there is none before it. */
function boundaryAfter(text: string, at: number, to: number): number {
  const re = /\n[ \t]*\r?\n(?=[A-Za-z])/g;
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m.index + m[0].length < to ? m.index + m[0].length : to;
}

/**
 * Whether a chunk's last block may continue past the chunk's end (`end` in
 * `text`, which starts at document offset `base`). A chunk ends after a blank
 * line; a block closed before it leaves that line break and the blank line
 * after it. One that reaches into them was still open at the end of the chunk
 * (an unclosed fence or HTML block, also inside a list item or a quote): its
 * extent depends on what follows.
 */
function runsToEnd(blocks: readonly Block[], text: string, end: number, base: number): boolean {
  const last = blocks[blocks.length - 1];
  if (!last) return false;
  let breaks = 0;
  for (let i = last.end - base; i < end && breaks < 2; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks < 2;
}

/**
 * Parses `text.slice(from, to)` as a Markdown document and returns its
 * top-level blocks with offsets into the document, in which `text` starts at
 * offset `base`. `text` must already be prepared (see preprocess.ts).
 */
export function parseBlocks(text: string, from = 0, to = text.length, chunk = CHUNK, base = 0): Block[] {
  if (to - from <= chunk * 1.5) return parseOnce(text, from, to, base);
  const out: Block[] = [];
  let start = from;
  while (start < to) {
    let end = boundaryAfter(text, Math.min(to, start + chunk), to);
    let blocks = parseOnce(text, start, end, base);
    // Each retry doubles the chunk, so a code block left open over the whole text costs a few parses of it, not one per chunk.
    while (end < to && runsToEnd(blocks, text, end, base)) {
      end = boundaryAfter(text, Math.min(to, end + Math.max(chunk, end - start)), to);
      blocks = parseOnce(text, start, end, base);
    }
    if (blocks.some((b) => b.definitions)) return parseOnce(text, from, to, base);
    out.push(...blocks);
    start = end;
  }
  return out;
}

/**
 * The one place that calls remark. Everything else works on blocks.
 *
 * Long texts are parsed in chunks of about CHUNK characters, so that remark's
 * tree (many times the size of its text) never exists for a whole 1 MB draft
 * at once. A chunk ends only where a fresh parse must begin in the same state
 * as a whole-document parse: before an unindented line that starts with a
 * letter, a # (a heading) or an item number ("12. ") and follows a blank
 * line. Such a line cannot continue a list item's content, a block quote, an
 * indented code block or a paragraph, and cannot underline a setext heading
 * (an item number starts an item of the list before it, or a new list: each
 * item of a top-level list is a block of its own, see toBlocks). What can
 * still run across it, an unclosed code fence and a multi-line HTML block (at
 * the top level or inside a list item or a quote), is detected (the chunk's
 * last block runs to its end) and the chunk is extended; so is a chunk that
 * ends on indented code before an item number (see indentedCode). Link reference definitions apply document-wide, so a
 * text that has one is parsed whole.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { toBlocks, type Block } from './blocks';
import { pack, unpack, type PackedTree } from './packed';

const processor = unified().use(remarkParse);

/**
 * remark's time per character grows with the length of what it parses: on
 * this size of chunk a long text parses about a fifth faster than whole (see
 * docs/benchmarks.md), and the tree of a chunk stays small.
 */
export const CHUNK = 8 * 1024;

/** A chunk's syntax, as blocks or as a packed tree, with what the chunking needs to know of it. */
interface ChunkParse<T> {
  readonly value: T;
  /** Document offset where the chunk's last block ends, or undefined if it has none. */
  readonly lastEnd: number | undefined;
  /** Whether the chunk's last block is indented code (see indentedCode). */
  readonly lastIndentedCode: boolean;
  readonly definitions: boolean;
}

type ParseChunk<T> = (text: string, from: number, to: number, base: number) => ChunkParse<T>;

/** The text of a chunk: the whole text itself when the chunk is all of it. */
function chunkText(text: string, from: number, to: number): string {
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

function treeOf(text: string, from: number, to: number): { slice: string; tree: Root } {
  const slice = chunkText(text, from, to);
  return { slice, tree: processor.parse(slice) as Root };
}

const blocksOnce: ParseChunk<Block[]> = (text, from, to, base) => {
  const { slice, tree } = treeOf(text, from, to);
  const blocks = toBlocks(tree.children, slice, base + from);
  const last = blocks[blocks.length - 1];
  return { value: blocks, lastEnd: last?.end, lastIndentedCode: !!last && indentedCode(last.type, text, last.start - base), definitions: blocks.some((b) => b.definitions) };
};

/** A chunk of a prepared text, parsed and packed (see packed.ts): `text.slice(from, to)` starts at document offset `base + from`. */
export interface PackedChunk {
  readonly from: number;
  readonly to: number;
  readonly base: number;
  readonly tree: PackedTree;
}

const packedOnce: ParseChunk<PackedChunk> = (text, from, to, base) => {
  const tree = pack(treeOf(text, from, to).tree.children);
  return {
    value: { from, to, base, tree },
    lastEnd: tree.lastEnd < 0 ? undefined : base + from + tree.lastEnd,
    lastIndentedCode: tree.lastStart >= 0 && indentedCode(tree.lastType, text, from + tree.lastStart),
    definitions: tree.definitions,
  };
};

/**
 * The first safe chunk boundary at or after `at`, or `to` if there is none
 * before it. Headings count: a draft of sections of numbered paragraphs has
 * no other line that can start a chunk, and remark's time on such a text
 * grows with the square of its length (a 1 MB draft took 8 s whole, about
 * 1 s in chunks; see docs/benchmarks.md). So does an unindented numbered
 * item ("12. We commit…") after a blank line: it starts an item of the list
 * before it, or a new list, and toBlocks makes each item of a top-level list
 * a block, so the blocks are the same whether the list is parsed whole or cut
 * there. A block quote or a table at the start of a line after a blank
 * line starts a block of its own too (remark's time on a text of many
 * quotations, one per paragraph, also grows with the square of its length).
 */
function boundaryAfter(text: string, at: number, to: number): number {
  const re = /\n[ \t]*\r?\n(?=[A-Za-z#>|]|\d{1,9}[.)][ \t])/g;
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
function runsToEnd(lastEnd: number | undefined, text: string, end: number, base: number): boolean {
  if (lastEnd === undefined) return false;
  let breaks = 0;
  for (let i = lastEnd - base; i < end && breaks < 2; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks < 2;
}

/**
 * remark reads "    code", a blank line and "12. item" as indented code and
 * a paragraph (an item numbered other than 1 after indented code does not
 * start a list), which a chunk starting at the item would read as a list: a
 * chunk that ends on indented code before an item number, or before a block
 * quote (the same holds inside it: "> 12. item"), is extended.
 * Whether a block of type `type` starting at `at` in `text` is indented code
 * (fenced code starts with its fence):
 */
function indentedCode(type: string, text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return type === 'code' && (c === 32 || c === 9);
}

/** Whether the line at `at` reads otherwise after indented code (see indentedCode): it starts with an item number, or with a block quote whose first line may hold one ("> 12. …"). */
function readsAfterIndentedCode(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || c === 62;
}

/**
 * Parses `text.slice(from, to)` as a Markdown document and returns its
 * top-level blocks with offsets into the document, in which `text` starts at
 * offset `base`. `text` must already be prepared (see preprocess.ts).
 */
export function parseBlocks(text: string, from = 0, to = text.length, chunk = CHUNK, base = 0): Block[] {
  return finish(parseSteps(text, from, to, chunk, base));
}

/**
 * parseBlocks in steps: the generator pauses after each chunk and returns the
 * blocks, so that a caller with other work to do (the language server reading
 * the workspace's files) can run it between chunks.
 */
export function* parseSteps(text: string, from = 0, to = text.length, chunk = CHUNK, base = 0): Generator<void, Block[]> {
  return (yield* chunked(text, from, to, chunk, base, blocksOnce)).flat();
}

/** Runs a generator of steps to its end and returns its result. */
export function finish<R>(steps: Generator<void, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * What parseBlocks parses, in the same chunks, packed for another thread;
 * `blocksOfPacked` turns them into the blocks parseBlocks returns.
 */
export function parsePacked(text: string, chunk = CHUNK): PackedChunk[] {
  return finish(chunked(text, 0, text.length, chunk, 0, packedOnce));
}

/** The blocks of packed chunks of `text` (the prepared text they were parsed from). */
export function blocksOfPacked(text: string, chunks: readonly PackedChunk[]): Block[] {
  return chunks.flatMap((c) => toBlocks(unpack(c.tree), chunkText(text, c.from, c.to), c.base + c.from));
}

/** The chunks of `text.slice(from, to)`, parsed; pauses after each parse. */
function* chunked<T>(text: string, from: number, to: number, chunk: number, base: number, parse: ParseChunk<T>): Generator<void, T[]> {
  if (to - from <= chunk * 1.5) return [parse(text, from, to, base).value];
  const out: T[] = [];
  let start = from;
  while (start < to) {
    let end = boundaryAfter(text, Math.min(to, start + chunk), to);
    let parsed = parse(text, start, end, base);
    yield;
    // Each retry doubles the chunk, so a code block left open over the whole text costs a few parses of it, not one per chunk.
    while (end < to && (runsToEnd(parsed.lastEnd, text, end, base) || (parsed.lastIndentedCode && readsAfterIndentedCode(text, end)))) {
      end = boundaryAfter(text, Math.min(to, end + Math.max(chunk, end - start)), to);
      parsed = parse(text, start, end, base);
      yield;
    }
    if (parsed.definitions) return [parse(text, from, to, base).value];
    out.push(parsed.value);
    start = end;
  }
  return out;
}

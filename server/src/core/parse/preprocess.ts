/**
 * Prepares raw document text for remark without changing its length, so that
 * every offset remark reports is an offset into the original text:
 * - a leading byte-order mark becomes a space (remark would not count it);
 * - YAML or TOML front matter becomes blank lines (it is never checked);
 * - constructs on which remark's parser is super-linear are neutralized, so
 *   that no input can stall the editor: a paragraph with more than
 *   MAX_DELIMITERS emphasis or link brackets (`*`, `_`, `[`, `]`), or with
 *   backtick strings that open no code span and would each be scanned to the
 *   paragraph's end (see codeSpanScan), has them and its backticks blanked
 *   (its words are still checked), and a line that opens more than
 *   MAX_NESTING lists or block quotes has the deeper markers blanked (its
 *   words are still checked), and a line indented beyond MAX_INDENT columns,
 *   as lists that each line nests one level deeper are, has its indentation
 *   blanked (read as text). Ordinary drafts never come near these limits.
 */
import type { Span } from '../text/span';

/** What preparing a text changed, from which any part of the prepared text can be made again (see preparedSlice). */
export interface Guards {
  /** End of the front matter (0 if none). */
  readonly frontMatterEnd: number;
  /** Chunks whose delimiters the guards blanked… */
  readonly delimiters: readonly Span[];
  /** …and the markers they blanked of containers nested too deep. */
  readonly nesting: readonly NestingSpan[];
}

/**
 * The markers of the containers a line opens beyond MAX_NESTING. Blanked with
 * spaces, the words after them would be indented as code: where words follow,
 * they are blanked with no-break spaces instead, which Markdown does not count
 * as indentation, so that the words are read as a paragraph and checked. A
 * line with nothing after its markers stays blank.
 */
export interface NestingSpan extends Span {
  readonly words: boolean;
}

export interface Prepared extends Guards {
  readonly text: string;
}

export const MAX_DELIMITERS = 400;
/**
 * Characters the parser may scan for the closing backticks of code spans
 * that never close, in one chunk (see codeSpanScan): about 35 ms of its time.
 */
export const MAX_CODE_SPAN_SCAN = 2_000_000;
export const MAX_NESTING = 16;
/** Columns of indentation: 32 levels of lists indented by two spaces each. */
export const MAX_INDENT = 64;

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;

export function prepare(text: string): Prepared {
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) out = ' ' + out.slice(1);
  let frontMatterEnd = 0;
  const m = FRONT_MATTER.exec(out);
  if (m) {
    frontMatterEnd = m[0].length;
    out = blankOut(out.slice(0, frontMatterEnd)) + out.slice(frontMatterEnd);
  }
  const delimiters: Span[] = [];
  const nesting: NestingSpan[] = [];
  out = guardDelimiters(out, delimiters);
  out = guardNesting(out, nesting);
  return { text: out, frontMatterEnd, delimiters, nesting };
}

/** Every region whose markup the guards blanked, in order. */
export function neutralized(guards: Guards): Span[] {
  return guards.nesting.length === 0 ? [...guards.delimiters] : [...guards.delimiters, ...guards.nesting].sort((x, y) => x.start - y.start);
}

/**
 * `prepare(text).text.slice(from, to)`, made from the text and what preparing
 * it changed: the incremental path re-parses a window of a long text without
 * keeping a prepared copy of all of it. A property test asserts the equality.
 */
export function preparedSlice(text: string, guards: Guards, from: number, to: number): string {
  let out = text.slice(from, to);
  if (from === 0 && out.charCodeAt(0) === 0xfeff) out = ' ' + out.slice(1);
  const clip = <S extends Span>(spans: readonly S[]): S[] => spans.filter((s) => s.end > from && s.start < to).map((s) => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
  const frontMatter = clip(guards.frontMatterEnd > 0 ? [{ start: 0, end: guards.frontMatterEnd }] : []);
  if (frontMatter.length) out = replaceIn(out, frontMatter, (s) => blankOut(s));
  const delimiters = clip(guards.delimiters);
  if (delimiters.length) out = replaceIn(out, delimiters, blankDelimiters);
  const nesting = clip(guards.nesting);
  if (nesting.length) out = replaceIn(out, nesting, blankMarkers);
  return out;
}

/** How far from an edit `prepareAfterEdit` looks for the blank lines around it before preparing the whole text instead. */
const MAX_SEARCH = 64 * 1024;

/**
 * What `prepare(text)` changes, for a text in which [start, oldEnd) of the
 * previous version became [start, end), given what it changed in the previous
 * version. The guards decide by blank-line-separated chunk and by line, so
 * only the chunks around the edit are scanned again; what the guards found
 * outside them is kept, moved by the edit's length difference. An edit that
 * could change the front matter or the byte-order mark, or with no blank line
 * near it, prepares the whole text. A property test asserts the result equals
 * `prepare(text)`.
 */
export function prepareAfterEdit(previous: Guards, text: string, start: number, oldEnd: number, end: number): Guards {
  const first = text.charCodeAt(0);
  // Without front matter before, an edit may complete an opening fence's closing one.
  if (previous.frontMatterEnd === 0 && (first === 45 /* - */ || first === 43 /* + */)) return guardsOf(prepare(text));
  // The first character (a byte-order mark or not) is as before unless edited.
  if (start === 0) return guardsOf(prepare(text));
  const from = blankLineBefore(text, start);
  const to = blankLineAfter(text, end);
  if (from < previous.frontMatterEnd || to < 0) return guardsOf(prepare(text));
  const delta = end - oldEnd;
  const windowDelimiters: Span[] = [];
  const windowNesting: NestingSpan[] = [];
  guardNesting(guardDelimiters(text.slice(from + 1, to), windowDelimiters), windowNesting);
  const splice = <S extends Span>(old: readonly S[], fresh: readonly S[]): S[] => {
    if (old.length === 0 && fresh.length === 0) return [];
    const out = old.filter((s) => s.end <= from);
    for (const s of fresh) out.push({ ...s, start: s.start + from + 1, end: s.end + from + 1 });
    for (const s of old) if (s.start >= to - delta) out.push({ ...s, start: s.start + delta, end: s.end + delta });
    return out;
  };
  const delimiters = splice(previous.delimiters, windowDelimiters);
  const nesting = splice(previous.nesting, windowNesting);
  return { frontMatterEnd: previous.frontMatterEnd, delimiters, nesting };
}

export function guardsOf(p: Prepared): Guards {
  return { frontMatterEnd: p.frontMatterEnd, delimiters: p.delimiters, nesting: p.nesting };
}

/**
 * The line break ending the last blank line (spaces, tabs, carriage returns
 * only) that lies wholly before `start`: a chunk boundary of both versions.
 * -1 if there is none near enough.
 */
function blankLineBefore(text: string, start: number): number {
  if (start <= 0) return -1;
  let nl = text.lastIndexOf('\n', start - 1);
  while (nl >= 0 && start - nl < MAX_SEARCH) {
    const prev = text.lastIndexOf('\n', nl - 1);
    if (isBlank(text, prev + 1, nl)) return nl;
    nl = prev;
  }
  return -1;
}

/**
 * The line break ending the first blank line that starts after `end` (the line
 * break before it is unchanged too), or the text's length when no line after
 * the edit is blank. -1 if the search went too far.
 */
function blankLineAfter(text: string, end: number): number {
  let nl = text.indexOf('\n', end);
  while (nl >= 0) {
    if (nl - end >= MAX_SEARCH) return -1;
    const next = text.indexOf('\n', nl + 1);
    if (next < 0) break;
    if (isBlank(text, nl + 1, next)) return next;
    nl = next;
  }
  return text.length;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Replaces every character but line breaks by `by` (a space unless said). */
export function blankOut(s: string, by = ' '): string {
  return s.replace(/[^\r\n]/g, by);
}

const BLANK_LINE = /\n[ \t\r]*\n/g;
const LEADING_BLANK_LINE = /^[ \t\r]*\n/;
const DELIMITER = /[*_[\]]/g;

/** The offset of the line break ending the next blank line after the line break at `from`, or -1. */
function blankLineEnd(text: string, from: number): number {
  BLANK_LINE.lastIndex = from;
  return BLANK_LINE.test(text) ? BLANK_LINE.lastIndex - 1 : -1;
}

/**
 * Blanks the delimiters of blank-line-separated chunks that have too many of
 * them. The text is searched for delimiters and blank lines only (native
 * pattern scans, no per-character loop): this runs on every keystroke.
 */
function guardDelimiters(text: string, out: Span[]): string {
  const first = out.length;
  let chunkStart = 0;
  let count = 0;
  // The next backtick at or after the chunk's start, looked for once per backtick, not once per chunk: most chunks have none.
  let tick = -2;
  const flush = (end: number): void => {
    if (tick !== -1 && tick < chunkStart) tick = text.indexOf('`', chunkStart);
    if (count > MAX_DELIMITERS || (tick >= 0 && tick < end && codeSpanScan(text, tick, end) > MAX_CODE_SPAN_SCAN)) out.push({ start: chunkStart, end });
    count = 0;
  };
  const lead = LEADING_BLANK_LINE.exec(text);
  let blank = lead ? lead[0].length - 1 : blankLineEnd(text, 0);
  DELIMITER.lastIndex = 0;
  for (;;) {
    const found = DELIMITER.test(text);
    const at = found ? DELIMITER.lastIndex - 1 : text.length;
    while (blank >= 0 && blank < at) {
      flush(blank);
      chunkStart = blank + 1;
      blank = blankLineEnd(text, blank);
    }
    if (!found) break;
    count++;
  }
  flush(text.length);
  if (out.length === first) return text;
  return replaceIn(text, out.slice(first), blankDelimiters);
}

const BACKTICKS = /`+/g;

/**
 * How many characters the parser scans in text[first, to) (`first` is a
 * backtick) for the closing backticks of code spans: a string of backticks
 * opens a code span that ends at the next string of the same length, and one
 * with no such string after it is scanned for one to the chunk's end, then
 * read as text. The strings are simulated in order, as the parser meets
 * them; a chunk that holds hundreds of unclosed strings of different lengths
 * ("`a``a```a…") costs the parser time quadratic in its length. Linear: each
 * string is looked at once per length.
 */
function codeSpanScan(text: string, first: number, to: number): number {
  const runs: { at: number; length: number }[] = [];
  BACKTICKS.lastIndex = first;
  for (let m = BACKTICKS.exec(text); m && m.index < to; m = BACKTICKS.exec(text)) runs.push({ at: m.index, length: m[0].length });
  // For each length, the indexes of the strings of that length, and how many of them the simulation has passed.
  const byLength = new Map<number, number[]>();
  runs.forEach((r, i) => {
    const list = byLength.get(r.length);
    if (list) list.push(i);
    else byLength.set(r.length, [i]);
  });
  const passed = new Map<number, number>();
  let cost = 0;
  for (let i = 0; i < runs.length; ) {
    const run = runs[i] as { at: number; length: number };
    const list = byLength.get(run.length) as number[];
    let k = passed.get(run.length) ?? 0;
    while (k < list.length && (list[k] as number) <= i) k++;
    passed.set(run.length, k);
    if (k < list.length) {
      // Closed: the code span holds every string up to its closing one.
      i = (list[k] as number) + 1;
    } else {
      cost += to - run.at;
      i++;
    }
  }
  return cost;
}

/**
 * What guardDelimiters does to a chunk with too many delimiters: each, and
 * each backtick, becomes a no-break space, which Markdown does not count as indentation (as for
 * NestingSpan), so that a line that starts with hundreds of them is read as
 * a paragraph, whose words are checked, not as indented code.
 */
function blankDelimiters(s: string): string {
  // A pattern of its own: DELIMITER keeps its position between the scans of guardDelimiters.
  return s.replace(/[*_[\]`]/g, '\u00a0');
}

/** `text` with each of the ordered, disjoint `spans` rewritten by `f`; the rest is copied as slices, not characters. */
function replaceIn<S extends Span>(text: string, spans: readonly S[], f: (s: string, span: S) => string): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), f(text.slice(s.start, s.end), s));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const CONTAINER = /[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/y;

/** Is the first character after up to three spaces or tabs a quote, list bullet or digit? */
function mayOpenContainer(text: string, lineStart: number, nl: number): boolean {
  let i = lineStart;
  while (i < nl && i - lineStart < 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 62 /* > */ || c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */ || (c >= 48 && c <= 57);
}

/** Does a list item or a quote start at `at`, with words after its marker? */
function opensContainer(text: string, at: number, nl: number): boolean {
  CONTAINER.lastIndex = at;
  return mayOpenContainer(text, at, nl) && CONTAINER.test(text) && CONTAINER.lastIndex <= nl && !isBlank(text, CONTAINER.lastIndex, nl);
}

/** Where a line's indentation ends, and how many columns it takes (a tab to the next multiple of four). */
function indentEnd(text: string, lineStart: number, nl: number): { end: number; columns: number } {
  let columns = 0;
  let i = lineStart;
  for (; i < nl; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { end: i, columns };
}

/** Blanks the markers of the containers any line opens beyond MAX_NESTING, and the indentation of lines indented beyond MAX_INDENT. */
function guardNesting(text: string, out: NestingSpan[]): string {
  const mine: NestingSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    // A list item or quote indented deeper than MAX_INDENT columns nests lists (each item indented under the last) deeper than any
    // draft does, where remark's time grows much faster than the text: its indentation is blanked with words, and the line is read
    // as text. Other lines so deep open nothing (code in a fence, JSON or XML, is left as written), and each line is judged alone.
    const indent = indentEnd(text, lineStart, nl);
    if (indent.columns > MAX_INDENT && opensContainer(text, indent.end, nl)) {
      mine.push({ start: lineStart, end: indent.end, words: true });
      lineStart = nl + 1;
      continue;
    }
    let depth = 0;
    CONTAINER.lastIndex = lineStart;
    let cut = -1;
    let end = lineStart;
    // Most lines open no container: their first visible character says so without running the pattern.
    const opens = mayOpenContainer(text, lineStart, nl);
    while (opens && CONTAINER.lastIndex < nl && CONTAINER.test(text)) {
      depth++;
      end = CONTAINER.lastIndex;
      if (depth === MAX_NESTING) cut = end;
    }
    if (depth > MAX_NESTING && cut >= 0) mine.push({ start: cut, end, words: !isBlank(text, end, nl) });
    lineStart = nl + 1;
  }
  for (const s of mine) out.push(s);
  return mine.length ? replaceIn(text, mine, blankMarkers) : text;
}

/** What guardNesting does to the markers of containers nested too deep (see NestingSpan). */
function blankMarkers(s: string, span: NestingSpan): string {
  return s.replace(/./g, span.words ? '\u00a0' : ' ');
}

/**
 * Prepares raw document text for remark without changing its length, so that
 * every offset remark reports is an offset into the original text:
 * - a leading byte-order mark becomes a space (remark would not count it);
 * - YAML or TOML front matter becomes blank lines (it is never checked);
 * - constructs on which remark's parser is super-linear are neutralized, so
 *   that no input can stall the editor: a paragraph with more than
 *   MAX_DELIMITERS emphasis or link brackets (`*`, `_`, `[`, `]`) has them
 *   blanked (its words are still checked), and a line that opens more than
 *   MAX_NESTING lists or block quotes has the deeper markers and the rest of
 *   the line blanked. Ordinary drafts never come near these limits.
 */
import type { Span } from '../text/span';

export interface Prepared {
  readonly text: string;
  /** End of the front matter (0 if none). */
  readonly frontMatterEnd: number;
  /** Regions whose markup was blanked by the guards above. */
  readonly neutralized: readonly Span[];
}

export const MAX_DELIMITERS = 400;
export const MAX_NESTING = 16;

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
  const neutralized: Span[] = [];
  out = guardDelimiters(out, neutralized);
  out = guardNesting(out, neutralized);
  return { text: out, frontMatterEnd, neutralized: neutralized.sort((a, b) => a.start - b.start) };
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
  const flush = (end: number): void => {
    if (count > MAX_DELIMITERS) out.push({ start: chunkStart, end });
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
  return replaceIn(text, out.slice(first), (s) => s.replace(/[*_[\]]/g, ' '));
}

/** `text` with each of the ordered, disjoint `spans` rewritten by `f`; the rest is copied as slices, not characters. */
function replaceIn(text: string, spans: readonly Span[], f: (s: string) => string): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), f(text.slice(s.start, s.end)));
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

/** Blanks the rest of any line that opens more than MAX_NESTING containers. */
function guardNesting(text: string, out: Span[]): string {
  const mine: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let depth = 0;
    CONTAINER.lastIndex = lineStart;
    let cut = -1;
    // Most lines open no container: their first visible character says so without running the pattern.
    const opens = mayOpenContainer(text, lineStart, nl);
    while (opens && CONTAINER.lastIndex < nl && CONTAINER.test(text)) {
      depth++;
      if (depth === MAX_NESTING) cut = CONTAINER.lastIndex;
      if (depth > MAX_NESTING) break;
    }
    if (depth > MAX_NESTING && cut >= 0) mine.push({ start: cut, end: nl });
    lineStart = nl + 1;
  }
  for (const s of mine) out.push(s);
  return mine.length ? replaceIn(text, mine, (s) => s.replace(/[^\r]/g, ' ')) : text;
}

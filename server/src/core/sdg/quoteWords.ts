/**
 * The words of a quotation and of an official text, as the comparison in
 * quotation.ts sees them: letters and digits, lower case, with their offsets,
 * so case, white space and punctuation never count. A quotation is split into
 * segments at "…", "...", "[…]" and at bracketed insertions ("[States]"),
 * which stand for omitted or replaced words.
 */

export interface Word {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** A quoted word whose form the quoting text changed in brackets ("facilitat[ing]", "State[s]", "[re]affirm"): its letters outside the brackets, lower case. */
  readonly stem?: string;
}

export interface Segment {
  readonly words: readonly Word[];
  /** What stands between the previous segment (or the quotation's start) and this one: omission marks, and the last bracketed insertion (offsets in the quotation). */
  readonly omission: boolean;
  readonly insertion?: { readonly start: number; readonly end: number };
}

/** An official text prepared once for many comparisons. */
export interface OfficialText {
  readonly text: string;
  readonly words: readonly Word[];
  readonly vocabulary: ReadonlySet<string>;
}

// Letters in brackets joined to a word are part of it: a change of case ("[T]he") or of form ("facilitat[ing]", "[re]affirm"); so are invisible marks that text copied from a PDF keeps inside words (a soft hyphen, a zero-width space or joiner).
const WORD = /(?:[\p{L}\p{N}]|\[\p{L}{1,5}\])(?:[\p{L}\p{N}\u00AD\u200B-\u200D\u2060]|\[\p{L}{1,5}\])*/gu;
const NOT_IN_NORM = /[[\]\u00AD\u200B-\u200D\u2060]/g;
const BRACKETED = /\[\p{L}{1,5}\]/gu;
// An omission mark ("…", "...", "[…]") or a bracketed insertion ("[States]", "[and]"); letters in brackets joined to a word are part of it (see WORD).
const GAP = /\[(?!\p{L}{1,5}\])[^[\]\n]{1,60}\]|(?<![\p{L}\p{N}])\[\p{L}{1,5}\](?![\p{L}\p{N}[])|…|\.\.\./gu;
const CASE_CHANGE = /^\[\p{L}\]$/u;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const norm = raw.replace(NOT_IN_NORM, '').toLowerCase();
    // One capital in brackets opening a word changes its case only.
    const stem = raw.includes('[') && !/^\[\p{L}\][^[]*$/u.test(raw) ? raw.replace(BRACKETED, '').replace(NOT_IN_NORM, '').toLowerCase() : undefined;
    out.push({ norm, start: offset + m.index, end: offset + m.index + raw.length, ...(stem !== undefined ? { stem } : {}) });
  }
  return out;
}

/** A gap that omits words: "…", "...", "[…]", "[...]"; any other bracketed text is an insertion. */
const OMISSION = /^\[?(?:…|\.\.\.)\]?$/;

export function segments(quoted: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  // The gaps since the last segment with words: a segment of no words between two gaps passes them on.
  let omission = false;
  let insertion: { start: number; end: number } | undefined;
  const push = (w: Word[]): void => {
    if (w.length === 0) return;
    out.push({ words: w, omission, ...(insertion ? { insertion } : {}) });
    omission = false;
    insertion = undefined;
  };
  for (const g of quoted.matchAll(GAP)) {
    if (CASE_CHANGE.test(g[0])) continue;
    push(words(quoted.slice(from, g.index), from));
    if (OMISSION.test(g[0])) omission = true;
    else insertion = { start: g.index, end: g.index + g[0].length };
    from = g.index + g[0].length;
  }
  push(words(quoted.slice(from), from));
  return out;
}

export function prepareOfficial(text: string): OfficialText {
  const w = words(text);
  return { text, words: w, vocabulary: new Set(w.map((x) => x.norm)) };
}

const FUNCTION_WORDS = new Set(['and', 'the', 'for', 'all', 'with', 'from', 'into', 'that', 'which', 'their', 'through', 'including', 'other', 'such', 'these', 'those']);

/** A word that carries meaning: shared function words ("and", "for all") say nothing about which text is quoted. */
export function isContentWord(norm: string): boolean {
  return norm.length >= 3 && !FUNCTION_WORDS.has(norm);
}

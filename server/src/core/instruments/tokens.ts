/**
 * Words of a prose run, normalised for matching instrument names: lower case,
 * straight and curly apostrophes alike, a possessive "'s" dropped, hyphens and
 * dashes splitting words. Punctuation and line breaks between words are
 * ignored, so "Convention on the Rights\nof the Child" matches the title; an
 * excluded character (code, a URL) starts a new segment, and no name is matched
 * across segments.
 */
import { EXCLUDED, type Block } from '../parse/blocks';
import { isAsciiAlnum, isPlainLower } from '../text/ascii';
import { lastBlockMemo } from '../memo';
import { blockTokens, isCapitalized as startsWithCapital, type Token as RunToken } from '../terminology/tokens';

export interface Token {
  /** Normalised form. */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  /** Offsets in the run text. */
  readonly start: number;
  readonly end: number;
  readonly segment: number;
}

/**
 * A word is one letter or digit, then letters, digits and apostrophes (the
 * pattern /[\p{L}\p{N}][\p{L}\p{N}'’]*\/u); runs of EXCLUDED, and a
 * table's "|", start a new segment. One scan, character by character: ASCII text never touches a
 * Unicode class.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let segment = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === BARRIER) {
      while (i < n && text.charCodeAt(i) === BARRIER) i++;
      segment++;
      continue;
    }
    if (c === 124 /* | */) {
      // A table's cell ends at "|", as in the terminology tokens.
      i++;
      segment++;
      continue;
    }
    const first = wordChar(text, i);
    if (first === 0) {
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += first;
    for (let w = 0; i < n; i += w) {
      const d = text.charCodeAt(i);
      w = isApostrophe(d) ? 1 : wordChar(text, i);
      if (w === 0) break;
    }
    const end = trimmedEnd(text, start, i);
    const word = text.slice(start, end);
    out.push({ norm: isPlainLower(text, start, end) ? word : normalize(word), raw: word, start, end, segment });
  }
  return out;
}

/** Where the word text[start, end) ends once its trailing apostrophes and a possessive "'s" are dropped: they are not part of a name. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end - start > 1 && isApostrophe(text.charCodeAt(end - 1))) end--;
  if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text[end - 1] === 's' || text[end - 1] === 'S')) end -= 2;
  return end;
}

const wordsOfBlock = lastBlockMemo((block: Block) => {
  const runTokens = blockTokens(block);
  return block.runs.map((run, r) => wordsOf(run.text, runTokens[r] as RunToken[]) ?? tokenize(run.text));
});

/**
 * The words of each run of a block, by run index. Where a run's words are
 * plain ASCII letters and digits (most prose), they are read from the word
 * tokens the terminology extractors read, and those objects are shared; any
 * other run is tokenized here.
 */
export function blockWords(block: Block): readonly Token[][] {
  return wordsOfBlock(block, undefined);
}

/**
 * The words tokenize finds in `text`, read from its terminology tokens, or
 * undefined if a word is not plain ASCII. A word there may be several words
 * here, or part of one: a number's decimal points and separators ("10.7",
 * "3,000") split it, and an apostrophe joins what is written right after it
 * ("ILO’s", "don't") to the word, which is then trimmed as tokenize trims it.
 */
function wordsOf(text: string, tokens: readonly RunToken[]): Token[] | undefined {
  const words: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as RunToken;
    if (t.kind === 'punct') {
      // A lone surrogate may end a word here and not there.
      const c = t.raw.charCodeAt(0);
      if (c >= 0xd800 && c <= 0xdfff) return undefined;
      continue;
    }
    if (t.kind !== 'word') continue;
    let start = t.start;
    if (!t.plain) {
      for (let i = t.start; i < t.end; i++) {
        const c = text.charCodeAt(i);
        if (c === 46 /* . */ || c === 44 /* , */) {
          words.push(word(text, start, i, t.segment));
          start = i + 1;
        } else if (!isAsciiAlnum(c)) return undefined;
      }
    }
    let end = t.end;
    let next = k + 1;
    for (; next < tokens.length; next++) {
      const u = tokens[next] as RunToken;
      if (u.start !== end || !(u.kind === 'word' || (u.kind === 'punct' && isApostrophe(u.raw.charCodeAt(0))))) break;
      if (u.kind === 'word' && !u.plain) return undefined;
      end = u.end;
    }
    if (start === t.start && next === k + 1) words.push(t);
    else words.push(word(text, start, trimmedEnd(text, start, end), t.segment));
    k = next - 1;
  }
  return words;
}

function word(text: string, start: number, end: number, segment: number): RunToken {
  const raw = text.slice(start, end);
  return { kind: 'word', norm: isPlainLower(text, start, end) ? raw : normalize(raw), raw, start, end, segment, plain: isAsciiWord(raw) };
}

/** Only ASCII letters and digits: not a number with a decimal point, not a word with accents or marks. */
function isAsciiWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isAsciiAlnum(raw.charCodeAt(i))) return false;
  return true;
}

const BARRIER = EXCLUDED.charCodeAt(0);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? width : 0;
}

/** The normalised form of one word. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function isApostrophe(c: number): boolean {
  return c === 39 /* ' */ || c === 0x2019 /* ’ */;
}

/** The normalised words of a name from the registry. */
export function nameWords(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}

/** Starts with a capital letter or a digit ("1951 Convention" is a name's start too). */
export function isCapitalized(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return (code >= 48 && code <= 57) || startsWithCapital(raw);
}

/** Words whose omission or substitution matters less in a title. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'on', 'to', 'in', 'for', 'with', 'all', 'its', 'their', 'a', 'an', 'by', 'at', 'from', 'or', 'relating', 'concerning', 'our']);

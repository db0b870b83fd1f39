/**
 * The words and punctuation of a prose run, for matching terms. A word is a
 * run of letters and digits; every other visible character (comma, hyphen,
 * ampersand, parenthesis…) is a token of its own, so that punctuation inside
 * a term is matched literally ("follow-up" is three tokens, "follow up" two).
 * A number with decimal points or separators ("10.7", "3,000") is one word.
 * Whitespace, including line breaks, only separates tokens. An excluded
 * character (code, URL, HTML) is a barrier token that no term matches, so no
 * term is found inside or across excluded content.
 */
import type { Block } from '../parse/blocks';
import { isAsciiAlnum } from '../text/ascii';
import { lastBlockMemo } from '../memo';

export type TokenKind = 'word' | 'punct' | 'barrier';

export interface Token {
  readonly kind: TokenKind;
  /** Lower case; curly apostrophes and dashes folded to their plain forms. */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  /** Offsets in the run text. */
  readonly start: number;
  readonly end: number;
  /** Barriers and table cell separators ("|") so far in the run (each counts itself): two tokens with different segments have excluded content or a cell boundary between them. */
  readonly segment: number;
  /** A word of ASCII letters and digits only (no decimal point or separator): the tokenizer knows it without another look at its characters. */
  readonly plain: boolean;
}

const PIPE = 124;

/** One scan, character by character: linear, and ASCII text never touches a Unicode class. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let segment = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(text[i] as string))) {
      i++;
      continue;
    }
    const start = i;
    if (c < 128 ? ASCII[c] !== OTHER : isWordChar(text, i)) {
      // ASCII letters and digits, read from a table: most words end here, and need no lower-casing when none was a capital.
      let lower = true;
      let d = c;
      for (let k: number; d < 128 && (k = ASCII[d] as number) !== OTHER; d = text.charCodeAt(i)) {
        if (k === CAPITAL) lower = false;
        if (++i === n) break;
      }
      let plain = true;
      if (i < n && d >= 128 && isWordChar(text, i)) {
        plain = false;
        while (++i < n && isWordChar(text, i));
      }
      // A number keeps its decimal points and thousands separators: "10.7" and "3,000" are one word.
      while (i + 1 < n && isDigit(text, i - 1) && (text[i] === '.' || text[i] === ',') && isDigit(text, i + 1)) {
        plain = false;
        i += 2;
        while (i < n && isWordChar(text, i)) i++;
      }
      const raw = text.slice(start, i);
      out.push({ kind: 'word', norm: plain && lower ? raw : raw.toLowerCase(), raw, start, end: i, segment, plain });
      continue;
    }
    let kind: TokenKind;
    if (c === 0) {
      kind = 'barrier';
      while (i < n && text.charCodeAt(i) === 0) i++;
      segment++;
    } else if (c === PIPE) {
      // A table's cell ends at "|" (tables are read as paragraphs): no name runs on into the next cell.
      kind = 'punct';
      i++;
      segment++;
    } else {
      kind = 'punct';
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const raw = text.slice(start, i);
    out.push({ kind, norm: fold(c, raw), raw, start, end: i, segment, plain: false });
  }
  return out;
}

/** The class of each ASCII character for the scan: a table lookup costs less than comparisons where the code is not yet optimized. */
const OTHER = 0;
const LOWER_OR_DIGIT = 1;
const CAPITAL = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = isAsciiAlnum(c) ? (c >= 65 && c <= 90 ? CAPITAL : LOWER_OR_DIGIT) : OTHER;

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  // A lone surrogate half is tested with its pair, so letters outside the BMP count as letters.
  const ch = c >= 0xd800 && c <= 0xdfff ? String.fromCodePoint(text.codePointAt(c <= 0xdbff ? i : i - 1) ?? c) : (text[i] as string);
  return WORD_CHAR.test(ch);
}

function fold(code: number, raw: string): string {
  if (code === 0x2019 || code === 0x2018) return "'";
  if (code === 0x2010 || code === 0x2011) return '-';
  return raw;
}

const LETTERS = /^[A-Za-z]+$/;

/**
 * The normalised forms (`norm`) of a phrase's tokens, as tokenize gives them.
 * A phrase of ASCII letters alone, as most words of the data are, is one word
 * in lower case: the data's phrase matchers are built from about two
 * thousand of them when a process reads its first document, before the scan
 * is warm.
 */
export function phraseWords(phrase: string): string[] {
  return LETTERS.test(phrase) ? [phrase.toLowerCase()] : tokenize(phrase).map((t) => t.norm);
}

const wordsOfDataPhrase = new Map<string, readonly string[]>();

/**
 * phraseWords of a phrase of the reference data (a context's words, an
 * acronym's expansion) that a check compares with the text wherever it
 * occurs: read once per phrase.
 */
export function dataPhraseWords(phrase: string): readonly string[] {
  let words = wordsOfDataPhrase.get(phrase);
  if (!words) wordsOfDataPhrase.set(phrase, (words = phraseWords(phrase)));
  return words;
}

const tokensOfBlock = lastBlockMemo((block: Block) => block.runs.map((run) => tokenize(run.text)));

/** The tokens of each run of a block, by run index, computed once however many extractors read them. */
export function blockTokens(block: Block): readonly Token[][] {
  return tokensOfBlock(block, undefined);
}

/** Is the character between two tokens only whitespace (no line of another paragraph can intervene in a run)? */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (!/\s/.test(text[i] as string)) return false;
  return true;
}

export function isCapitalized(raw: string): boolean {
  if (raw.length === 0) return false;
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = raw[0] as string;
  return c !== c.toLowerCase();
}

/** Has an upper-case letter and no lower-case one; ASCII words are decided without allocating. */
export function isAllCaps(raw: string): boolean {
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) return raw !== raw.toLowerCase() && raw === raw.toUpperCase();
  }
  return upper;
}

/**
 * Words of a prose run, normalised for matching instrument names: lower case,
 * straight and curly apostrophes alike, a possessive "'s" dropped, hyphens and
 * dashes splitting words. Punctuation and line breaks between words are
 * ignored, so "Convention on the Rights\nof the Child" matches the title; an
 * excluded character (code, a URL) starts a new segment, and no name is matched
 * across segments.
 */
import { EXCLUDED } from '../parse/blocks';

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

// One letter or digit, then letters, digits and apostrophes; linear: each character is consumed once.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*|\u0000+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let segment = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m[0][0] === EXCLUDED) {
      segment++;
      continue;
    }
    // Trailing apostrophes and a possessive "'s" are not part of the name.
    let end = m[0].length;
    while (end > 1 && (m[0][end - 1] === "'" || m[0][end - 1] === '’')) end--;
    const possessive = end > 2 && isApostrophe(m[0].charCodeAt(end - 2)) && (m[0][end - 1] === 's' || m[0][end - 1] === 'S') ? 2 : 0;
    const word = m[0].slice(0, end - possessive);
    out.push({ norm: normalize(word), raw: word, start: m.index, end: m.index + word.length, segment });
  }
  return out;
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

export function isCapitalized(raw: string): boolean {
  const c = raw[0] ?? '';
  return c !== c.toLowerCase() || /\d/.test(c);
}

/** Words whose omission or substitution matters less in a title. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'on', 'to', 'in', 'for', 'with', 'all', 'its', 'their', 'a', 'an', 'by', 'at', 'from', 'or', 'relating', 'concerning', 'our']);

/**
 * Acronym definitions: an acronym in parentheses right after its long form.
 * The long form is the acronym's expansion from the data or the instrument
 * registry when the text ends with it, else the words before the parenthesis
 * whose initials spell the acronym (small words such as "of" and "the" may be
 * skipped); null when neither fits.
 */
import type { ExtractEnv } from '../model/facts';
import { isAllCaps, tokenize, type Token } from './tokens';
import { acronymKey, expansionOf } from './acronymData';

/** The token index of a definition's "(" and of the first word of its long form (null when none fits). */
export interface Definition {
  readonly paren: number;
  readonly long: number | null;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'des', 'du', 'la', 'le', 'et']);

/**
 * An acronym in parentheses right after words: "Long Name (ABC)", also "(UN ABC)"
 * after a known acronym, and "(ABC, 2007)" when the words before spell it.
 */
export function definitionAt(tokens: readonly Token[], acronym: string, first: number, last: number, env: ExtractEnv): Definition | null {
  let paren = first - 1;
  if (tokens[paren]?.kind === 'word' && isAllCaps((tokens[paren] as Token).raw) && tokens[paren - 1]?.norm === '(') paren--;
  if (tokens[paren]?.norm !== '(' || tokens[paren - 1]?.kind !== 'word') return null;
  const close = tokens[last]?.norm;
  if (close !== ')' && close !== ',') return null;
  const long = longForm(tokens, paren, acronym, env);
  return close === ')' || long !== null ? { paren, long } : null;
}

/** The index of the first token of the long form ending before `paren`, or null. */
function longForm(tokens: readonly Token[], paren: number, acronym: string, env: ExtractEnv): number | null {
  const known = expansionOf(acronym, env.data);
  if (known) {
    const words = tokenize(known).map((t) => t.norm);
    const at = paren - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]?.norm === w)) return at;
  }
  const letters = [...acronymKey(acronym)].filter((c) => /[A-Z]/.test(c));
  let k = letters.length - 1;
  let start: number | null = null;
  for (let j = paren - 1; j >= 0 && k >= 0 && paren - j <= letters.length * 3 + 2; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (/^[-,&']$/.test(t.norm)) continue;
      return null;
    }
    if ((t.raw[0] ?? '').toUpperCase() === letters[k]) {
      k--;
      start = j;
    } else if (!SMALL_WORDS.has(t.norm)) return null;
  }
  return k < 0 ? start : null;
}

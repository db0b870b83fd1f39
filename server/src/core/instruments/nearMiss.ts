/**
 * Near-misses of an instrument's name: a capitalized phrase that is almost an
 * official title or short name ("Forced Labor Convention", a title with words
 * left out or swapped). Words are aligned by edit distance in which a
 * misspelt word (one letter off) or a function word ("the", "of") costs half a
 * word. Precision comes first: a near-miss must start with the name's first
 * word (or, for a title often written without its "International", its
 * second), end on its last, keep at least 80% of its content words and cost at
 * most 15% of its length.
 */
import type { InstrumentRegistry } from '../data/instruments';
import { instrumentNames, type InstrumentName } from './names';
import { FUNCTION_WORDS, isCapitalized, type Token } from './tokens';
import { perObject } from '../memo';
import { singular } from '../text/plural';

export interface NearMiss {
  readonly name: InstrumentName;
  readonly from: number;
  readonly to: number;
  readonly cost: number;
}

/** Extra words a near-miss may have beyond the name's length. */
const SLACK = 3;
const DIGIT = /\d/;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A name that a near-miss may stand for, with what the filters below read of it, computed once. */
interface Candidate {
  readonly name: InstrumentName;
  /** The words the text is aligned with: the name's, or a way of citing it (see citedForms). */
  readonly words: readonly string[];
  readonly second: string;
  readonly content: readonly string[];
  /** What citing the name this way costs before any slip: nothing for the name itself. */
  readonly base: number;
}

/** By first word: the names of three words or more, and the most words any of them has. */
interface FirstWord {
  readonly names: readonly Candidate[];
  readonly longest: number;
}

/** Words after which a name's last word is what the name is about, not what it is ("the Status of Refugees"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'to', 'against', 'with', 'in', 'by']);

/** A first word that a title is often written without: "Covenant on Civil and Political Rights" is a near-miss of the International Covenant. */
const DROPPED_FIRST = 'international';

const candidates = perObject((registry: InstrumentRegistry): Map<string, FirstWord> => {
  const lists = new Map<string, Candidate[]>();
  const add = (first: string, candidate: Candidate): void => {
    const list = lists.get(first) ?? [];
    list.push(candidate);
    lists.set(first, list);
  };
  for (const name of instrumentNames(registry)) {
    if (name.form === 'acronym' || name.words.length < 3) continue;
    const content = contentWords(name.words);
    for (const [words, base] of citedForms(name.words)) {
      add(words[0] as string, { name, words, second: words[1] as string, content, base });
      // Without its first word, which the text then does not hold: a word "International" after the mention is not that one.
      if (name.form === 'title' && words[0] === DROPPED_FIRST && words.length >= 5) add(words[1] as string, { name, words, second: words[2] as string, content: content.filter((w) => w !== DROPPED_FIRST), base });
    }
  }
  return new Map([...lists].map(([first, names]) => [first, { names, longest: Math.max(...names.map((c) => c.words.length)) }]));
});

/**
 * The words of a name, and of the way a title with "relating to" is often
 * cited: with "on" ("Convention on the Status of Refugees" for the
 * Convention relating to the Status of Refugees). Citing it so is a slip of
 * half a word, as a function word changed is; aligned with the name itself,
 * it costs one and a half, more than a six-word title allows.
 */
function citedForms(words: readonly string[]): [readonly string[], number][] {
  const forms: [readonly string[], number][] = [[words, 0]];
  const k = words.indexOf('relating');
  if (k > 0 && words[k + 1] === 'to') forms.push([[...words.slice(0, k), 'on', ...words.slice(k + 2)], 0.5]);
  return forms;
}

/** By the second word of the names (as `candidates` holds them): their first words of four letters or more, which a misspelling of may start a near-miss. */
const firstBySecond = perObject((registry: InstrumentRegistry): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const [first, { names }] of candidates(registry)) {
    if (first.length < 4 || DIGIT.test(first)) continue;
    for (const { second } of names) {
      const list = out.get(second) ?? [];
      if (!list.includes(first)) list.push(first);
      out.set(second, list);
    }
  }
  return out;
});

/**
 * The first word of a name that token `i` misspells ("Convension", one
 * letter off "Convention"), when the next word is that name's second: a
 * near-miss may start there too (see nearMissAt); null when none. Only a
 * capitalized word is looked at, so most words cost one test of their first letter.
 */
export function misspeltFirstAt(tokens: readonly Token[], i: number, registry: InstrumentRegistry): string | null {
  const t = tokens[i] as Token;
  if (t.norm.length < 4 || !isCapitalized(t.raw)) return null;
  const next = tokens[i + 1];
  const firsts = next && next.segment === t.segment ? firstBySecond(registry).get(next.norm) : undefined;
  if (firsts) for (const first of firsts) if (similar(t.norm, first)) return first;
  return null;
}

/** The words at which a near-miss can start: the first words of names, and their second after a first word often left out. */
export function nearMissStarts(registry: InstrumentRegistry): Iterable<string> {
  return candidates(registry).keys();
}

/**
 * The closest near-miss starting at token `from` that is longer than `minTo`,
 * if any. It starts with the first word of a name exactly as the registry
 * writes it (normalised), or with the second of a title often written without
 * its first (see DROPPED_FIRST): extract.ts skips every other word (mentionStarts)
 * but a misspelt first word followed by the name's second (`firstWord`, see misspeltFirstAt).
 */
export function nearMissAt(tokens: readonly Token[], from: number, minTo: number, registry: InstrumentRegistry, firstWord?: string): NearMiss | undefined {
  const first = tokens[from];
  if (!first || !isCapitalized(first.raw)) return undefined;
  let best: NearMiss | undefined;
  const second = tokens[from + 1];
  const all = candidates(registry).get(firstWord ?? first.norm);
  if (!all || !second || second.segment !== first.segment) return undefined;
  // A near-miss keeps the beginning of the name: its first word and a second that is the same or misspelt.
  let reach: Token[] | undefined;
  let seen: Set<string> | undefined;
  for (const { name, words, second: word, content, base } of all.names) {
    if (!close(second.norm, word)) continue;
    // Words in reach of any candidate: the cheap filter below reads them once.
    reach ??= phrase(tokens, from, all.longest + SLACK);
    seen ??= new Set(reach.map((t) => t.norm));
    const window = reach.slice(0, words.length + SLACK);
    if (window.length <= minTo - from || !endsAfter(window, minTo - from, words) || !sharesContent(content, window, seen)) continue;
    const found = align(words, content, window);
    const cost = found ? found.cost + base : 0;
    if (!found || cost === 0 || from + found.length <= minTo) continue;
    const last = tokens[from + found.length - 1] as Token;
    if (isCapitalized(last.raw) && (!best || cost < best.cost)) {
      best = { name, from, to: from + withSwapped(content, reach, found.length), cost };
    }
  }
  return best;
}

/**
 * Whether a word of the window from index `at` on is the name's last word or
 * a misspelling of it. A near-miss ends on such a word and must end after the
 * exact match (if any) ending at `at`: without one there, aligning the name
 * could only find what is then rejected. Most exact mentions end the search here.
 */
function endsAfter(window: readonly Token[], at: number, words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  const object = aboutLast(words);
  for (let i = at; i < window.length; i++) if (closeToLast((window[i] as Token).norm, last, object)) return true;
  return false;
}

/** Whether a name's last word follows a preposition: it is then what the name is about, not what the instrument is ("Goals", "Conventions"). */
function aboutLast(words: readonly string[]): boolean {
  for (let i = 0; i < words.length - 1; i++) if (PREPOSITIONS.has(words[i] as string)) return true;
  return false;
}

/**
 * A word that can stand for a name's last word: the same or misspelt, and,
 * where the name is about that word (see aboutLast), in the other number
 * ("the Status of Refugee").
 */
function closeToLast(a: string, last: string, about: boolean): boolean {
  return about ? close(a, last) : similar(a, last);
}

/** Up to `max` tokens from `from` in one segment. */
function phrase(tokens: readonly Token[], from: number, max: number): Token[] {
  const out: Token[] = [];
  const segment = tokens[from]?.segment;
  for (let i = from; i < tokens.length && out.length < max && tokens[i]?.segment === segment; i++) out.push(tokens[i] as Token);
  return out;
}

function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !FUNCTION_WORDS.has(w));
}

/** Cheap filter before alignment: most of the name's content words occur in the window (or just after it, in `seen`). */
function sharesContent(content: readonly string[], window: readonly Token[], seen: ReadonlySet<string>): boolean {
  const missing = content.filter((w) => !seen.has(w));
  const allowed = content.length - Math.ceil(0.8 * content.length);
  let lost = 0;
  for (const w of missing) {
    if (!window.some((t) => close(t.norm, w)) && ++lost > allowed) return false;
  }
  return true;
}

/**
 * A word inside a name written in the singular or the plural ("Convention on
 * the Right of the Child", "Domestic Worker Convention"), or misspelt. The
 * name's last word, if it says what the instrument is, must be similar (see
 * closeToLast): "the Geneva Conventions" are other instruments than "the
 * Geneva Convention".
 */
function close(a: string, b: string): boolean {
  return similar(a, b) || (a.length >= 4 && b.length >= 4 && singular(a) === singular(b));
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || !oneEditApart(a, b)) return false;
  // A plural is another word here ("Conventions"), and numbers differ or not: they are never misspelt.
  return singular(a) !== singular(b) && !DIGIT.test(a) && !DIGIT.test(b);
}

/** Damerau–Levenshtein distance at most 1, without allocating. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, xi: number, y: string, yi: number): boolean => {
    if (x.length - xi !== y.length - yi) return false;
    for (; xi < x.length; xi++, yi++) if (x[xi] !== y[yi]) return false;
    return true;
  };
  if (a.length > b.length) return rest(a, i + 1, b, i);
  if (a.length < b.length) return rest(a, i, b, i + 1);
  return rest(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2));
}

function wordCost(w: string): number {
  return FUNCTION_WORDS.has(w) ? 0.5 : 1;
}

/** The cost of a word of the text that is not in the name; "of" before a year ("Convention of 1930") is a way of writing the title's ", 1930". */
function insertion(window: readonly Token[], i: number): number {
  const t = (window[i] as Token).norm;
  return t === 'of' && YEAR.test(window[i + 1]?.norm ?? '') ? 0 : wordCost(t);
}

function substitution(text: string, word: string, afterOf: boolean): number {
  if (text === word) return 0;
  // "the 2030 Agenda and Sustainable Development Goal 10" names two things: "and" or "or" in place of another word of the name joins, it does not misname.
  if (CONJUNCTIONS.has(text) !== CONJUNCTIONS.has(word)) return Infinity;
  // Another year is not a slip of the name: the year check compares it ("Forced Labour Convention, 1957" may be another convention). A year
  // inside a title after "of" is part of the name itself, which the year check does not see: "the Protocol of 2015 to the Forced Labour Convention".
  if (YEAR.test(text) && YEAR.test(word)) return afterOf ? 1 : Infinity;
  if (close(text, word)) return 0.5;
  return Math.max(wordCost(text), wordCost(word));
}

/** Aligns the whole name (its words as cited) with a prefix of the window; the cheapest prefix ending on the name's last word (the window has one: see endsAfter). */
function align(words: readonly string[], content: readonly string[], window: readonly Token[]): { length: number; cost: number } | undefined {
  const m = words.length;
  const last = words[m - 1] as string;
  const about = aboutLast(words);
  let prev = new Array<number>(window.length + 1);
  prev[0] = 0;
  for (let b = 1; b <= window.length; b++) prev[b] = (prev[b - 1] as number) + wordCost((window[b - 1] as Token).norm);
  for (let a = 1; a <= m; a++) {
    const cur = new Array<number>(window.length + 1);
    const w = words[a - 1] as string;
    const afterOf = words[a - 2] === 'of';
    cur[0] = (prev[0] as number) + wordCost(w);
    for (let b = 1; b <= window.length; b++) {
      const t = (window[b - 1] as Token).norm;
      cur[b] = Math.min((prev[b - 1] as number) + substitution(t, w, afterOf), (prev[b] as number) + wordCost(w), (cur[b - 1] as number) + insertion(window, b - 1));
    }
    prev = cur;
  }
  const limit = Math.max(0.5, 0.15 * m);
  let best: { length: number; cost: number } | undefined;
  for (let b = 1; b <= window.length; b++) {
    const cost = prev[b] as number;
    if (cost > limit || !closeToLast((window[b - 1] as Token).norm, last, about)) continue;
    if (!best || cost < best.cost) best = { length: b, cost };
  }
  return best && keepsContent(content, window.slice(0, best.length)) ? best : undefined;
}

/**
 * The length of a near-miss that ends before words of the name it left out:
 * "by Land, Air and Sea" aligns with "by Land, Sea and Air" as far as "Air",
 * and "and Sea" belongs to it too. Such words (through function words) are
 * taken in, so that the mention, and the fix that rewrites it, covers them.
 */
function withSwapped(content: readonly string[], reach: readonly Token[], length: number): number {
  const missing = content.filter((w) => !reach.slice(0, length).some((t) => close(t.norm, w)));
  let end = length;
  for (let i = length; i < reach.length && i < length + SLACK && missing.length > 0; i++) {
    const t = reach[i] as Token;
    const k = missing.findIndex((w) => close(t.norm, w));
    if (k >= 0 && isCapitalized(t.raw)) {
      missing.splice(k, 1);
      end = i + 1;
    } else if (!FUNCTION_WORDS.has(t.norm)) break;
  }
  return end;
}

function keepsContent(content: readonly string[], phraseTokens: readonly Token[]): boolean {
  return content.filter((w) => phraseTokens.some((t) => close(t.norm, w))).length >= 0.8 * content.length;
}

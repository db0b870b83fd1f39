/**
 * Where in a run a term stands: inside a quotation (the drafter quotes
 * someone else's words, which are not corrected), at the start of a sentence,
 * in a run of capitalized words (a proper name), among the words of a rule's
 * context (see contextMatches). Quotations are the text
 * between double or single quotes (see quotedRanges); a run inside a block
 * quote is a quotation as a whole.
 */
import type { Run } from '../parse/blocks';
import type { Context } from '../data/terminology';
import { isAbbreviation } from '../text/abbreviations';
import { dataPhraseWords, isAllCaps, isCapitalized, type Token } from './tokens';

/**
 * Quoted ranges of a run's text, [start, end) pairs: between curly double
 * quotes or a pair of straight ones, between « and », between „ and “ (or ”),
 * and between single quotes, curly or straight. A single quote is also an
 * apostrophe ("don't", "States' duties"): it opens a quotation only before a
 * letter and after a space, a line break, a parenthesis or a dash, and closes
 * one only where no letter or digit follows. A quotation inside another, in
 * other marks, is part of it (“He said "…"”); where the outer one is never
 * closed ("He wrote "notes and “…”"), the inner one still counts. A blank
 * line ends an open quotation. One native scan from mark to mark: most runs
 * have none.
 */
export function quotedRanges(run: Run): readonly (readonly [number, number])[] {
  if (run.quoted) return [[0, run.text.length]];
  const out: [number, number][] = [];
  const text = run.text;
  const marks = /["“”‘’'«»„]|\n(?=\n)/g;
  let open = -1;
  /** The marks that close the open quotation: one character each. */
  let closer = '';
  /** The first quotation opened, in other marks, inside the open one: where the scan resumes if that one is never closed. */
  let inner = -1;
  for (;;) {
    const m = marks.exec(text);
    if (m === null || (m[0] === '\n' && open >= 0 && inner >= 0)) {
      // The end, or a blank line, with a quotation still open: the scan resumes at the first quotation opened inside it.
      if (open < 0 || inner < 0) break;
      marks.lastIndex = inner;
      open = inner = -1;
      continue;
    }
    const c = m[0];
    const i = m.index;
    if (open < 0) {
      if (c === '“' || c === '"' || c === '«' || c === '„') {
        open = i;
        closer = c === '«' ? '»' : c === '„' ? '“”' : c === '"' ? '"' : '”';
      } else if ((c === '‘' || c === "'") && opensSingle(text, i)) {
        open = i;
        closer = "'";
      }
    } else if (closer === "'" ? (c === '’' || c === "'") && !WORD_CHAR.test(text[i + 1] ?? '') : closer.includes(c)) {
      out.push([open, i + 1]);
      open = inner = -1;
    } else if (c === '\n') open = -1;
    else if (inner < 0 && (c === '“' || c === '"' || c === '«' || c === '„')) inner = i;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPENING = /[\s([{\u2013\u2014-]/;

/** A single quote before a letter, at the start or after a space, a parenthesis or a dash. */
function opensSingle(text: string, i: number): boolean {
  return (i === 0 || BEFORE_OPENING.test(text[i - 1] as string)) && /\p{L}/u.test(text[i + 1] ?? '');
}

export function inRanges(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start < e && s < end) return true;
  return false;
}

/** The index of the word token before `i` in the run, or -1. */
export function previousWord(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word') return j;
    if (t.kind === 'barrier') return -1;
  }
  return -1;
}

/** Does token `i` start a sentence: first word of the run, or after . ! ? or : (not the full stop of "e.g." or "cf.")? */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word') return false;
    if (t.kind === 'punct' && t.raw === '.') return !isAbbreviation(wordBefore(tokens, j), tokens[j + 1]?.raw ?? '');
    if (t.kind === 'punct' && /[!?:;•|]/.test(t.raw)) return true;
    if (t.kind === 'punct' && /[“"‘'(\[*_]/.test(t.raw)) continue;
    // A subparagraph's label, "(c) Mobilise …", "b) Prioritise …", "; and (d) Organize …": what follows starts its text.
    if (t.raw === ')') return opensSubparagraph(tokens, j);
    return false;
  }
  return true;
}

/**
 * Whether the ")" at token j closes a subparagraph's label ("(c)", "c)",
 * "(iv)", "(2)") that opens the run or follows a stop, a colon, a semicolon,
 * or "and"/"or" after a semicolon or comma ("…; and (d)").
 */
function opensSubparagraph(tokens: readonly Token[], j: number): boolean {
  const label = tokens[j - 1];
  if (label?.kind !== 'word' || !SUBPARAGRAPH_LABEL.test(label.raw)) return false;
  let k = j - 2;
  if (tokens[k]?.raw === '(') k--;
  const before = tokens[k];
  if (before === undefined) return true;
  // After a full stop that is not an abbreviation's ("(art. 5) Programs" is not a label).
  if (before.raw === '.') return !isAbbreviation(wordBefore(tokens, k), label.raw);
  if (before.kind === 'punct') return /[:;•]/.test(before.raw);
  return (before.norm === 'and' || before.norm === 'or') && /^[;,]$/.test(tokens[k - 1]?.raw ?? '');
}

/** A subparagraph's letter or number: "c", "aa", "iv", "2", "A". */
const SUBPARAGRAPH_LABEL = /^(?:[a-z]{1,2}|[A-Z]|[ivxl]{1,5}|\d{1,2})$/;

/** The word written right before token `j`, with the full stops inside it ("e.g" before the last stop of "e.g."); '' if none. */
function wordBefore(tokens: readonly Token[], j: number): string {
  let written = '';
  for (let k = j - 1, end = (tokens[j] as Token).start; k >= 0 && k >= j - 4; k--) {
    const t = tokens[k] as Token;
    if (t.end !== end || !(t.kind === 'word' || t.raw === '.')) break;
    written = t.raw + written;
    end = t.start;
  }
  return written;
}

const LINKS = new Set(['of', 'for', 'on', 'and', 'the', 'against', 'in', 'to']);
/**
 * Words that continue a name in French, Spanish, Italian or Portuguese after
 * its first word ("Organisation des Nations Unies", "Organización
 * internacional"): a name in another language keeps its spelling, also where
 * it opens a sentence. None is an English word.
 */
const FOREIGN_NAME_WORDS = new Set(['des', 'du', 'del', 'della', 'delle', 'das', 'internationale', 'mondiale', 'nationale', 'européenne', 'internacional', 'mundial', 'nacional', 'europea', 'internazionale']);
/**
 * Words that continue a name in another language except in the English or
 * Latin phrases they also make: "de" ("Organisation de coopération et de
 * développement économiques", not "de facto" or "de lege ferenda"), "dos" ("Organização dos
 * Estados", not "dos and don'ts"), "pour" only before an article
 * ("Organisation internationale pour les migrations").
 */
const NOT_A_NAME_AFTER: Readonly<Record<string, ReadonlySet<string> | undefined>> = {
  de: new Set(['facto', 'jure', 'minimis', 'novo', 'lege', 'rigueur', 'luxe', 'trop', 'mise']),
  dos: new Set(['and', 'or']),
};
const FOREIGN_ARTICLES = new Set(['les', 'la', 'le', 'l', 'los', 'las', 'el']);

/** Whether the word token at `at` continues a name in another language (see FOREIGN_NAME_WORDS and NOT_A_NAME_AFTER). */
function continuesForeignName(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at] as Token;
  if (FOREIGN_NAME_WORDS.has(word.norm)) return true;
  const after = tokens[at + 1];
  if (after?.kind !== 'word') return false;
  if (word.norm === 'pour') return FOREIGN_ARTICLES.has(after.norm);
  const not = NOT_A_NAME_AFTER[word.norm];
  return not !== undefined && !not.has(after.norm);
}

export function inProperName(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last];
  if (next?.kind === 'word' && (isCapitalized(next.raw) || continuesForeignName(tokens, last))) return true;
  // "the Human Rights-Based Approach": a capitalized word joined by a hyphen continues the name.
  const joined = tokens[last + 1];
  if (next?.norm === '-' && joined?.kind === 'word' && isCapitalized(joined.raw) && next.start === (tokens[last - 1] as Token).end && joined.start === next.end) return true;
  if (next?.kind === 'word' && LINKS.has(next.norm)) {
    const after = tokens[last + 1];
    if (after?.kind === 'word' && isCapitalized(after.raw)) return true;
  }
  const p = previousWord(tokens, first);
  if (p < 0 || p !== first - 1) return false;
  const prev = tokens[p] as Token;
  if (isCapitalized(prev.raw)) return !startsSentence(tokens, p);
  if (LINKS.has(prev.norm)) {
    const pp = tokens[p - 1];
    return pp?.kind === 'word' && isCapitalized(pp.raw);
  }
  return false;
}

/** The United Nations, which "Member States" and "Secretary-General" name without saying so. */
const UN_WORDS = new Set(['UN', 'United', 'Organization']);
const UN_WORDS_LOWER = new Set(['un', 'united', 'organization']);
/**
 * The United Nations' own organs, whose members are its Member States ("the
 * Member States of the General Assembly"), as the normalized words of their
 * names; "the Assembly" and "the Council" alone name them too.
 */
const UN_ORGANS: readonly (readonly string[])[] = [
  ['united', 'nations'],
  ['general', 'assembly'],
  ['security', 'council'],
  ['economic', 'and', 'social', 'council'],
  ['trusteeship', 'council'],
  ['human', 'rights', 'council'],
  ['secretariat'],
  ['assembly'],
  ['council'],
];

/** Is the capitalized word at `at` the last of a name of several words ("African Union", "Council of Europe")? */
function nameOfSeveralWords(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (prev?.kind === 'word' && isCapitalized(prev.raw)) return true;
  const head = tokens[at - 2];
  return prev?.kind === 'word' && LINKS.has(prev.norm) && head?.kind === 'word' && isCapitalized(head.raw);
}

/** Does the name of an organ of the United Nations end at token `at` ("the General Assembly's")? */
function unOrganEndsAt(tokens: readonly Token[], at: number): boolean {
  return UN_ORGANS.some((words) => words.every((w, k) => tokens[at - words.length + 1 + k]?.norm === w));
}

/** Does an organ of the United Nations start at token `at`, its name ending there (not "the Council of Europe")? */
function unOrganAt(tokens: readonly Token[], at: number): boolean {
  return UN_ORGANS.some((words) => {
    if (!words.every((w, k) => tokens[at + k]?.norm === w)) return false;
    const next = tokens[at + words.length];
    return !(next?.kind === 'word' && (next.norm === 'of' || isCapitalized(next.raw)));
  });
}

/** The number of tokens from the possessor to the token at `first` when a possessive ends right before it ("network's ", "members' "), else 0. */
function possessiveBefore(tokens: readonly Token[], first: number): number {
  if (tokens[first - 1]?.norm === 's' && tokens[first - 2]?.norm === "'") return 3;
  return tokens[first - 1]?.norm === "'" && /s$/i.test(tokens[first - 2]?.raw ?? '') ? 2 : 0;
}

/** See Context.afterPossessive. */
function afterOthersPossessive(tokens: readonly Token[], first: number): boolean {
  const possessive = possessiveBefore(tokens, first);
  if (!possessive) return false;
  const owner = tokens[first - possessive];
  return owner?.kind === 'word' && !TIMES.has(owner.norm) && !namesUnAt(tokens, first - possessive);
}

/** Possessors that name a time, not a body: "this year's general assembly" is the United Nations' own. */
const TIMES = new Set(['year', 'years', 'today', 'week', 'month', 'session', 'day', 'decade']);

/** Does the word at `at` name the United Nations, or end the name of one of its organs ("UN", "the General Assembly")? */
function namesUnAt(tokens: readonly Token[], at: number): boolean {
  return UN_WORDS.has((tokens[at] as Token).raw) || unOrganEndsAt(tokens, at);
}

/** See Context.anotherOrganization. */
function namesAnotherOrganization(tokens: readonly Token[], first: number, last: number): boolean {
  // "IGAD member states", "IGAD's secretary general", "the Economic Community of West African States' member states".
  const possessive = possessiveBefore(tokens, first);
  // "the African Union and its member states", "the Community and its member states": the organization named before "and its".
  const its = tokens[first - 1]?.norm === 'its' && tokens[first - 2]?.norm === 'and' ? 3 : 0;
  const named = first - (possessive || its || 1);
  const before = tokens[named];
  if (before?.kind === 'word' && before.raw.length >= 2 && isAllCaps(before.raw) && !UN_WORDS.has(before.raw)) return true;
  // "the African Union's member states", "the Council of Europe's": the possessive of a name of several words, other than the United
  // Nations' or one of its organs'; one word ("the Network's", "the Secretary-General's") may be the United Nations' own.
  if ((possessive || its) && before?.kind === 'word' && isCapitalized(before.raw) && !namesUnAt(tokens, named) && (nameOfSeveralWords(tokens, named) || (its > 0 && tokens[named - 1]?.norm === 'the'))) return true;
  if (tokens[last]?.norm !== 'of') return false;
  const the = tokens[last + 1]?.norm === 'the';
  const at = last + (the ? 2 : 1);
  const name = tokens[at];
  if (name?.kind !== 'word' || UN_WORDS.has(name.raw)) return false;
  if (!the && isAllCaps(name.raw) && name.raw.length >= 2) return true;
  // "the secretary general of the employers' federation": a body in lower case is not the United Nations (nor "the united nations").
  if (the && name.raw === name.norm && !UN_WORDS_LOWER.has(name.norm) && !unOrganAt(tokens, at)) return true;
  return isCapitalized(name.raw) && !unOrganAt(tokens, at);
}

/** Do the tokens right before [first, last), or right after, equal any entry of the context (a phrase of one or more words)? */
export function contextMatches(tokens: readonly Token[], first: number, last: number, ctx: Context): boolean {
  const equal = (at: number, words: readonly string[]): boolean => at >= 0 && at + words.length <= tokens.length && words.every((w, k) => tokens[at + k]?.norm === w);
  for (const p of ctx.precededBy ?? []) {
    const words = dataPhraseWords(p);
    const at = first - words.length;
    // A word glued to a hyphen or apostrophe before it belongs to a longer word.
    if (equal(at, words) && !(at > 0 && /^[-']$/.test(tokens[at - 1]?.norm ?? ''))) return true;
  }
  for (const f of ctx.followedBy ?? []) {
    const words = dataPhraseWords(f);
    if (equal(last, words) && !/^[-']$/.test(tokens[last + words.length]?.norm ?? '')) return true;
  }
  if (ctx.anotherOrganization && namesAnotherOrganization(tokens, first, last)) return true;
  if (ctx.afterPossessive && afterOthersPossessive(tokens, first)) return true;
  if (ctx.startingSentenceBefore && startsSentence(tokens, first) && ctx.startingSentenceBefore.some((f) => equal(last, dataPhraseWords(f)))) return true;
  if (ctx.adjectiveAfter && beforeNoun(tokens, last) && ctx.adjectiveAfter.some((p) => { const words = dataPhraseWords(p); return equal(first - words.length, words); })) return true;
  return false;
}

/** Words after which the word before them is not a modifier: articles, pronouns, quantifiers, prepositions, conjunctions. */
const NOT_MODIFIED = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'all', 'any', 'each', 'every', 'some', 'such', 'no', 'both', 'on', 'with', 'by', 'in', 'at', 'for', 'to', 'from', 'upon', 'up', 'and', 'or', 'but', 'as', 'them', 'it', 'him', 'us', 'whether', 'how', 'what', 'where', 'when', 'which', 'who', 'if', 'so', 'not']);

/** Is the token at `at` a word that the one before it can modify (not a function word, a number or an adverb in -ly)? */
function beforeNoun(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t?.kind === 'word' && !NOT_MODIFIED.has(t.norm) && !/^\d/.test(t.norm) && !(t.norm.length > 4 && t.norm.endsWith('ly'));
}

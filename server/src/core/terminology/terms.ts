/**
 * Finds glossary terms in a block's prose: every preferred form, variant and
 * deprecated form of a concept, as whole phrases with any whitespace or line
 * break between their words. Where terms overlap the longest wins, so a
 * misordered title is reported as the title, not as its inner phrase.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { lexicon, lexiconStarts, type TermRole } from './lexicon';
import { blockTokens, isAllCaps, isCapitalized, type Token } from './tokens';
import { contextMatches, inRanges, quotedRanges } from './context';
import { perObject } from '../memo';
import type { Concept, TerminologyData } from '../data/terminology';

export interface TermMention {
  readonly span: Span;
  readonly concept: string;
  readonly role: TermRole;
  /** The glossary's spelling of the term. */
  readonly term: string;
  /** The text as written, whitespace collapsed. */
  readonly text: string;
  readonly preferred: string;
  /** What a deprecated term should be replaced with, and why. */
  readonly replacement?: string;
  readonly reason?: string;
  /** Inside a quotation or block quote, or after "so-called" or "the term": someone else's words, or words mentioned, not used. */
  readonly quoted: boolean;
  /** Written in title case although the glossary term is not: part of a name ("the Smuggling of Migrants Protocol"). */
  readonly inName: boolean;
}

/** In the drafter's own words: neither quoted nor part of a name. The terminology checks, and the hover's advice, leave the others alone. */
export function inOwnWords(m: TermMention): boolean {
  return !m.quoted && !m.inName;
}

/** The glossary's concepts that are titles ("Global Compact for Safe, Orderly and Regular Migration"). */
export const titleConcepts = perObject((terminology: TerminologyData): ReadonlySet<string> => new Set(terminology.concepts.filter((c) => c.tags.includes('title')).map((c) => c.id)));

export function extractTermMentions(block: Block, env: ExtractEnv): TermMention[] {
  const lex = lexicon(env.data.terminology);
  const out: TermMention[] = [];
  const tokensOf = blockTokens(block);
  const startsOf = lexiconStarts(block, lex);
  for (let r = 0; r < block.runs.length; r++) {
    const run = block.runs[r] as Run;
    const tokens = tokensOf[r] as Token[];
    let quotes: ReturnType<typeof quotedRanges> | undefined;
    for (const m of lex.terms.matchAll(tokens, startsOf[r])) {
      const first = tokens[m.first] as Token;
      const last = tokens[m.last - 1] as Token;
      const text = run.text.slice(first.start, last.end).replace(/\s+/g, ' ');
      const entry = m.payloads.find((p) => !p.concept.caseSensitive || p.term === text);
      if (!entry) continue;
      // "illegal immigration detention": the deprecated term is part of another phrase.
      if (entry.unless && contextMatches(tokens, m.first, m.last, entry.unless)) continue;
      quotes ??= quotedRanges(run);
      out.push({
        span: { start: run.start + first.start, end: run.start + last.end },
        concept: entry.concept.id,
        role: entry.role,
        term: entry.term,
        text,
        preferred: entry.concept.preferred,
        ...(entry.replacement !== undefined ? { replacement: entry.replacement, reason: entry.reason ?? '' } : {}),
        quoted: inRanges(quotes, first.start, last.end) || mentioned(run.text, first.start, last.end, insteadOf(entry.concept, entry.replacement)),
        inName: isLowerCase(entry.term) && capitalizedWords(tokens, m.first, m.last) >= 2 && (run.kind !== 'heading' || namesBody(tokens, m.first, m.last)),
      });
    }
  }
  return out;
}

/**
 * The words before a term that name it rather than use it, as quotation marks
 * would: "so-called", "the term", "do not say", "avoid using", "please avoid"
 * ("the term illegal migrant should not be used", "do not say illegal aliens").
 */
const NAMING_BEFORE = /\b(?:so[-\u2010\u2011\s]called|the\s+(?:terms?|words?|expressions?|phrases?)|avoid(?:ing)?\s+(?:using|saying|writing)|please\s+avoid|(?:do\s+not|don['’]t|never)\s+(?:say|use|write))\s+$/i;
/** A list item's label right before `at`: "(a)", "a)", "1.", "iv.". */
const LIST_LABEL = /(?:^|\n)[ \t>*+-]*\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]$/i;

/** Whether a clause starts at `at` in `text`: the start of the text, of a line (past list markers, a label such as "(a)" and quotation markers), of a cell, or after a sentence or clause mark. */
function opensClause(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && ' \t>*+-\u0000'.includes(text[i - 1] as string)) i--;
  if (i === 0 || '\n|;:!?'.includes(text[i - 1] as string)) return true;
  // A full stop or a parenthesis: the end of a sentence, or a list item's label.
  return '.)'.includes(text[i - 1] as string) && (text[i - 1] === '.' || LIST_LABEL.test(text.slice(Math.max(0, i - 12), i)));
}
/** An instruction to a writer that opens its clause, "Avoid", right before a term. */
const AVOID_BEFORE = /(?<![\w-])Avoid\s+$/;
/** The end of a clause right after a term: "Avoid illegal migrants; …". */
const CLAUSE_END_AFTER = /^[ \t]*(?:[;.:)\n]|$)/;
/** "instead of" or "rather than" right before a term. */
const INSTEAD_OF = /(?:[Ii]nstead\s+of|[Rr]ather\s+than)\s+$/;
/** Where a sentence or a clause of a list of terms ends: a semicolon, a line break, or a full stop before a capital (not "e.g.," or "p. 5"). */
const SENTENCE_CUT = /[;\n]|[.!?]\s+(?=[A-Z])/g;
/** Where a sentence ends: a line break, or a full stop before a capital. */
const SENTENCE_END = /\n|[.!?]\s+(?=[A-Z])/;
/** A term that opens its paragraph, item or cell as a label, after a colon or a dash: an entry of a glossary. */
const LABEL_AFTER = /^[\s*_]*[:–—]/;
/** The first words of a glossary entry that says the term is not to be used, or what to use: "not used", "deprecated", "a term to avoid", "use …". */
const ADVICE_START = /^[\s*_]*[:–—][\s*_]*(?:not\s+(?:used|to\s+be\s+used|recommended)|do\s+not\s+use|don['’]t\s+use|deprecated|outdated|obsolete|discouraged\b(?!\s+by)|(?:an?\s+)?(?:term|word|expression)\s+to\s+avoid|avoid\b|use\b(?!\s+of\b))/i;
/** A verb that tells a writer what to write: "write", "use", "prefer", "the Glossary recommends". */
const WRITE_VERB = /\b(?:writes?|says?|uses?|prefers?|recommend(?:s|ed)?|replaces?|choose)\b/i;
/** What may stand between the term to write and "instead of" right after it: closing markup or quotation marks, and a parenthesis ("*migrants in an irregular situation* (see the Glossary, p. 5) rather than"). */
const BEFORE_INSTEAD = /^[\s*_"”’'`)\]]*(?:\([^()]{0,80}\)[\s*_"”’']*)?$/;

/** Articles, which the term to write instead may have or not ("migrants in irregular situations"). */
const ARTICLES = new Set(['a', 'an', 'the']);
const termPatterns = new Map<string, RegExp>();
/** A loose pattern of the words of a term, each also in the plural, with or without articles, case ignored ("migrants in an irregular situation" for "migrant in an irregular situation"). */
function termPattern(term: string): RegExp {
  let re = termPatterns.get(term);
  if (re === undefined) {
    const words = term.trim().split(/\s+/).filter((w) => !ARTICLES.has(w.toLowerCase())).map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?`);
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`\s+(?:(?:an?|the)\s+)?`)}(?![\p{L}\p{N}])`, 'giu');
    termPatterns.set(term, re);
  }
  return re;
}

/** Whether one of `names` (the terms to write instead) appears in `text` after a verb that tells a writer what to write. */
function advisedIn(text: string, names: readonly string[]): boolean {
  const verb = WRITE_VERB.exec(text);
  if (!verb) return false;
  const after = text.slice(verb.index);
  return names.some((n) => matchesIn(termPattern(n), after));
}

/** Whether one of `names` ends right before `text`'s end (past closing markup and a parenthesis), after a verb that tells a writer what to write: "write migrants in an irregular situation" before "instead of". */
function advisedRightBefore(text: string, names: readonly string[]): boolean {
  for (const n of names) {
    const re = termPattern(n);
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) last = m;
    if (last && BEFORE_INSTEAD.test(text.slice(last.index + last[0].length)) && WRITE_VERB.test(text.slice(0, last.index))) return true;
  }
  return false;
}

/** The text of the sentence after `end` (at most 150 characters; a semicolon does not end it: "Avoid X, and do not say Y; write Z"), and that of the clause before `at`. */
function sentenceAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 150);
  const cut = SENTENCE_END.exec(rest);
  return cut ? rest.slice(0, cut.index) : rest;
}
function sentenceBefore(text: string, at: number): string {
  const gap = text.slice(Math.max(0, at - 150), at);
  let from = 0;
  SENTENCE_CUT.lastIndex = 0;
  for (let c = SENTENCE_CUT.exec(gap); c; c = SENTENCE_CUT.exec(gap)) from = c.index + c[0].length;
  return gap.slice(from);
}

/**
 * Whether the term at text[start, end) is mentioned, not used. After
 * NAMING_BEFORE it is named. After an "Avoid" that opens its clause, or after
 * "instead of" or "rather than", it is named where the sentence tells the
 * writer to write another term of its concept (`names`: the replacement, the
 * preferred term and its variants) in its place: "write migrants in an
 * irregular situation instead of illegal migrants", "Instead of illegal
 * migrants, the Glossary recommends migrants in an irregular situation",
 * "Avoid illegal migrants, and do not say …; write migrants in an irregular
 * situation", or where the clause ends after "Avoid X". As the label of a
 * glossary entry, it is named where the entry opens with ADVICE_START or its
 * line names one of `names`. "employers of migrants in an irregular situation
 * rather than illegal migrants themselves" and "Avoid illegal migration by
 * reducing the drivers of irregular migration" tell no writer anything: uses.
 */
function mentioned(text: string, start: number, end: number, names: readonly string[]): boolean {
  const near = text.slice(Math.max(0, start - 30), start);
  if (NAMING_BEFORE.test(near)) return true;
  const avoid = AVOID_BEFORE.exec(near);
  if (avoid && opensClause(text, start - near.length + avoid.index) && (CLAUSE_END_AFTER.test(text.slice(end, end + 4)) || advisedIn(sentenceAfter(text, end), names))) return true;
  const insteadFrom = Math.max(0, start - 20);
  const instead = INSTEAD_OF.exec(text.slice(insteadFrom, start));
  if (instead && (advisedRightBefore(sentenceBefore(text, insteadFrom + instead.index), names) || advisedIn(sentenceAfter(text, end), names))) return true;
  // What stands before it on its line, or in its cell: markup alone (looked at near the term only).
  const before = text.slice(Math.max(0, start - 40), start);
  const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('|')) + 1;
  const opens = (from > 0 || start <= 40) && /^[\s\u0000>*+-]*$/.test(before.slice(from));
  // A table of terms to avoid: the term fills its cell, and another cell of its row names the term to write ("| illegal migrants | migrants in an irregular situation |").
  if (opens && before[from - 1] === '|' && CELL_END_AFTER.test(text.slice(end, end + 20)) && names.some((n) => matchesIn(termPattern(n), rowOf(text, start, end)))) return true;
  if (!opens || !LABEL_AFTER.test(text.slice(end, end + 6))) return false;
  if (ADVICE_START.test(text.slice(end, end + 40))) return true;
  // The entry's line (at most 150 characters) names the term to write instead.
  const entry = text.slice(end, end + 150);
  const nl = entry.indexOf('\n');
  const line = nl < 0 ? entry : entry.slice(0, nl);
  return names.some((n) => matchesIn(termPattern(n), line));
}

/** The end of a table cell right after a term: markup, then "|". */
const CELL_END_AFTER = /^[ \t*_]*\|/;

/** The line of text[start, end), at most 300 characters on each side: a table's row. */
function rowOf(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - 300), start);
  const tail = text.slice(end, end + 300);
  const nl = tail.indexOf('\n');
  return head.slice(head.lastIndexOf('\n') + 1) + text.slice(start, end) + (nl < 0 ? tail : tail.slice(0, nl));
}

/** Whether the global pattern `re` matches in `text`. */
function matchesIn(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** The terms a writer may be told to write in place of one of `concept`'s: the replacement, the preferred term and its variants. */
const insteadOf = (concept: Concept, replacement: string | undefined): readonly string[] => (replacement === undefined ? [concept.preferred, ...concept.variants] : [replacement, concept.preferred, ...concept.variants]);

/**
 * In a heading, where every word may be capitalized ("Protection of
 * Unaccompanied Minors"), capitals make a name only near the word that says
 * what is named, a few words after the term or before it: "the Illegal
 * Immigration Reform and Immigrant Responsibility Act", "the Directorate for
 * Combating Illegal Migration".
 */
function namesBody(tokens: readonly Token[], first: number, last: number): boolean {
  const named = (t: Token | undefined): boolean => t?.kind === 'word' && NAMED.has(t.norm) && isCapitalized(t.raw);
  for (let k = last; k < tokens.length && k < last + 8; k++) if (named(tokens[k])) return true;
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) if (named(tokens[k])) return true;
  return false;
}

const NAMED = new Set(['act', 'acts', 'law', 'bill', 'decree', 'code', 'ordinance', 'regulation', 'regulations', 'directive', 'programme', 'program', 'project', 'initiative', 'fund', 'office', 'unit', 'committee', 'commission', 'council', 'network', 'centre', 'center', 'strategy', 'plan', 'policy', 'task', 'taskforce', 'working', 'department', 'division', 'agency', 'service', 'convention', 'protocol', 'report', 'series', 'directorate', 'ministry', 'authority', 'bureau', 'institute', 'organization', 'organisation']);

function isLowerCase(term: string): boolean {
  const c = term[0] ?? '';
  return c === c.toLowerCase();
}

function capitalizedWords(tokens: readonly Token[], first: number, last: number): number {
  let n = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && isCapitalized(t.raw) && !isAllCaps(t.raw)) n++;
  }
  return n;
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'or']);

/**
 * A replacement written with the occurrence's case: ALL CAPS if the
 * occurrence is, Title Case if every word of it is capitalized ("Whole of
 * Government" → "Whole-of-Government"), else capitalized if its first letter is.
 */
export function matchCase(found: string, replacement: string): string {
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return replacement.toUpperCase();
  const f = found[0] ?? '';
  if (f === f.toLowerCase()) return replacement;
  const words = found.split(/[\s-]+/);
  if (words.length > 1 && words.every((w) => SMALL.has(w) || isCapitalized(w))) {
    return replacement.replace(/[\p{L}\p{N}]+/gu, (w, at: number) => (at > 0 && SMALL.has(w) ? w : (w[0] ?? '').toUpperCase() + w.slice(1)));
  }
  return (replacement[0] ?? '').toUpperCase() + replacement.slice(1);
}

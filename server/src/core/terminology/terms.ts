/**
 * Finds glossary terms in a block's prose: every preferred form, variant and
 * deprecated form of a concept, as whole phrases with any whitespace or line
 * break between their words. Where terms overlap the longest wins, so a
 * misordered title is reported as the title, not as its inner phrase.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { lexicon, lexiconStarts, type TermEntry, type TermRole } from './lexicon';
import type { Match } from './matcher';
import { blockTokens, isAllCaps, isCapitalized, type Token } from './tokens';
import { contextMatches, inRanges, quotedRanges } from './context';
import { mentioned } from './mentioned';
import { phraseSource } from '../text/phrase';
import { perObject } from '../memo';
import type { TerminologyData } from '../data/terminology';

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
    const matches = lex.terms.matchAll(tokens, startsOf[r]);
    for (const m of matches) {
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
        quoted: inRanges(quotes, first.start, last.end) || mentioned(run.text, tokens, m.first, m.last, (from, to) => termsInstead(run.text, matches, tokens, entry, from, to)),
        inName: isLowerCase(entry.term) && capitalizedWords(tokens, m.first, m.last) >= 2 && (run.kind !== 'heading' || namesBody(tokens, m.first, m.last)),
      });
    }
  }
  return out;
}

/**
 * The spans (in the run's text `text`) that start in [from, to) of what a
 * writer may be told to write instead of the term `entry`: the other terms of
 * its concept the glossary matched there (not its deprecated ones), and its
 * replacement, which may be a form of them the glossary does not list
 * ("migrant in an irregular situation").
 */
function termsInstead(text: string, matches: readonly Match<TermEntry>[], tokens: readonly Token[], entry: TermEntry, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const m of matches) {
    const start = (tokens[m.first] as Token).start;
    if (start < from) continue;
    if (start >= to) break;
    if (m.payloads.some((p) => p.concept === entry.concept && p.role !== 'deprecated')) out.push({ start, end: (tokens[m.last - 1] as Token).end });
  }
  if (entry.replacement === undefined) return out;
  const re = replacementPattern(entry.replacement);
  const window = text.slice(from, to);
  re.lastIndex = 0;
  for (let r = re.exec(window); r; r = re.exec(window)) out.push({ start: from + r.index, end: from + r.index + r[0].length });
  return out.sort((a, b) => a.start - b.start);
}

const replacementPatterns = new Map<string, RegExp>();
/** The replacement of a deprecated term, as a whole phrase, case ignored. */
function replacementPattern(replacement: string): RegExp {
  let re = replacementPatterns.get(replacement);
  if (re === undefined) {
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])${phraseSource(replacement)}(?![\p{L}\p{N}])`, 'giu');
    replacementPatterns.set(replacement, re);
  }
  return re;
}

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

/**
 * Finds fixed terms written in the wrong case or hyphenation ("member
 * states", "follow up mechanism", "non refoulement"), following the rules of
 * data/terminology/fixed-terms.json: accepted forms, sentence-initial capitals,
 * proper-name guards and the words before or after an occurrence that decide
 * whether a form is a noun ("the follow up") or a verb ("to follow up").
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import type { Context, FixedTerm } from '../data/terminology';
import { lexicon, lexiconStarts } from './lexicon';
import { blockTokens, isAllCaps, isCapitalized, phraseWords, type Token } from './tokens';
import { inProperName, inRanges, quotedRanges, startsSentence } from './context';
import { matchCase } from './terms';

export interface FixedTermSlip {
  readonly span: Span;
  readonly term: string;
  readonly found: string;
  readonly replacement: string;
}

export function extractFixedTermSlips(block: Block, env: ExtractEnv): FixedTermSlip[] {
  const lex = lexicon(env.data.terminology);
  const out: FixedTermSlip[] = [];
  const tokensOf = blockTokens(block);
  const startsOf = lexiconStarts(block, lex);
  for (let r = 0; r < block.runs.length; r++) {
    const run = block.runs[r] as Run;
    const tokens = tokensOf[r] as Token[];
    let quotes: ReturnType<typeof quotedRanges> | undefined;
    const report = (m: { first: number; last: number }, term: FixedTerm, replacement: string): void => {
      const first = tokens[m.first] as Token;
      const last = tokens[m.last - 1] as Token;
      quotes ??= quotedRanges(run);
      if (inRanges(quotes, first.start, last.end)) return;
      // Single-spaced, for the message: the span keeps the text's line breaks.
      out.push({ span: { start: run.start + first.start, end: run.start + last.end }, term: term.id, found: phraseText(run, tokens, m.first, m.last), replacement });
    };
    for (const m of lex.casings.matchAll(tokens, startsOf[r])) {
      const { term, index } = m.payloads[0] as (typeof m.payloads)[number];
      const casing = term.casing[index];
      if (!casing) continue;
      const found = phraseText(run, tokens, m.first, m.last);
      if (isAllCaps(found)) continue;
      // Where another organization is named, its form is the only one: "the Member States of the African Union" too is reported.
      const other = casing.otherOrganizations;
      const initial = startsSentence(tokens, m.first);
      if (other && contextMatches(tokens, m.first, m.last, other.when)) {
        const correct = initial ? upperFirst(other.correct) : other.correct;
        if (found !== correct) report(m, term, correct);
        continue;
      }
      if (found === casing.correct || casing.accept.includes(found)) continue;
      const sentenceCase = term.allowSentenceInitialCapital && initial;
      if (sentenceCase && found === upperFirst(casing.correct)) continue;
      if (term.ignoreInHeadings && run.kind === 'heading') continue;
      if (term.properNameGuard && inProperName(tokens, m.first, m.last)) continue;
      if (term.unless && contextMatches(tokens, m.first, m.last, term.unless)) continue;
      // "Human Rights are universal" → "Human rights", not "human rights".
      report(m, term, sentenceCase ? upperFirst(casing.correct) : casing.correct);
    }
    for (const m of lex.wrongForms.matchAll(tokens, startsOf[r])) {
      const { term, index } = m.payloads[0] as (typeof m.payloads)[number];
      const wrong = term.wrongForms[index];
      if (!wrong) continue;
      const found = phraseText(run, tokens, m.first, m.last);
      if (wrong.lowercaseInitialOnly && isCapitalized(found)) continue;
      // "the Regional Capacity Building Programme": a name keeps its own form.
      if (term.properNameGuard && isCapitalized(found) && inProperName(tokens, m.first, m.last)) continue;
      if (wrong.onlyWhen && !contextMatches(tokens, m.first, m.last, wrong.onlyWhen)) continue;
      if (wrong.unless && contextMatches(tokens, m.first, m.last, wrong.unless)) continue;
      report(m, term, matchCase(found, wrong.replacement));
    }
  }
  return out;
}

/** The United Nations, which "Member States" and "Secretary-General" name without saying so. */
const UN_WORDS = new Set(['UN', 'United', 'Organization']);
/**
 * The United Nations' own organs, whose members are its Member States ("the
 * Member States of the General Assembly"), as the normalized words of their
 * names; "the Assembly" and "the Council" alone name them too.
 */
const UN_ORGANS: readonly (readonly string[])[] = [
  ['general', 'assembly'],
  ['security', 'council'],
  ['economic', 'and', 'social', 'council'],
  ['trusteeship', 'council'],
  ['human', 'rights', 'council'],
  ['secretariat'],
  ['assembly'],
  ['council'],
];

/** Does an organ of the United Nations start at token `at`, its name ending there (not "the Council of Europe")? */
function unOrganAt(tokens: readonly Token[], at: number): boolean {
  return UN_ORGANS.some((words) => {
    if (!words.every((w, k) => tokens[at + k]?.norm === w)) return false;
    const next = tokens[at + words.length];
    return !(next?.kind === 'word' && (next.norm === 'of' || isCapitalized(next.raw)));
  });
}

/** See Context.anotherOrganization. */
function namesAnotherOrganization(tokens: readonly Token[], first: number, last: number): boolean {
  // "IGAD member states", "IGAD's secretary general".
  const possessive = tokens[first - 1]?.norm === 's' && tokens[first - 2]?.norm === "'";
  const before = tokens[first - (possessive ? 3 : 1)];
  if (before?.kind === 'word' && before.raw.length >= 2 && isAllCaps(before.raw) && !UN_WORDS.has(before.raw)) return true;
  if (tokens[last]?.norm !== 'of') return false;
  const the = tokens[last + 1]?.norm === 'the';
  const at = last + (the ? 2 : 1);
  const name = tokens[at];
  if (name?.kind !== 'word' || UN_WORDS.has(name.raw)) return false;
  if (!the && isAllCaps(name.raw) && name.raw.length >= 2) return true;
  return isCapitalized(name.raw) && !unOrganAt(tokens, at);
}

function upperFirst(text: string): string {
  return (text[0] ?? '').toUpperCase() + text.slice(1);
}

function phraseText(run: Run, tokens: readonly Token[], first: number, last: number): string {
  return run.text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end).replace(/\s+/g, ' ');
}

const contextCache = new Map<string, readonly string[]>();

function contextTokens(entry: string): readonly string[] {
  let t = contextCache.get(entry);
  if (!t) {
    t = phraseWords(entry);
    contextCache.set(entry, t);
  }
  return t;
}

/** Do the tokens right before [first, last), or right after, equal any entry of the context? */
function contextMatches(tokens: readonly Token[], first: number, last: number, ctx: Context): boolean {
  const equal = (at: number, words: readonly string[]): boolean => at >= 0 && at + words.length <= tokens.length && words.every((w, k) => tokens[at + k]?.norm === w);
  for (const p of ctx.precededBy ?? []) {
    const words = contextTokens(p);
    const at = first - words.length;
    // A word glued to a hyphen or apostrophe before it belongs to a longer word.
    if (equal(at, words) && !(at > 0 && /^[-']$/.test(tokens[at - 1]?.norm ?? ''))) return true;
  }
  for (const f of ctx.followedBy ?? []) {
    const words = contextTokens(f);
    if (equal(last, words) && !/^[-']$/.test(tokens[last + words.length]?.norm ?? '')) return true;
  }
  if (ctx.anotherOrganization && namesAnotherOrganization(tokens, first, last)) return true;
  return false;
}

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
import type { FixedTerm } from '../data/terminology';
import { lexicon, lexiconStarts } from './lexicon';
import { blockTokens, isAllCaps, isCapitalized, type Token } from './tokens';
import { contextMatches, inProperName, inRanges, quotedRanges, startsSentence } from './context';
import { matchCase } from './terms';
import { inTableHeader } from '../parse/tables';

export interface FixedTermSlip {
  readonly span: Span;
  readonly term: string;
  readonly found: string;
  readonly replacement: string;
  /** Why the form found is wrong, where it is not the term's own reason. */
  readonly reason?: string;
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
    const report = (m: { first: number; last: number }, term: FixedTerm, replacement: string, reason?: string): void => {
      const first = tokens[m.first] as Token;
      const last = tokens[m.last - 1] as Token;
      quotes ??= quotedRanges(run);
      if (inRanges(quotes, first.start, last.end)) return;
      // Single-spaced, for the message: the span keeps the text's line breaks.
      out.push({ span: { start: run.start + first.start, end: run.start + last.end }, term: term.id, found: phraseText(run, tokens, m.first, m.last), replacement, ...(reason ? { reason } : {}) });
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
        if (found !== correct) report(m, term, correct, other.reason);
        continue;
      }
      if (found === casing.correct || casing.accept.includes(found)) continue;
      const sentenceCase = term.allowSentenceInitialCapital && initial;
      if (sentenceCase && found === upperFirst(casing.correct)) continue;
      if (term.ignoreInHeadings && (run.kind === 'heading' || inTableHeader(run.text, (tokens[m.first] as Token).start))) continue;
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
      report(m, term, matchCase(found, wrong.replacement), wrong.reason);
    }
  }
  return out;
}

function upperFirst(text: string): string {
  return (text[0] ?? '').toUpperCase() + text.slice(1);
}

function phraseText(run: Run, tokens: readonly Token[], first: number, last: number): string {
  return run.text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end).replace(/\s+/g, ' ');
}

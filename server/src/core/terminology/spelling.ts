/**
 * Finds words spelled against the configured convention (UN style by
 * default: British spelling with -ize). Never inside quotations, code, URLs,
 * the official names listed in the data ("World Health Organization",
 * "Department of Defense") or other capitalized names: official names keep
 * their own spelling. One of those names written in another spelling
 * ("International Labor Organization") is a slip of the whole name.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { lexicon, lexiconStarts, type SpellingPayload } from './lexicon';
import { blockTokens, isCapitalized, type Token } from './tokens';
import { contextMatches, inProperName, inRanges, quotedRanges, startsSentence } from './context';
import { matchCase } from './terms';

export interface SpellingSlip {
  readonly span: Span;
  readonly found: string;
  readonly replacement: string;
  /** The slip is an official name in another spelling ("International Labor Organization"); `replacement` is the name. */
  readonly name?: true;
}

export function extractSpellingSlips(block: Block, env: ExtractEnv): SpellingSlip[] {
  const convention = env.config.spelling;
  if (convention === 'off') return [];
  const lex = lexicon(env.data.terminology);
  const forms = lex.spelling(convention);
  const out: SpellingSlip[] = [];
  const tokensOf = blockTokens(block);
  const startsOf = lexiconStarts(block, lex);
  for (let r = 0; r < block.runs.length; r++) {
    const run = block.runs[r] as Run;
    if (run.quoted) continue;
    const tokens = tokensOf[r] as Token[];
    const matches = forms.matchAll(tokens, startsOf[r]);
    // An official name in another spelling is wrong whatever the convention: "International Labor Organization" in American spelling too.
    const respelt = lex.misspeltNames.matchAll(tokens, startsOf[r]);
    if (!matches.length && !respelt.length) continue;
    const names = lex.properNames.matchAll(tokens, startsOf[r]);
    const quotes = quotedRanges(run);
    const quoted = (first: Token, last: Token): boolean => inRanges(quotes, first.start, last.end) || inFootnoteLabel(run.text, first.start, last.end);
    const slips: SpellingSlip[] = [];
    const misnamed: { first: number; last: number }[] = [];
    for (const m of respelt) {
      const first = tokens[m.first] as Token;
      const last = tokens[m.last - 1] as Token;
      if (!isCapitalized(first.raw) || overlaps(names, m) || quoted(first, last)) continue;
      misnamed.push(m);
      const found = run.text.slice(first.start, last.end).replace(/\s+/g, ' ');
      slips.push({ span: { start: run.start + first.start, end: run.start + last.end }, found, replacement: m.payloads[0] as string, name: true });
    }
    for (const m of matches) {
      if (overlaps(names, m) || overlaps(misnamed, m)) continue;
      const first = tokens[m.first] as Token;
      const last = tokens[m.last - 1] as Token;
      if (quoted(first, last)) continue;
      // A capitalized word mid-sentence, or beside other capitalized words, belongs to a name.
      if (isCapitalized(first.raw) && ((run.kind === 'paragraph' && !startsSentence(tokens, m.first)) || inProperName(tokens, m.first, m.last))) continue;
      const form = m.payloads[0] as SpellingPayload;
      // "computer program": the other convention's form is right here.
      if (form.unless && contextMatches(tokens, m.first, m.last, form.unless)) continue;
      const found = run.text.slice(first.start, last.end);
      slips.push({ span: { start: run.start + first.start, end: run.start + last.end }, found, replacement: matchCase(found, form.replacement) });
    }
    if (misnamed.length) slips.sort((a, b) => a.span.start - b.span.start);
    // One at a time: a run may hold a hundred thousand slips, more arguments than a call takes.
    for (const slip of slips) out.push(slip);
  }
  return out;
}

/** Whether a match shares a token with one of `matches`. */
function overlaps(matches: readonly { first: number; last: number }[], m: { first: number; last: number }): boolean {
  return matches.some((n) => m.first < n.last && n.first < m.last);
}

/**
 * Whether `text.slice(start, end)` is inside a footnote label ("[^labor-abuse]"):
 * a reference must repeat its label exactly, so a label is a name, not prose.
 */
function inFootnoteLabel(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && i > start - 100 && LABEL_CHAR.test(text[i - 1] as string)) i--;
  if (text[i - 1] !== '^' || text[i - 2] !== '[') return false;
  let j = end;
  while (j < text.length && j < end + 100 && LABEL_CHAR.test(text[j] as string)) j++;
  return text[j] === ']';
}

const LABEL_CHAR = /[\w-]/;

/**
 * Completion of glossary terms (preferred forms only, with their definition
 * as documentation) and of the acronyms the document defines, as the
 * drafter types the start of a word: "traff" offers "trafficking in
 * persons", "IO" offers "IOM" when the document defines it.
 */
import type { CompletionEntry, CompletionProvider } from '../features/types';
import { linePrefix } from '../features/completion';
import { describeConcept } from './hover';

const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** How many words of a glossary phrase typed so far are looked at: "migrants in an irr" is four. */
const MAX_PHRASE_WORDS = 6;

/** The word being typed: letters, digits and hyphens at the end of the line so far (at most 40), scanned backwards. */
function typedWord(prefix: string): string | undefined {
  let i = prefix.length;
  while (i > 0 && prefix.length - i < 40 && WORD_CHAR.test(prefix[i - 1] as string)) i--;
  return prefix.length - i >= 2 ? prefix.slice(i) : undefined;
}

/**
 * The phrases that end with the word being typed, longest first: "Member St"
 * then "St". Each starts at a word of the line.
 */
function typedPhrases(prefix: string, word: string): string[] {
  const out = [word];
  let start = prefix.length - word.length;
  for (let n = 1; n < MAX_PHRASE_WORDS; n++) {
    let i = start;
    while (i > 0 && start - i < 40 && (prefix[i - 1] === ' ' || prefix[i - 1] === '\t')) i--;
    if (i === start) break;
    const end = i;
    while (i > 0 && end - i < 40 && WORD_CHAR.test(prefix[i - 1] as string)) i--;
    if (i === end) break;
    start = i;
    out.unshift(prefix.slice(start));
  }
  return out;
}

export const terminologyCompletion: CompletionProvider = (model, offset, ctx) => {
  const prefix = linePrefix(model, offset);
  const typed = typedWord(prefix);
  if (!typed) return [];
  const out: CompletionEntry[] = [];
  // The longest phrase typed that starts a glossary term decides what is replaced: "Member St" offers "Member States", not "Member States parties".
  for (const phrase of typedPhrases(prefix, typed)) {
    const lower = phrase.toLowerCase().replace(/[ \t]+/g, ' ');
    const concepts = ctx.data.terminology.concepts.filter((c) => c.preferred.toLowerCase().startsWith(lower));
    if (concepts.length === 0) continue;
    const replace = { start: offset - phrase.length, end: offset };
    for (const c of concepts) {
      // Keep the drafter's capital at the start of a sentence.
      const label = /^\p{Lu}/u.test(phrase) && !c.caseSensitive ? c.preferred[0]?.toUpperCase() + c.preferred.slice(1) : c.preferred;
      out.push({ label, kind: 'term', detail: 'Glossary term', documentation: describeConcept(c), replace });
    }
    break;
  }
  const replace = { start: offset - typed.length, end: offset };
  const seen = new Set<string>();
  for (const d of model.facts('acronymDefinitions')) {
    if (d.span.end > offset || seen.has(d.acronym) || !d.acronym.startsWith(typed) || d.acronym === typed) continue;
    seen.add(d.acronym);
    out.push({ label: d.acronym, kind: 'acronym', detail: d.expansion ?? 'Defined in this document', ...(d.expansion ? { documentation: `**${d.acronym}**: ${d.expansion}` } : {}), replace });
  }
  return out;
};

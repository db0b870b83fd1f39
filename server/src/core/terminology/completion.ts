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

/** The word being typed: letters, digits and hyphens at the end of the line so far (at most 40), scanned backwards. */
function typedWord(prefix: string): string | undefined {
  let i = prefix.length;
  while (i > 0 && prefix.length - i < 40 && WORD_CHAR.test(prefix[i - 1] as string)) i--;
  return prefix.length - i >= 2 ? prefix.slice(i) : undefined;
}

export const terminologyCompletion: CompletionProvider = (model, offset, ctx) => {
  const typed = typedWord(linePrefix(model, offset));
  if (!typed) return [];
  const lower = typed.toLowerCase();
  const replace = { start: offset - typed.length, end: offset };
  const out: CompletionEntry[] = [];
  for (const c of ctx.data.terminology.concepts) {
    if (!c.preferred.toLowerCase().startsWith(lower)) continue;
    // Keep the drafter's capital at the start of a sentence.
    const label = /^\p{Lu}/u.test(typed) && !c.caseSensitive ? c.preferred[0]?.toUpperCase() + c.preferred.slice(1) : c.preferred;
    out.push({ label, kind: 'term', detail: 'Glossary term', documentation: describeConcept(c), replace });
  }
  const seen = new Set<string>();
  for (const d of model.facts('acronymDefinitions')) {
    if (d.span.end > offset || seen.has(d.acronym) || !d.acronym.startsWith(typed) || d.acronym === typed) continue;
    seen.add(d.acronym);
    out.push({ label: d.acronym, kind: 'acronym', detail: d.expansion ?? 'Defined in this document', ...(d.expansion ? { documentation: `**${d.acronym}**: ${d.expansion}` } : {}), replace });
  }
  return out;
};

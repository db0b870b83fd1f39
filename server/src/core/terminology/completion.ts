/**
 * Completion of glossary terms (preferred forms only, with their definition
 * as documentation) and of the acronyms the document defines, as the
 * drafter types the start of a word: "traff" offers "trafficking in
 * persons", "IO" offers "IOM" when the document defines it. A term of several
 * words stays on offer as they are typed ("trafficking i", "unaccompanied
 * and "), and one started by a variant ("human traf") is offered in its
 * preferred form in place of all of it.
 */
import type { CompletionEntry, CompletionProvider, CompletionTrigger } from '../features/types';
import { linePrefix } from '../features/completion';
import { describeConcept } from './hover';
import type { Concept } from '../data/terminology';

const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** What may stand between two words of a phrase typed so far: spaces, and a comma ("safe, orderly and r"). */
const GAP_CHAR = /[ \t,]/;
/** How many words of a glossary phrase typed so far are looked at: "migrants in an irr" is four. */
const MAX_PHRASE_WORDS = 6;

/** The word being typed: letters, digits and hyphens at the end of the line so far (at most 40), scanned backwards; '' after a space. */
function typedWord(prefix: string): string {
  let i = prefix.length;
  while (i > 0 && prefix.length - i < 40 && WORD_CHAR.test(prefix[i - 1] as string)) i--;
  return prefix.slice(i);
}

/**
 * The phrases that end with the word being typed (or with the space after
 * the last word), longest first: "Member St" then "St"; "trafficking " alone.
 * Each starts at a word of the line.
 */
function typedPhrases(prefix: string, word: string): string[] {
  const out = word ? [word] : [];
  let start = prefix.length - word.length;
  for (let n = 1; n < MAX_PHRASE_WORDS; n++) {
    let i = start;
    while (i > 0 && start - i < 40 && GAP_CHAR.test(prefix[i - 1] as string)) i--;
    if (i === start) break;
    const end = i;
    while (i > 0 && end - i < 40 && WORD_CHAR.test(prefix[i - 1] as string)) i--;
    if (i === end) break;
    start = i;
    out.unshift(prefix.slice(start));
  }
  return out;
}

/**
 * The glossary terms a phrase typed so far starts, by their preferred form or
 * by a variant once its first word is typed ("human traf" offers
 * "trafficking in persons", replacing all of it). A single word needs two
 * letters; a phrase of several words is
 * offered from its first letter on, and after a space, so that the list stays
 * open while a term of several words is typed.
 */
function termsStartedBy(phrase: string, concepts: readonly Concept[], trigger: CompletionTrigger): { concept: Concept; form: string }[] {
  const words = phrase.trim().split(/[ \t,]+/).length;
  const afterSpace = /[ \t,]$/.test(phrase);
  if (words < 2 && !afterSpace && phrase.length < 2) return [];
  // A space typed after one word opens the list only when the drafter asks, or keeps it open: not after every word that starts a term.
  if (words < 2 && afterSpace && trigger === 'character') return [];
  const lower = phrase.toLowerCase().replace(/[ \t]+/g, ' ');
  const out: { concept: Concept; form: string }[] = [];
  for (const c of concepts) {
    // A variant leads to its term once its first word is typed whole ("human traf"), not from the first letters of a word ("hu").
    const forms = words < 2 ? [c.preferred] : [c.preferred, ...c.variants];
    const form = forms.find((f) => f.length > lower.length && f.toLowerCase().startsWith(lower));
    if (form) out.push({ concept: c, form });
  }
  return out;
}

export const terminologyCompletion: CompletionProvider = (model, offset, ctx, trigger) => {
  const prefix = linePrefix(model, offset);
  const typed = typedWord(prefix);
  const out: CompletionEntry[] = [];
  // The longest phrase typed that starts a glossary term decides what is replaced: "Member St" offers "Member States", not "Member States parties".
  for (const phrase of typedPhrases(prefix, typed)) {
    const found = termsStartedBy(phrase, ctx.data.terminology.concepts, trigger);
    if (found.length === 0) continue;
    const replace = { start: offset - phrase.length, end: offset };
    for (const { concept: c, form } of found) {
      // Keep the drafter's capital at the start of a sentence.
      const label = /^\p{Lu}/u.test(phrase) && !c.caseSensitive ? c.preferred[0]?.toUpperCase() + c.preferred.slice(1) : c.preferred;
      const variant = form !== c.preferred;
      // The editor filters by what lies in the range, so a term started by a variant is filtered by that variant.
      out.push({ label, kind: 'term', detail: variant ? `Glossary term, for "${form}"` : 'Glossary term', documentation: describeConcept(c), replace, ...(variant ? { filterText: form } : {}) });
    }
    break;
  }
  if (typed.length < 2) return out;
  const replace = { start: offset - typed.length, end: offset };
  const seen = new Set<string>();
  for (const d of model.facts('acronymDefinitions')) {
    if (d.span.end > offset || seen.has(d.acronym) || !d.acronym.startsWith(typed) || d.acronym === typed) continue;
    seen.add(d.acronym);
    out.push({ label: d.acronym, kind: 'acronym', detail: d.expansion ?? 'Defined in this document', ...(d.expansion ? { documentation: `**${d.acronym}**: ${d.expansion}` } : {}), replace });
  }
  return out;
};

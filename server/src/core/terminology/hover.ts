/**
 * Hover on a glossary term, a fixed term in the wrong form, or an acronym.
 * A term shows its concept: the preferred form, the definition and its
 * source, and for a variant or a deprecated form what to write instead and
 * why; a fixed term the whole reason and source. An acronym shows the long
 * form the document defines for it, else the one the data knows, with its
 * source.
 */
import type { HoverProvider } from '../features/types';
import type { DocumentModel } from '../model/model';
import type { ReferenceData } from '../data/reference';
import type { Concept } from '../data/terminology';
import { inOwnWords, type TermMention } from './terms';
import type { Span } from '../text/span';
import { acronymKey, expansionOf, expansionSource } from './acronymData';
import { wouldReport } from '../lint';

export const terminologyHover: HoverProvider = (model, offset, ctx) => {
  const at = <T extends { span: { start: number; end: number } }>(list: readonly T[]): T | undefined => list.find((x) => x.span.start <= offset && offset <= x.span.end);
  const term = at(model.facts('termMentions'));
  if (term) {
    const concept = ctx.data.terminology.concepts.find((c) => c.id === term.concept);
    // What to write instead only where the check would say so: not in a quotation or a name, which both checks leave alone, nor where it is off or suppressed.
    const check = term.role === 'deprecated' ? 'terminology/deprecated-term' : 'terminology/mixed-variants';
    const advice = term.role === 'preferred' || (inOwnWords(term) && wouldReport(model, check, term.span.start));
    return concept ? { span: term.span, contents: advice ? describeTerm(concept, term) : describeConcept(concept) } : undefined;
  }
  const slip = at(model.facts('fixedTermSlips'));
  const fixed = slip && wouldReport(model, 'terminology/fixed-term', slip.span.start) ? ctx.data.terminology.fixedTerms.find((t) => t.id === slip.term) : undefined;
  if (slip && fixed) {
    const source = fixed.source.url ? `[${fixed.source.title}](${fixed.source.url})` : fixed.source.title;
    return { span: slip.span, contents: `Write **${slip.replacement}**. ${fixed.reason}\n\nSource: ${source}` };
  }
  const acronym = at(model.facts('acronymUses')) ?? at(model.facts('acronymDefinitions')) ?? knownAcronymAt(model, offset, ctx.data);
  if (!acronym) return undefined;
  const contents = describeAcronym(model, acronym.acronym, ctx.data);
  return contents ? { span: acronym.span, contents } : undefined;
};

/** A known acronym (UN, SDG…) under the cursor: these are not kept as facts, so the prose is read here. */
function knownAcronymAt(model: DocumentModel, offset: number, data: ReferenceData): { span: Span; acronym: string } | undefined {
  const run = model.runAt(offset);
  if (!run) return undefined;
  const word = /[A-Za-z0-9]/;
  let s = offset - run.start;
  let e = s;
  while (s > 0 && word.test(run.text[s - 1] as string)) s--;
  while (e < run.text.length && word.test(run.text[e] as string)) e++;
  const acronym = run.text.slice(s, e);
  return data.terminology.knownAcronyms.has(acronym) ? { span: { start: run.start + s, end: run.start + e }, acronym } : undefined;
}

export function describeConcept(concept: Concept): string {
  const source = concept.source ? `\n\nSource: ${concept.source.url ? `[${concept.source.title}](${concept.source.url})` : concept.source.title}` : '';
  return `**${concept.preferred}**${concept.definition ? `\n\n${concept.definition}` : ''}${source}`;
}

function describeTerm(concept: Concept, term: TermMention): string {
  const id = `\n\nGlossary concept \`${concept.id}\` (\`"glossary": { "disable": ["${concept.id}"] }\` in .compact-lint.json switches it off).`;
  if (term.role === 'deprecated') return `Deprecated: write **${term.replacement ?? concept.preferred}**. ${term.reason ?? ''}\n\n---\n\n${describeConcept(concept)}${id}`;
  if (term.role === 'variant') return `A variant of the preferred term **${concept.preferred}**: use one form throughout a document.\n\n---\n\n${describeConcept(concept)}${id}`;
  return describeConcept(concept) + id;
}

function describeAcronym(model: DocumentModel, acronym: string, data: ReferenceData): string | undefined {
  const key = acronymKey(acronym);
  const defined = model.facts('acronymDefinitions').find((d) => acronymKey(d.acronym) === key && d.expansion !== null);
  if (defined) return `**${acronym}**: ${defined.expansion} (defined on line ${model.lines.positionAt(defined.span.start).line + 1})`;
  const expansion = expansionOf(acronym, data);
  if (!expansion) return undefined;
  const source = expansionSource(acronym, data);
  return `**${acronym}**: ${expansion}${source ? `\n\nSource: ${source}` : ''}`;
}

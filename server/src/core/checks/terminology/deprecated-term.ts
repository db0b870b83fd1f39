import { reportsAt, type Check, type Report } from '../check';
import { inOwnWords, matchCase, titleConcepts } from '../../terminology/terms';
import { SpanSet } from '../../text/span';
import { withArticle } from '../../terminology/article';
import type { TermMention } from '../../terminology/terms';
import type { DocumentModel } from '../../model/model';

export const deprecatedTerm: Check = {
  id: 'terminology/deprecated-term',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'A term the glossary deprecates ("illegal migrants"), with the reason and the preferred term.',
  docs: `Negotiated texts use agreed words. Some terms are deprecated because they are inaccurate or stigmatizing ("illegal migrants": a person is not illegal, an act or a stay may be irregular), or because they misname an instrument ("Global Compact on Safe, Orderly and Regular Migration"). The finding gives the reason from the glossary and a quick fix to the preferred term; the fix is applied by \`--fix\` only for the names of instruments, where it never changes the grammar. Before the people a singular term qualifies ("illegal migrant workers"), the preferred term's own qualifier moves after them: "migrant workers in an irregular situation". Before a possessive or another noun ("illegal migrant smuggling") the sentence needs rewording, and no fix is offered.

Only the term itself is reported: "illegal activities", "illegal trade" or "illegal arms" are not about migrants. Quotations, block quotes and a term after "so-called" are someone else's words, and a term is mentioned, not used, after "the term", "the word", "do not say", "avoid using" or "please avoid"; after an "Avoid" that opens its clause, or after "instead of" or "rather than", where the sentence tells the writer to write another term of the concept in its place (its replacement, preferred term or variants, with or without articles: "write migrants in an irregular situation instead of illegal migrants", "Instead of illegal migrants, the Glossary recommends …", "Avoid illegal migrants, and do not say …; write …") or the clause ends after "Avoid X" ("(a) Avoid illegal migrants;"); and as the label of a glossary entry that opens by saying the term is not used or what to use ("**Illegal migrant**: not used", "deprecated", "a term to avoid", "use …") or names the term to write on its line, and a term that fills a table cell in a row that names the term to write ("| illegal migrants | migrants in an irregular situation |"): those are not reported either. "States should avoid illegal migration", "Avoid illegal migration by reducing the drivers of irregular migration", "employers of migrants in an irregular situation rather than illegal migrants themselves" and "- Illegal migration: rose by 12 per cent" use the term, and are reported.

Invalid: \`States shall not detain illegal migrants.\` Valid: \`States shall not detain migrants in an irregular situation.\``,
  *run(model): Iterable<Report> {
    let instruments: SpanSet | undefined;
    for (const m of model.facts('termMentions')) {
      if (!reportable(m)) continue;
      const title = titleConcepts(model.data.terminology).has(m.concept);
      // A misnamed instrument is reported by the instrument checks, with the registry's title; but a misnaming the glossary names
      // ("Global Compact for Safe, Orderly, and Regular Migration") is reported here, with its reason and a fix --fix applies.
      // The instruments' spans are gathered at the first deprecated term: a draft may have none.
      instruments ??= new SpanSet(model.facts('instrumentMentions').flatMap((i) => (i.match === 'unknown' ? [] : [i.span])));
      if (!title && instruments.overlaps(m.span)) continue;
      const replacement = matchCase(m.text, m.replacement);
      // "illegal migrant workers": the people the term qualifies take the preferred term's own qualifier, "migrant workers in an irregular situation".
      const compound = title ? undefined : requalified(model.text, m.span.end, replacement);
      if (compound) {
        const span = { start: m.span.start, end: compound.end };
        yield {
          span: m.span,
          message: `Deprecated term "${m.text}": use "${replacement}", here "${compound.words}". ${m.reason ?? ''}`.trim(),
          fixes: [{ title: `Replace with "${compound.words}"`, edits: [withArticle(model.text, span, compound.words)], safe: false, preferred: true }],
        };
        continue;
      }
      yield {
        span: m.span,
        message: `Deprecated term "${m.text}": use "${replacement}". ${m.reason ?? ''}`.trim(),
        // Before a possessive ("illegal migrants’ rights") or another noun it qualifies ("illegal migrant smuggling") the sentence needs rewording: no fix.
        // A title's fix changes only its words: "the Global Compact on Safe, Orderly and Regular Migration's objectives" keeps its possessive.
        fixes: !title && needsRewording(model.text, m.span.end) ? [] : [{ title: `Replace with "${replacement}"`, edits: [withArticle(model.text, m.span, replacement)], safe: title, preferred: true }],
      };
    }
  },
};

/**
 * Nouns that a term for people qualifies when written right before them
 * ("illegal migrant workers", "undocumented migrant children"): the
 * preferred term, which ends with its own qualifier ("migrants in an
 * irregular situation"), cannot take its place there.
 */
const QUALIFIED_NOUNS = new Set(['worker', 'workers', 'child', 'children', 'woman', 'women', 'man', 'men', 'girls', 'boys', 'families', 'family', 'youth', 'labour', 'labor', 'smuggling', 'detention', 'domestic', 'communities', 'community', 'population', 'populations', 'flows', 'households', 'students', 'seafarers', 'caregivers', 'parents', 'minors', 'crossings', 'camps']);

/**
 * People that a singular term for migrants qualifies ("illegal migrant
 * workers", "an illegal immigrant domestic worker"), read from `end`, the
 * term's end, with the preferred term's qualifier moved after them:
 * "migrant workers in an irregular situation". Undefined where no such noun
 * follows, or where the preferred term has no qualifier after its noun.
 */
function requalified(text: string, end: number, replacement: string): { readonly words: string; readonly end: number } | undefined {
  const people = PEOPLE.exec(text.slice(end, end + 40));
  const parts = /^(\S+)(\s+in\s.+)$/i.exec(replacement);
  // A plural term ("illegal migrants") qualifies no noun; and where another noun follows ("illegal migrant family members",
  // "illegal migrant worker rights"), the phrase goes on past the people: the sentence needs rewording.
  if (!people || !parts || /s$/i.test(parts[1] as string)) return undefined;
  const after = end + people[0].length;
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(after, after + 24))?.[1];
  if (next !== undefined && !FOLLOWERS.has(next.toLowerCase())) return undefined;
  return { words: `${parts[1] as string} ${(people[1] as string).replace(/\s+/g, ' ')}${parts[2] as string}`, end: after };
}

/** Words that may follow the people a term qualifies without making them part of a longer noun: verbs, prepositions, conjunctions. */
const FOLLOWERS = new Set(['are', 'were', 'is', 'was', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'and', 'or', 'but', 'nor', 'in', 'at', 'on', 'of', 'for', 'from', 'to', 'with', 'without', 'by', 'as', 'into', 'under', 'across', 'within', 'during', 'through', 'who', 'whom', 'whose', 'that', 'which', 'than', 'remain', 'remains', 'face', 'faces', 'need', 'needs', 'work', 'works', 'live', 'lives']);

/** Written as the text has them: "Illegal Migrant Workers" in a heading gives "Migrant Workers in an Irregular Situation". */
const PEOPLE = /^[ \t]+((?:domestic[ \t]+)?(?:workers?|child(?:ren)?|wom[ae]n|m[ae]n|girls|boys|famil(?:y|ies)|youth|students?|seafarers?|caregivers?|parents|minors))(?![\p{L}\p{N}'’-])/iu;

/** Whether what follows a term at `end` is a possessive or a noun the term qualifies. */
function needsRewording(text: string, end: number): boolean {
  if (/^['’]/.test(text.slice(end, end + 1))) return true;
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 24));
  return next !== null && QUALIFIED_NOUNS.has((next[1] as string).toLowerCase());
}


/** A deprecated term that this check reports where its concept allows: outside quotations and names, with a replacement. */
function reportable(m: TermMention): m is TermMention & { readonly replacement: string } {
  return m.role === 'deprecated' && inOwnWords(m) && m.replacement !== undefined;
}

/**
 * Where this check reports a misnaming of a title that the glossary names
 * ("Global Compact on Safe, Orderly and Regular Migration"), with its reason:
 * instruments/misnamed-title leaves those to it. None where the check is off
 * or a suppression comment silences it.
 */
export function reportedTitleMisnamings(model: DocumentModel): SpanSet {
  const titles = titleConcepts(model.data.terminology);
  return new SpanSet(model.facts('termMentions').flatMap((t) => (reportable(t) && titles.has(t.concept) && reportsAt(model, deprecatedTerm, t.span.start) ? [t.span] : [])));
}

import type { Check, Report } from '../check';
import type { TermMention } from '../../terminology/terms';
import { inOwnWords, matchCase, titleConcepts } from '../../terminology/terms';
import { dataPhraseWords, phraseWords } from '../../terminology/tokens';
import { withArticle } from '../../terminology/article';
import { headNoun, plural, singular, withHeadNoun } from '../../text/plural';

export const mixedVariants: Check = {
  id: 'terminology/mixed-variants',
  category: 'terminology',
  defaultSeverity: 'info',
  description: 'Two or more forms of one concept in a document ("trafficking in persons" and "human trafficking").',
  docs: `A reader of a negotiated text takes two different words for two different things. When a document uses several accepted forms of one glossary concept, the uses of the other forms are reported, naming the form to keep, with a quick fix to it: the glossary's preferred form (the agreed wording, as in "safe, orderly and regular migration") wherever the document uses it, else the form the document uses most, with a second quick fix to the preferred form; "Fix all" in the editor aligns the whole document at once, with the form the first fixes name. The fix is not applied by \`--fix\`, because a sentence may need rewording around the new form.

A title the document cites counts as a use of the agreed wording it holds: beside "the Global Compact for Safe, Orderly and Regular Migration", "safe, regular and orderly migration" is reported even where the document never writes "safe, orderly and regular migration" in its own words.

Quotations (in double or single quotes, « » or „ “) and block quotes are not counted.

Invalid: \`Trafficking in persons is a crime. … victims of human trafficking …\`. Valid: the same form throughout.`,
  *run(model): Iterable<Report> {
    const byConcept = new Map<string, TermMention[]>();
    for (const m of model.facts('termMentions')) {
      if (m.role === 'deprecated' || !inOwnWords(m)) continue;
      const list = byConcept.get(m.concept) ?? [];
      list.push(m);
      byConcept.set(m.concept, list);
    }
    let titles: TermMention[] | undefined;
    for (const mentions of byConcept.values()) {
      const counts = new Map<string, number>();
      for (const m of mentions) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
      const preferred = mentions[0]?.preferred ?? '';
      // A title the document cites may hold the agreed wording ("the Global Compact for Safe, Orderly and Regular Migration"): another form beside it is mixed too.
      let title: TermMention | undefined;
      if (!counts.has(preferred)) {
        titles ??= model.facts('termMentions').filter((t) => titleConcepts(model.data.terminology).has(t.concept));
        const agreed = dataPhraseWords(preferred);
        title = titles.find((t) => holdsWords(phraseWords(t.text), agreed));
      }
      if (counts.size + (title ? 1 : 0) < 2) continue;
      // The agreed wording, where the document uses it, is never the form that gives way, however often another is used.
      const keep = counts.has(preferred) || title ? preferred : ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? preferred);
      const count = counts.get(keep) ?? 0;
      const times = title ? `in the title "${title.text}"` : count === 1 ? 'once' : `${count} times`;
      for (const m of mentions) {
        if (m.term === keep) continue;
        const replacement = matchCase(m.text, inNumberOf(m.text, keep));
        const fixes = [{ title: `Replace with "${replacement}"`, edits: [withArticle(model.text, m.span, replacement)], safe: false, preferred: true }];
        // Where the document never uses the agreed wording, the form it uses most keeps it consistent ("Fix all"), and the agreed wording is offered beside it.
        const agreed = keep === preferred ? undefined : matchCase(m.text, inNumberOf(m.text, preferred));
        if (agreed !== undefined) fixes.push({ title: `Replace with the glossary's "${agreed}"`, edits: [withArticle(model.text, m.span, agreed)], safe: false, preferred: false });
        yield {
          span: m.span,
          message:
            keep === preferred
              ? `"${m.text}" and "${keep}" name the same concept; the glossary prefers "${keep}", which this document uses ${times}.`
              : `"${m.text}" and "${keep}" name the same concept; this document uses "${keep}" ${times}, and the glossary prefers "${preferred}".`,
          fixes,
        };
      }
    }
  },
};

/**
 * A form put in place of a mention, in the mention's number: "a legal
 * pathway" gives "a regular pathway", not "a regular pathways"; "an
 * irregular migrant" "a migrant in an irregular situation". The head nouns
 * (before "of", "in"…, else the last word) are compared.
 */
function inNumberOf(found: string, form: string): string {
  const foundHead = headNoun(found);
  const formHead = headNoun(form);
  const foundPlural = singular(foundHead) !== foundHead;
  const formPlural = singular(formHead) !== formHead;
  if (formPlural && !foundPlural) return withHeadNoun(form, singular);
  if (foundPlural && !formPlural) return withHeadNoun(form, plural);
  return form;
}

/** Whether `words` hold `part`, word for word, somewhere in a row: "Global Compact on Refugees" holds "refugees", not "refugee". */
function holdsWords(words: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, k) => words[i + k] === w)) return true;
  return false;
}

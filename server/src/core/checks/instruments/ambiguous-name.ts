import type { Check, Fix, Report } from '../check';
import { distinctName } from '../../instruments/describe';
import { FUNCTION_WORDS, nameWords } from '../../instruments/tokens';
import type { InstrumentMention } from '../../instruments/extract';
import type { DocumentModel } from '../../model/model';
import { singular } from '../../text/plural';
import { firstSentenceEnd } from '../../text/sentences';

const NEXT_WORDS = 6;

/**
 * The one candidate that the words right after the name single out ("the
 * Palermo Protocol (Trafficking in Persons Protocol)", "the Palermo Protocol
 * on human trafficking", "… on migrant smuggling"): all the words of its
 * distinct name that the other candidates' names lack, or the first of them,
 * its head ("trafficking", "smuggling"), in the singular or the plural, among
 * the first NEXT_WORDS words of the rest of the sentence. Another distinct word alone
 * ("protect migrants") is too common in a draft to say which. Further on,
 * the words may name another instrument ("the Palermo Protocol, and the
 * Protocol to Prevent … Trafficking in Persons").
 */
function namedAfter(sentence: string, names: readonly string[]): number | undefined {
  const words = new Set(nameWords(sentence).slice(0, NEXT_WORDS).map(singular));
  const own = names.map((n) => nameWords(n).filter((w) => !FUNCTION_WORDS.has(w)).map(singular));
  const named = own.flatMap((ws, k) => {
    const distinct = ws.filter((w) => !own.some((other, j) => j !== k && other.includes(w)));
    return distinct.length > 0 && (words.has(distinct[0] as string) || distinct.every((w) => words.has(w))) ? [k] : [];
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the words after an ambiguous mention, in its own paragraph or
 * heading, single out one candidate (see namedAfter), other than by naming it
 * as a mention of its own: "the Palermo Protocol and the Smuggling of Migrants
 * Protocol" names two; "the Palermo Protocol (Smuggling of Migrants
 * Protocol)" says which.
 */
function singledOut(model: DocumentModel, m: InstrumentMention, names: readonly string[]): boolean {
  const run = model.runAt(m.span.start);
  if (!run) return false;
  const after = run.text.slice(m.span.end - run.start, Math.min(run.end, m.span.end + 120) - run.start);
  // The words that say which are in the same sentence; a mention in the next one is of its own.
  const inCell = after.split('|', 1)[0] as string;
  const sentence = inCell.slice(0, firstSentenceEnd(inCell));
  const end = m.span.end + sentence.length;
  const k = namedAfter(sentence, names);
  if (k === undefined) return false;
  const id = m.ids[k];
  const separate = model.facts('instrumentMentions').find((o) => o.span.start >= m.span.end && o.span.start < end && o.ids.length === 1 && o.ids[0] === id);
  return !separate || /^\s*\(\s*$/.test(model.text.slice(m.span.end, separate.span.start));
}

export const ambiguousName: Check = {
  id: 'instruments/ambiguous-name',
  category: 'instruments',
  defaultSeverity: 'info',
  description: 'A short name that stands for several instruments ("the Palermo Protocol").',
  docs: `Some short names are used for more than one instrument: "the Palermo Protocol" may be the Trafficking in Persons Protocol or the Smuggling of Migrants Protocol, both adopted at Palermo with the Organized Crime Convention. Name the one you mean; a quick fix is offered for each. A name followed closely, in the same sentence, by the words that single one of them out, or by the first of them ("the Palermo Protocol (Trafficking in Persons Protocol)", "the Palermo Protocol on human trafficking", "the Palermo Protocol, which addresses migrant smuggling"), is not reported; "the Palermo Protocol protects migrants" does not say which.

Invalid: \`the Palermo Protocol\`. Valid: \`the Trafficking in Persons Protocol\`, \`the Smuggling of Migrants Protocol\`.`,
  *run(model, ctx): Iterable<Report> {
    const registry = ctx.data.instruments;
    for (const m of model.facts('instrumentMentions')) {
      if (m.ids.length < 2) continue;
      const fixes: Fix[] = [];
      const names: string[] = [];
      const distinct: string[] = [];
      for (const id of m.ids) {
        const instrument = registry.byId(id);
        if (!instrument) continue;
        const name = distinctName(instrument, registry);
        distinct.push(name);
        names.push(`the ${name}`);
        fixes.push({ title: `Write "${name}"${name === instrument.title ? '' : ` (${instrument.title})`}`, edits: [{ span: m.span, newText: name }], safe: false });
      }
      if (singledOut(model, m, distinct)) continue;
      yield { span: m.span, message: `"${m.name}" may mean ${names.join(' or ')}: name the one you mean.`, fixes };
    }
  },
};

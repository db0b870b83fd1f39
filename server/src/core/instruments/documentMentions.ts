/**
 * The instrument mentions an editor shows for a whole document: the extracted
 * ones, plus the later bare uses of an acronym that is also an everyday word
 * ("SAR") once the document has defined it as an instrument ("International
 * Convention on Maritime Search and Rescue (SAR)"). A block alone cannot tell
 * whether such a definition came before, so this is derived from the model's
 * facts: the instrument's definition among the mentions, the uses among the
 * acronyms. A document that also defines the acronym otherwise ("search and
 * rescue (SAR)") leaves its bare uses alone. Hover and references read these;
 * checks read the extracted mentions, which never guess.
 */
import type { DocumentModel } from '../model/model';
import type { InstrumentMention } from './extract';

export function documentMentions(model: DocumentModel): readonly InstrumentMention[] {
  return model.derived('instruments/documentMentions', withDefinedAcronyms);
}

function withDefinedAcronyms(model: DocumentModel): readonly InstrumentMention[] {
  const mentions = model.facts('instrumentMentions');
  const registry = model.data.instruments;
  // Acronym → the instrument it was first defined as, and where.
  const defined = new Map<string, InstrumentMention>();
  for (const m of mentions) {
    const id = m.ids[0];
    if (m.form === 'acronym' && id && registry.byId(id)?.contextAcronyms.includes(m.name) && !defined.has(m.name)) defined.set(m.name, m);
  }
  if (!defined.size) return mentions;
  for (const d of model.facts('acronymDefinitions')) {
    const def = defined.get(d.acronym);
    if (def && d.span.start !== def.span.start) defined.delete(d.acronym);
  }
  const added: InstrumentMention[] = [];
  // Both lists are in document order: one walk skips the uses inside a longer name ("SAR Convention").
  let k = 0;
  for (const use of model.facts('acronymUses')) {
    const def = defined.get(use.acronym);
    if (!def || use.span.start < def.span.end) continue;
    while (k < mentions.length && (mentions[k] as InstrumentMention).span.end < use.span.end) k++;
    const around = mentions[k];
    if (around && around.span.start <= use.span.start) continue;
    added.push({ match: 'exact', ids: def.ids, form: 'acronym', name: def.name, span: use.span });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.span.start - b.span.start) : mentions;
}

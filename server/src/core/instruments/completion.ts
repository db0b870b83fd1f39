/**
 * Completion of instrument names as the drafter types a title, a short name
 * or an acronym ("Convention on the R", "Migrant Wor", "ICR"). The entry
 * inserts the official title, written "Title (ACRONYM)" at the instrument's
 * first mention in the document so that the acronym is defined where it is
 * first used; after that, an acronym inserts itself.
 */
import type { CompletionEntry, CompletionProvider } from '../features/types';
import type { Instrument } from '../data/instruments';
import { linePrefix } from '../features/completion';
import { instrumentNames, type InstrumentName } from './names';
import { describeInstrument } from './describe';
import { isCapitalized, tokenize } from './tokens';

/** How many words back a typed name may start. */
const MAX_WORDS = 12;

export const instrumentCompletion: CompletionProvider = (model, offset, ctx) => {
  const tail = linePrefix(model, offset).slice(-160);
  const tokens = tokenize(tail);
  const last = tokens[tokens.length - 1];
  if (!last || !/^[\s,]*$/.test(tail.slice(last.end))) return [];
  const partial = last.end === tail.length ? last.norm : '';
  const registry = ctx.data.instruments;
  const names = instrumentNames(registry);
  // The longest typed phrase that begins a name wins: "Convention on the R" rather than "R".
  for (let k = Math.max(0, tokens.length - MAX_WORDS); k < tokens.length; k++) {
    const first = tokens[k];
    if (!first || !isCapitalized(first.raw) || /[.;:!?()]/.test(tail.slice(first.start))) continue;
    const typed = tail.slice(first.start);
    if (typed.trim().length < 3) continue;
    const whole = tokens.slice(k, partial ? -1 : undefined).map((t) => t.norm);
    const matching = names.filter((n) => begins(n, whole, partial, partial ? last.raw : ''));
    if (!matching.length) continue;
    const replace = { start: offset - typed.length, end: offset };
    const mentioned = new Set(model.facts('instrumentMentions').filter((m) => m.span.start < replace.start).flatMap((m) => m.ids));
    const seen = new Set<string>();
    const out: CompletionEntry[] = [];
    for (const name of matching) {
      for (const id of name.ids) {
        const instrument = registry.byId(id);
        const key = `${id}:${name.form === 'acronym' ? name.text : ''}`;
        if (!instrument || seen.has(key)) continue;
        seen.add(key);
        out.push(entry(instrument, name, replace, typed, !mentioned.has(id)));
      }
    }
    return out;
  }
  return [];
};

/** Whether the name starts with the typed words, the last one partly typed. Acronyms match only as typed, in capitals. */
function begins(name: InstrumentName, whole: readonly string[], partial: string, partialRaw: string): boolean {
  if (name.form === 'acronym') return whole.length === 0 && partialRaw.length >= 2 && name.words.length === 1 && name.text.startsWith(partialRaw);
  if (name.words.length < whole.length + (partial ? 1 : 0)) return false;
  for (let i = 0; i < whole.length; i++) if (name.words[i] !== whole[i]) return false;
  return !partial || (name.words[whole.length] as string).startsWith(partial);
}

function entry(i: Instrument, name: InstrumentName, replace: { start: number; end: number }, typed: string, firstUse: boolean): CompletionEntry {
  const acronym = i.acronyms[0];
  // A title that ends in a parenthesis ("Domestic Workers Convention, 2011 (No. 189)") already names its short form: no second one after it.
  const full = firstUse && acronym && !i.title.endsWith(')') ? `${i.title} (${acronym})` : i.title;
  const base = { kind: 'instrument' as const, documentation: describeInstrument(i), replace, sortText: i.title };
  if (name.form === 'acronym') {
    return { ...base, label: name.text, detail: i.title, insertText: firstUse ? `${i.title} (${name.text})` : name.text, filterText: name.text };
  }
  const detail = [i.kind, acronym].filter(Boolean).join(' · ');
  // A year typed before the title ("the 1951 ") stays: "the 1951 Convention relating to the Status of Refugees".
  const year = /^((?:19|20)\d\d)\s/.exec(typed)?.[1];
  const insertText = year && !i.title.startsWith(year) ? `${year} ${full}` : full;
  // The client filters on what was typed: keep the matched name's own words so "Migrant Wor" still finds the title.
  return { ...base, label: i.title, detail, insertText, filterText: name.text.length >= typed.length ? name.text : i.title };
}

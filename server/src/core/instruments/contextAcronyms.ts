/**
 * Acronyms of an instrument that are also ordinary words or have other
 * everyday meanings: "SAR" is search and rescue and the Special Administrative
 * Region of "Hong Kong SAR" far more often than the SAR Convention, "CAT" is
 * a word and also the Committee against Torture. The registry keeps them apart
 * from the instrument's names (data/instruments.json `contextAcronyms`), so a
 * bare one is never taken for the instrument. It is a mention only where the
 * text itself says so: in parentheses right after one of the instrument's
 * names, "International Convention on Maritime Search and Rescue (SAR)". Its
 * other acronyms ("SAR Convention", "UNCAT") carry their context and are
 * recognised everywhere as names.
 */
import type { InstrumentRegistry } from '../data/instruments';
import type { Token } from './tokens';

export interface DefinedAcronym {
  readonly id: string;
  readonly acronym: string;
}

/**
 * The context acronym defined at token `at`, right after a name of one of
 * `ids` that ends at token `at - 1`: "Name (SAR)", the parentheses holding the
 * acronym alone.
 */
export function definedAcronymAt(text: string, tokens: readonly Token[], at: number, ids: readonly string[], registry: InstrumentRegistry): DefinedAcronym | undefined {
  const t = tokens[at];
  const before = tokens[at - 1];
  if (!t || !before || t.segment !== before.segment || text[t.end] !== ')') return undefined;
  if (!/^[ \t\r\n]*\([ \t\r\n]*$/.test(text.slice(before.end, t.start))) return undefined;
  for (const id of ids) {
    if (registry.byId(id)?.contextAcronyms.includes(t.raw)) return { id, acronym: t.raw };
  }
  return undefined;
}

/**
 * What the reference data knows about an acronym: whether every reader knows
 * it, and its expansion from the terminology data or, failing that, the title
 * of the instrument the registry lists under it.
 */
import type { ReferenceData } from '../data/reference';

/** The shape of an acronym, in the singular or the plural: capitals, maybe digits, a capital last, maybe "s" ("IOM", "G20X", "NGOs"). */
export const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]*[A-Z]s?$/;

/** The acronym a plural stands for: "NGOs" → "NGO". Definitions of one cover the other. */
export function acronymKey(acronym: string): string {
  return acronym.endsWith('s') && /^[A-Z0-9-]*[A-Z]s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
}

/** Known to every reader (built-in list plus `acronyms.known`): never needs a definition. */
export function isKnownAcronym(acronym: string, data: ReferenceData): boolean {
  const k = data.terminology.knownAcronyms;
  return k.has(acronym) || k.has(acronymKey(acronym));
}

export function expansionOf(acronym: string, data: ReferenceData): string | undefined {
  const a = data.terminology.acronyms.get(acronym);
  if (a) return a.expansion;
  const single = data.terminology.acronyms.get(acronymKey(acronym));
  if (single?.plural === acronym && single.pluralExpansion) return single.pluralExpansion;
  return data.instruments.byAcronym(acronym)?.title;
}

/** Where the expansion comes from, for hovers. */
export function expansionSource(acronym: string, data: ReferenceData): string | undefined {
  const a = data.terminology.acronyms.get(acronym) ?? data.terminology.acronyms.get(acronymKey(acronym));
  if (a?.source) return a.source.url ? `[${a.source.title}](${a.source.url})` : a.source.title;
  const i = data.instruments.byAcronym(acronym);
  return i ? (i.url ? `[${i.title}](${i.url})` : i.title) : undefined;
}

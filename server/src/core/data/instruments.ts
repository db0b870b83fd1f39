/**
 * Typed access to the registry of international instruments (data/instruments.json,
 * see data/SOURCES.md), with the user's own instruments from `.compact-lint.json`
 * merged over the built-in ones by id. Facts missing from the sources stay
 * null: the registry never guesses. Built once per configuration.
 */
import raw from '../../../../data/instruments.json';
import type { UserInstrument } from '../config/types';

export interface Instrument {
  readonly id: string;
  /** The official full title. */
  readonly title: string;
  /** Short names drafters use ("Refugee Convention", "ILO Convention No. 189"). */
  readonly aliases: readonly string[];
  /** The formal title of an ILO instrument, where the sources give one ("Convention concerning Decent Work for Domestic Workers"). */
  readonly formalTitle?: string;
  /** Matched case-sensitively, as whole words ("CRC", "C189"). */
  readonly acronyms: readonly string[];
  /**
   * Acronyms that are also ordinary words or have other everyday meanings
   * ("SAR": search and rescue, Hong Kong SAR): they stand for the instrument
   * only where the text defines them as it, right after its name.
   */
  readonly contextAcronyms: readonly string[];
  readonly kind: string;
  readonly binding: boolean | null;
  /** ISO dates. */
  readonly adopted: string | null;
  readonly entryIntoForce: string | null;
  readonly depositary: string | null;
  /** The committee that monitors a core human rights treaty (its treaty body), and the acronym it goes by. */
  readonly monitoringBody?: { readonly name: string; readonly acronym: string };
  /**
   * The id of the treaty's or convention's one protocol, which "its Protocol"
   * after its name stands for ("the 1951 Refugee Convention and its 1967
   * Protocol"): the only related instrument of the data that is a protocol
   * and not an optional one (a treaty with optional protocols often has
   * several, which "its Protocol" would not tell apart).
   */
  readonly protocol?: string;
  readonly documentSymbol: string | null;
  readonly url: string | null;
  /** When a treaty adopted one year was concluded (opened for signature) in another, that date: its year is one of `years` too. */
  readonly concluded: string | null;
  /** The ILO number of an ILO convention, protocol or recommendation ("(No. 189)" → 189). */
  readonly iloNumber: number | null;
  /** Years a drafter may rightly attach to the instrument (adoption, conclusion, years in its names). */
  readonly years: readonly number[];
  /** Defined in the user's configuration. */
  readonly user: boolean;
}

export interface InstrumentRegistry {
  readonly all: readonly Instrument[];
  byId(id: string): Instrument | undefined;
  /** The instrument an acronym stands for ("CRC" → the Convention on the Rights of the Child); the first one if several share it. */
  byAcronym(acronym: string): Instrument | undefined;
}

interface RawInstrument {
  id: string;
  title: string;
  aliases?: string[];
  formalTitle?: string;
  acronyms?: string[];
  contextAcronyms?: string[];
  kind: string;
  binding: boolean | null;
  adopted: string | null;
  entryIntoForce: string | null;
  depositary: string | null;
  monitoringBody?: { name: string; acronym: string };
  relatedInstruments?: string[];
  documentSymbol: string | null;
  untcMtdsg?: string | null;
  concluded?: { date?: string | null } | null;
}

const ILO_NUMBER = /\(No\. (\d{1,3})\)$/;

let builtIn: readonly Instrument[] | undefined;

function fromRaw(r: RawInstrument, byId: ReadonlyMap<string, RawInstrument>): Instrument {
  const protocol = protocolOf(r, byId);
  return complete({
    id: r.id,
    title: r.title,
    aliases: r.aliases ?? [],
    ...(r.formalTitle ? { formalTitle: r.formalTitle } : {}),
    acronyms: r.acronyms ?? [],
    contextAcronyms: r.contextAcronyms ?? [],
    kind: r.kind,
    binding: r.binding,
    adopted: r.adopted,
    entryIntoForce: r.entryIntoForce,
    depositary: r.depositary,
    ...(r.monitoringBody ? { monitoringBody: r.monitoringBody } : {}),
    ...(protocol ? { protocol } : {}),
    documentSymbol: r.documentSymbol,
    url: officialLink(r),
    concluded: r.concluded?.date ?? null,
  });
}

/** A protocol's name without the title of the treaty it is "to". */
function ownPart(name: string): string {
  const at = name.startsWith('Protocol') ? name.indexOf(' to the ') : -1;
  return at < 0 ? name : name.slice(0, at);
}

/** Derives the ILO number and the accepted years from the names and dates. */
function complete(i: Omit<Instrument, 'iloNumber' | 'years' | 'user'> & { user?: boolean }): Instrument {
  const ilo = /^ilo|ILO/.test(i.id + i.kind) ? ILO_NUMBER.exec(i.title) : null;
  const years = new Set<number>();
  for (const date of [i.adopted, i.concluded]) if (date) years.add(Number(date.slice(0, 4)));
  // A year in the title of the treaty a protocol is "to" is that treaty's ("Protocol of 2014 to the Forced Labour Convention, 1930").
  for (const name of [i.title, ...i.aliases, ...(i.formalTitle ? [i.formalTitle] : [])]) for (const y of ownPart(name).match(/\b(?:1[89]|20)\d\d\b/g) ?? []) years.add(Number(y));
  return { ...i, iloNumber: ilo ? Number(ilo[1]) : null, years: [...years], user: i.user ?? false };
}

/**
 * The official page: the UN Treaty Collection status page for treaties
 * deposited with the Secretary-General, NORMLEX for ILO instruments, the UN
 * document system for resolutions.
 */
function officialLink(r: RawInstrument): string | null {
  if (r.untcMtdsg) {
    const chapter = r.untcMtdsg.split('-')[0] ?? '';
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII'].indexOf(chapter) + 1;
    return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${r.untcMtdsg}&chapter=${roman}&clang=_en`;
  }
  const ilo = /^ilo-([cpr])(\d{3})$/.exec(r.id);
  if (ilo) return `https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:${(ilo[1] as string).toUpperCase()}${ilo[2]}`;
  if (r.documentSymbol && /^A\/RES\/[\w()/]+$/.test(r.documentSymbol)) return `https://undocs.org/${r.documentSymbol}`;
  return null;
}

function builtInInstruments(): readonly Instrument[] {
  if (builtIn) return builtIn;
  const raws = (raw as unknown as { instruments: RawInstrument[] }).instruments;
  const byId = new Map(raws.map((r) => [r.id, r]));
  return (builtIn = raws.map((r) => fromRaw(r, byId)));
}

/** See Instrument.protocol. */
function protocolOf(r: RawInstrument, byId: ReadonlyMap<string, RawInstrument>): string | undefined {
  if (r.kind !== 'treaty' && r.kind !== 'ILO convention') return undefined;
  const protocols = (r.relatedInstruments ?? []).filter((id) => {
    const p = byId.get(id);
    return p !== undefined && p.kind === 'protocol' && !p.title.startsWith('Optional');
  });
  return protocols.length === 1 ? protocols[0] : undefined;
}

/**
 * A user instrument over the built-in one with the same id (its fields win), or a new one.
 * What the configuration cannot set (the formal title, the monitoring committee, the
 * protocol, the date of conclusion) is the built-in one's.
 */
function mergeUser(u: UserInstrument, base: Instrument | undefined): Instrument {
  return complete({
    id: u.id,
    title: u.title,
    aliases: u.aliases ?? base?.aliases ?? [],
    ...(base?.formalTitle ? { formalTitle: base.formalTitle } : {}),
    ...(base?.monitoringBody ? { monitoringBody: base.monitoringBody } : {}),
    ...(base?.protocol ? { protocol: base.protocol } : {}),
    acronyms: u.acronyms ?? base?.acronyms ?? [],
    contextAcronyms: (base?.contextAcronyms ?? []).filter((a) => !u.acronyms?.includes(a)),
    kind: u.kind ?? base?.kind ?? 'treaty',
    binding: u.binding ?? base?.binding ?? null,
    adopted: u.adopted ?? base?.adopted ?? null,
    entryIntoForce: u.entryIntoForce ?? base?.entryIntoForce ?? null,
    depositary: u.depositary ?? base?.depositary ?? null,
    documentSymbol: u.documentSymbol ?? base?.documentSymbol ?? null,
    url: u.url ?? base?.url ?? null,
    concluded: base?.concluded ?? null,
    user: true,
  });
}

export function instrumentRegistry(user: readonly UserInstrument[]): InstrumentRegistry {
  const byId = new Map<string, Instrument>(builtInInstruments().map((i) => [i.id, i]));
  for (const u of user) byId.set(u.id, mergeUser(u, byId.get(u.id)));
  const all = [...byId.values()];
  const acronyms = new Map<string, Instrument>();
  for (const i of all) for (const a of i.acronyms) if (!acronyms.has(a)) acronyms.set(a, i);
  return { all, byId: (id) => byId.get(id), byAcronym: (a) => acronyms.get(a) };
}

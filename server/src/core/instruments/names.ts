/**
 * Every name by which an instrument may be cited, built once per registry:
 * official titles, the registry's short names and acronyms, and the forms
 * derived from a title (the title without a leading "United Nations", its
 * "supplementing …" clause or a closing year, an ILO
 * title without its number, "ILO Convention No. 189", "C189"). Names shared by
 * several instruments ("Palermo Protocol") are kept once with all their
 * instruments: such a name is ambiguous.
 *
 * The names of the built-in registry are computed by `npm run generate` into
 * names.generated.json (a test fails when that file is out of date):
 * computing them here cost about 3.5 ms of every command's first document.
 * A registry with the user's own instruments has its names computed here.
 */
import type { Instrument, InstrumentRegistry } from '../data/instruments';
import { isCapitalized, tokenize } from './tokens';
import { perObject } from '../memo';
import generated from './names.generated.json';

export type NameForm = 'title' | 'alias' | 'acronym';

export interface InstrumentName {
  /** As spelled in the registry. */
  readonly text: string;
  readonly words: readonly string[];
  readonly form: NameForm;
  /** The instruments this name stands for; more than one when it is ambiguous. */
  readonly ids: string[];
  /** Per word: must be capitalized in the text (short names); titles match in any case. */
  readonly capitals: readonly boolean[];
}

export const instrumentNames = perObject(
  (registry: InstrumentRegistry): readonly InstrumentName[] => (registry.all.some((i) => i.user) ? namesOfInstruments(registry.all) : (generated as readonly InstrumentName[])),
);

/** Every name of the given instruments, in their order; each name once, with all the instruments it stands for. */
export function namesOfInstruments(instruments: readonly Instrument[]): InstrumentName[] {
  const byKey = new Map<string, InstrumentName>();
  for (const instrument of instruments) {
    for (const [text, form] of namesOf(instrument)) add(byKey, text, form, instrument.id);
  }
  return [...byKey.values()];
}

function add(byKey: Map<string, InstrumentName>, text: string, form: NameForm, id: string): void {
  const tokens = tokenize(text);
  if (!tokens.length) return;
  const key = (form === 'acronym' ? '=' : '') + tokens.map((t) => (form === 'acronym' ? t.raw : t.norm)).join(' ');
  const known = byKey.get(key);
  if (known) {
    if (!known.ids.includes(id)) known.ids.push(id);
    return;
  }
  const capitals = tokens.map((t) => form !== 'title' && isCapitalized(t.raw));
  byKey.set(key, { text, words: tokens.map((t) => t.norm), form, ids: [id], capitals });
}

/** The names of one instrument, official title first. */
export function namesOf(i: Instrument): [string, NameForm][] {
  const out: [string, NameForm][] = [[i.title, 'title']];
  if (i.formalTitle) out.push([i.formalTitle, 'title']);
  // "Convention against Transnational Organized Crime": the title without its leading "United Nations".
  const un = /^(?:United Nations|UN) /.exec(i.title);
  const rest = un ? i.title.slice(un[0].length) : '';
  if (rest.split(' ').length >= 3) out.push([rest, 'title']);
  // "International Convention on Maritime Search and Rescue, 1979": a title ending in its year is cited without it.
  const dated = /, (?:1[89]|20)\d\d$/.exec(i.title);
  if (dated) out.push([i.title.slice(0, dated.index), 'title']);
  const supplementing = i.title.indexOf(', supplementing ');
  if (supplementing > 0) out.push([i.title.slice(0, supplementing), 'title']);
  if (i.iloNumber !== null) {
    const n = i.iloNumber;
    const bare = i.title.replace(/ \(No\. \d+\)$/, '');
    if (bare !== i.title) out.push([bare, 'title']);
    // "Migration for Employment Convention (Revised)", followed or not by a year of its own (compared by the year check);
    // a short name the data gives as an alias ("Forced Labour Convention") stays one.
    const undated = bare.replace(/, (?:1[89]|20)\d\d$/, '');
    if (undated !== bare && undated.split(' ').length >= 3 && !i.aliases.includes(undated)) out.push([undated, 'title']);
    const word = /Recommendation/.test(i.title) ? 'Recommendation' : /^Protocol/.test(i.title) ? '' : 'Convention';
    if (word) {
      out.push([`ILO ${word} No. ${n}`, 'alias'], [`${word} No. ${n}`, 'alias'], [`ILO ${word} ${n}`, 'alias']);
      const letter = word[0] as string;
      out.push([`${letter}${n}`, 'acronym'], [`${letter}${String(n).padStart(3, '0')}`, 'acronym']);
    }
  }
  for (const a of i.aliases) out.push([a, 'alias']);
  for (const a of i.acronyms) out.push([a, 'acronym']);
  return out;
}

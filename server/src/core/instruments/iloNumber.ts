/**
 * ILO conventions cited with their number: "ILO Convention No. 98 on
 * Migration for Employment" names its subject after the number, and "the
 * Migration for Employment Convention (Revised), 1949 (No. 98)" its number
 * after the title and year. Where the subject, or the title and its year, are
 * a known convention's, a number that is not its number is wrong.
 */
import type { Instrument, InstrumentRegistry } from '../data/instruments';
import { nameWords, type Token } from './tokens';
import { perObject } from '../memo';

/** A number written with a convention, as a token index. */
export interface WrittenNumber {
  readonly value: number;
  readonly index: number;
  /** Characters of its token before the digits: 1 for "C143". */
  readonly skip?: number;
}

export interface NumberedSubject {
  readonly instrument: Instrument;
  /** Token indexes of the whole citation, end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly number: WrittenNumber;
}

/** The subject of each ILO convention: its title's words before "Convention" ("Migration for Employment"). */
const subjects = perObject((registry: InstrumentRegistry): { instrument: Instrument; words: string[] }[] =>
  registry.all.flatMap((instrument) => {
    const subject = instrument.iloNumber !== null ? /^(.+?) Convention\b/.exec(instrument.title)?.[1] : undefined;
    return subject ? [{ instrument, words: nameWords(subject) }] : [];
  }),
);

const NUMBER = /^\d{1,3}$/;
/** The ILO's short form of a convention's number: "C189". */
const SHORT_NUMBER = /^C(\d{1,3})$/;

/**
 * "[ILO] Convention [No.] N on|concerning SUBJECT" starting at token `from`,
 * where SUBJECT is a known convention's and N is not its number.
 */
export function numberedSubjectAt(tokens: readonly Token[], from: number, registry: InstrumentRegistry): NumberedSubject | undefined {
  let i = from;
  if (tokens[i]?.raw === 'ILO') i++;
  if (tokens[i]?.raw !== 'Convention') return undefined;
  i++;
  if (tokens[i]?.norm === 'no') i++;
  const written = tokens[i];
  if (!written || !NUMBER.test(written.raw)) return undefined;
  const number = { value: Number(written.raw), index: i };
  const link = tokens[++i]?.norm;
  if (link !== 'on' && link !== 'concerning') return undefined;
  i++;
  const segment = (tokens[from] as Token).segment;
  // A number the registry does not know may be another convention on a subject named alike ("No. 105 on Forced Labour" is the
  // Abolition of Forced Labour Convention): only a subject of three words or more is taken as naming a known one.
  const known = subjects(registry).some((s) => s.instrument.iloNumber === number.value);
  for (const { instrument, words } of subjects(registry)) {
    if (instrument.iloNumber === number.value || (!known && words.length < 3)) continue;
    if (words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]?.segment === segment)) return { instrument, from, to: i + words.length, number };
  }
  return undefined;
}

/**
 * The ILO number written right after a name in `text` (the tokens' run), and a
 * year between them: "…, 1949 (No. 97)", "… (ILO No. 97)", "…, 2011 (C189)",
 * "(ILO C189)" (the short form in parentheses only: "C189, C029" is a list of
 * names).
 */
export function numberAfter(text: string, tokens: readonly Token[], to: number): { number: WrittenNumber; year: number | undefined } | undefined {
  let k = to;
  const year = /^\d{4}$/.test(tokens[k]?.raw ?? '') ? Number(tokens[k++]?.raw) : undefined;
  const from = tokens[k];
  if (tokens[k]?.raw === 'ILO') k++;
  const token = tokens[k];
  const short = token && SHORT_NUMBER.exec(token.raw);
  if (short) return text[(from as Token).start - 1] === '(' && text[token.end] === ')' ? { number: { value: Number(short[1]), index: k, skip: 1 }, year } : undefined;
  if (tokens[k]?.norm !== 'no') return undefined;
  const written = tokens[k + 1]?.raw ?? '';
  return NUMBER.test(written) ? { number: { value: Number(written), index: k + 1 }, year } : undefined;
}

/**
 * ILO conventions cited as a list of numbers: "ILO Conventions Nos. 29, 97 and
 * 143". Each number is a mention of the convention that bears it; a single
 * "Convention No. 189" is an ordinary name (see names.ts).
 */
import type { Instrument, InstrumentRegistry } from '../data/instruments';
import type { Token } from './tokens';
import { perObject } from '../memo';

export interface IloListItem {
  readonly instrument: Instrument;
  /** The number's token index. */
  readonly index: number;
}

const conventions = perObject((registry: InstrumentRegistry): Map<number, Instrument> => {
  const map = new Map<number, Instrument>();
  for (const i of registry.all) if (i.iloNumber !== null && /Convention/.test(i.title) && !map.has(i.iloNumber)) map.set(i.iloNumber, i);
  return map;
});

/** The word a list starts with, as written. */
export const LIST_HEAD = 'Conventions';

/**
 * The conventions of a list starting at token `from` ("Conventions", or "ILO"
 * before it), and the index after the list: "Conventions Nos. 97 and 143",
 * "ILO Conventions No. 97 and No. 143".
 */
export function iloListAt(tokens: readonly Token[], from: number, registry: InstrumentRegistry): { items: IloListItem[]; to: number } | undefined {
  if (tokens[from]?.raw === 'ILO' && tokens[from + 1]?.segment === tokens[from]?.segment) from++;
  if (tokens[from]?.raw !== LIST_HEAD || !/^[Nn]os?$/.test(tokens[from + 1]?.raw ?? '')) return undefined;
  const known = conventions(registry);
  const items: IloListItem[] = [];
  let i = from + 2;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.segment !== tokens[from]?.segment) break;
    if (/^\d{1,3}$/.test(t.raw)) {
      const instrument = known.get(Number(t.raw));
      if (instrument) items.push({ instrument, index: i });
    } else if (t.norm !== 'and' && t.norm !== 'or' && t.norm !== 'no' && t.norm !== 'nos') break;
  }
  return items.length ? { items, to: i } : undefined;
}

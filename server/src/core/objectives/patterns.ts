/**
 * The patterns for objectives, built once per configuration from its
 * keywords (default "objective"; a draft may say "Commitment 3" instead).
 * Keywords are escaped, so the patterns stay linear-time whatever the
 * configuration holds.
 */
import { phraseSource } from '../text/phrase';
import type { Config } from '../config/types';
import { perObject } from '../memo';

export interface ObjectivePatterns {
  /** A heading that defines an objective: "Objective 3: Title", "OBJECTIVE 3". Group 1 the number, 2 the title. */
  readonly heading: RegExp;
  /** A paragraph opening with a definition: "Objective 3 — Title", "Objective 3: Title", "Objective 3 - Title", "**Objective 3.** Title". */
  readonly line: RegExp;
  /** The keywords, lower case, for headings titled like a list of objectives. */
  readonly listHeadings: ReadonlySet<string>;
  /** Alternation of the keywords, singular or plural, for references. */
  readonly keyword: string;
}


/** The abbreviations of keywords that drafts write in references. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { objective: 'obj' };

export function patternsFor(config: Config): ObjectivePatterns {
  return compiled(config.objectives);
}

const compiled = perObject((o: Config['objectives']): ObjectivePatterns => {
  const words = o.keywords.map((k) => k.trim()).filter((k) => k.length > 0);
  // "Obj. 3", "Objs. 2 and 5": the abbreviation of a keyword that has one, in references only.
  const short = words.flatMap((w) => (ABBREVIATIONS[w.toLowerCase()] ? [String.raw`${ABBREVIATIONS[w.toLowerCase()]}s?\.`] : []));
  const keyword = words.length ? `(?:(?:${words.map(phraseSource).join('|')})s?${short.map((a) => `|${a}`).join('')})` : '(?!)';
  const singular = words.length ? `(?:${words.map(phraseSource).join('|')})` : '(?!)';
  return {
    heading: new RegExp(String.raw`^[ \t]*${singular}[ \t]+(?:No\.[ \t]*)?(\d{1,3})(?![\d.]\d|\w)[ \t]*(?:[:.—–-][ \t]*)?(.*)`, 'di'),
    line: new RegExp(String.raw`^[ \t]*(?:${words.map((w) => phraseSource(w[0]?.toUpperCase() + w.slice(1))).join('|') || '(?!)'}|${words.map((w) => phraseSource(w.toUpperCase())).join('|') || '(?!)'})[ \t]+(\d{1,3})(?![\d.,]\d)(?:[ \t]*[:—–.]|[ \t]+-)[ \t]*(\S.*)`, 'd'),
    listHeadings: new Set(o.listHeadings.map((h) => h.trim().toLowerCase())),
    keyword,
  };
});

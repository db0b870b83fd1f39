/**
 * The singular and plural of English words as drafts write them, by their
 * regular endings: enough to tell that "policies" and "policy", "processes"
 * and "process", "migrants" and "migrant" are one word. Words of three
 * letters or fewer, and words in "-ss" or "-us" ("process", "status"), are
 * their own singular.
 */

/** A word without its plural ending, in the case it is written in. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}${word.endsWith('S') ? 'Y' : 'y'}`;
  if (/(?:ss|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2);
  if (/[^su]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** The plural of a word: "Process" → "Processes", "Agency" → "Agencies", "Programme" → "Programmes". */
export function plural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

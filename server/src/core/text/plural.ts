/**
 * The singular and plural of English words as drafts write them, by their
 * regular endings: enough to tell that "policies" and "policy", "processes"
 * and "process", "migrants" and "migrant" are one word. Words of three
 * letters or fewer, and words in "-ss" or "-us" ("process", "status"), are
 * their own singular.
 */

/** Plurals that take no regular ending, as policy texts use them. */
const IRREGULAR: Readonly<Record<string, string>> = { child: 'children', woman: 'women', man: 'men' };
const IRREGULAR_ONE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(IRREGULAR).map(([one, many]) => [many, one]));

/** A word in the case of `like`: "Children" for "Child". */
function inCaseOf(word: string, like: string): string {
  return like === like.toUpperCase() ? word.toUpperCase() : like[0] === like[0]?.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * A word without its plural ending, in the case it is written in. Called for
 * every word compared (near-misses of names compare every pair of words), so
 * the endings are read as character codes, where patterns cost a call each:
 * the same rules as /[^aeiou]ies$/i, /(?:ss|x|z|ch|sh)es$/i and /[^su]s$/i
 * (`c | 32` is the lower case of an ASCII letter, and no other character
 * becomes one). Most words end here, on their last letter.
 */
export function singular(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1) | 32;
  if (last !== S) {
    if (last !== 110 /* n */) return word;
    const irregular = IRREGULAR_ONE[word.toLowerCase()];
    return irregular ? inCaseOf(irregular, word) : word;
  }
  if (n <= 3) return word;
  const before = word.charCodeAt(n - 2) | 32;
  if (before === 101 /* e */) {
    const third = word.charCodeAt(n - 3) | 32;
    if (third === 105 /* i */ && !VOWELS.has(word.charCodeAt(n - 4) | 32)) return `${word.slice(0, -3)}${word.endsWith('S') ? 'Y' : 'y'}`;
    if (third === 120 /* x */ || third === 122 /* z */) return word.slice(0, -2);
    const fourth = word.charCodeAt(n - 4) | 32;
    if ((third === S && fourth === S) || (third === 104 /* h */ && (fourth === 99 /* c */ || fourth === S))) return word.slice(0, -2);
  }
  return before === S || before === 117 /* u */ ? word : word.slice(0, -1);
}

const S = 115;
/** a, e, i, o, u. */
const VOWELS: ReadonlySet<number> = new Set([97, 101, 105, 111, 117]);

/** The plural of a word: "Process" → "Processes", "Agency" → "Agencies", "Programme" → "Programmes". */
export function plural(word: string): string {
  const irregular = IRREGULAR[word.toLowerCase()];
  if (irregular) return inCaseOf(irregular, word);
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The words of a name after which its head noun comes to an end: "process on migration", "organization for migration". */
const AFTER_HEAD = /\s(?:of|on|for|in|to|with|against|from)\s/i;

/** A name with its head noun (before "of", "on", "for"…, else its last word) changed by `change`: "regional consultative process on migration" → "… processes on migration". */
export function withHeadNoun(name: string, change: (word: string) => string): string {
  const { start, end } = headNounSpan(name);
  return name.slice(0, start) + change(name.slice(start, end)) + name.slice(end);
}

/** The head noun of a name (see withHeadNoun): "Convention on the Rights of the Child" → "Convention", "information and communications technology" → "technology". */
export function headNoun(name: string): string {
  const { start, end } = headNounSpan(name);
  return name.slice(start, end);
}

/** Where the head noun of a name is: the word before the first "of", "on", "for"…, else its last word. Read character by character: no pattern that could backtrack. */
function headNounSpan(name: string): { start: number; end: number } {
  let end = AFTER_HEAD.exec(name)?.index ?? name.length;
  while (end > 0 && isSpace(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(name.charCodeAt(start - 1))) start--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

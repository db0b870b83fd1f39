/**
 * Abbreviations whose full stop ends no sentence: "e.g. the United Nations
 * Children's Fund", "cf. paragraph 16", also capitalized at a sentence's start
 * ("Cf. paragraph 16", "E.g. the …"); and, before a number only, "ILO
 * Convention No. 97", "para. 3", "arts. 5 and 6", "vol. 2", "p. 12" ("the
 * arts." and "no." end sentences). One list for every reader of sentences
 * (see sentences.ts, a sentence's first word, a title's first sentence), so
 * that they agree. "etc." often ends a sentence, and is not here.
 */
const ALWAYS = String.raw`(?:[Ee]\.g|[Ii]\.e|[Cc]f|[Vv]iz)`;
const BEFORE_NUMBER = String.raw`(?:No|[Pp]aras?|[Aa]rts?|[Vv]ol|[Pp]p?)`;

/** Before a full stop: it is not an abbreviation's (an abbreviation of the second kind only where a number follows the stop). */
export const NOT_AFTER_ABBREVIATION = String.raw`(?<!\b${ALWAYS})(?!(?<=\b${BEFORE_NUMBER})\.\s*\d)`;

/** The whole of a word before a full stop, as the tokens spell it ("e.g" is "e", ".", "g"). */
const WHOLE = new RegExp(String.raw`^${ALWAYS}$`);
const WHOLE_BEFORE_NUMBER = new RegExp(String.raw`^${BEFORE_NUMBER}$`);

/**
 * Whether `written` (the word before a full stop, with its inner stops: "e.g",
 * "cf", "No") is one of the abbreviations, `next` being the word after the
 * stop.
 */
export function isAbbreviation(written: string, next: string): boolean {
  return WHOLE.test(written) || (WHOLE_BEFORE_NUMBER.test(written) && /^\d/.test(next));
}

const ENDS_BEFORE_NUMBER = new RegExp(String.raw`\b${BEFORE_NUMBER}\.\s*$`);

/** Whether `text` ends with the stop of an abbreviation that stands before a number ("No. ", "para. "). */
export function endsWithNumberAbbreviation(text: string): boolean {
  return ENDS_BEFORE_NUMBER.test(text);
}

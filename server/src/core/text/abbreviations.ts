/**
 * Abbreviations whose full stop ends no sentence: "e.g. the United Nations
 * Children's Fund", "cf. paragraph 16", "ILO Convention No. 97", "para. 3",
 * "arts. 5 and 6", "vol. 2", "p. 12", also capitalized at a sentence's start
 * ("Cf. paragraph 16", "E.g. the …"). One list for every reader of sentences
 * (see sentences.ts, a sentence's first word, a title's first sentence), so
 * that they agree. "No" only so: "no." ends a sentence. "etc." often ends a
 * sentence, and is not here.
 */
export const ABBREVIATION = String.raw`(?:[Ee]\.g|[Ii]\.e|[Cc]f|[Vv]iz|No|[Pp]aras?|[Aa]rts?|[Vv]ol|[Pp]p?)`;

/** A lookbehind: the full stop after it is not an abbreviation's. */
export const NOT_AFTER_ABBREVIATION = String.raw`(?<!\b${ABBREVIATION})`;

/** The whole of a word before a full stop, as the tokens spell it ("e.g" is "e", ".", "g"). */
const WHOLE = new RegExp(String.raw`^${ABBREVIATION}$`);

/** Whether `written` (the word before a full stop, with its inner stops: "e.g", "cf", "No") is one of the abbreviations. */
export function isAbbreviation(written: string): boolean {
  return WHOLE.test(written);
}

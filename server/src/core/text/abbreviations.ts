/**
 * Abbreviations whose full stop ends no sentence: "e.g. the United Nations
 * Children's Fund", "cf. paragraph 16", "ILO Convention No. 97", "para. 3",
 * "arts. 5 and 6", "vol. 2", "p. 12". One list for every reader of sentences
 * (a sentence's first word, a title's first sentence), so that they agree.
 * "etc." often ends a sentence, and is not here.
 */
export const ABBREVIATION = String.raw`(?:e\.g|i\.e|cf|viz|No|paras?|arts?|vol|pp?)`;

/** The whole of a word before a full stop, as the tokens spell it ("e.g" is "e", ".", "g"). */
const WHOLE = new RegExp(String.raw`^${ABBREVIATION}$`);

/** Whether `written` (the word before a full stop, with its inner stops: "e.g", "cf", "No") is one of the abbreviations. "No" only so; the others in any case. */
export function isAbbreviation(written: string): boolean {
  return WHOLE.test(written === 'No' ? written : written.toLowerCase());
}

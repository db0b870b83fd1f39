/**
 * Where a sentence ends, for the readers that look at the words around a
 * mention within its sentence: a full stop that is not an abbreviation's (see
 * abbreviations.ts), a question or exclamation mark or a semicolon, and the
 * quotation marks or parentheses it closes, then white space; or a blank
 * line.
 */
import { endsWithNumberAbbreviation, NOT_AFTER_ABBREVIATION } from './abbreviations';

/** What may open a sentence: a capital, a quotation mark or a parenthesis. */
const OPENER = '[A-Z“"(]';
/** White space after a stop, then what opens the next sentence. */
export const NEXT_SENTENCE = String.raw`\s+${OPENER}`;

/** The quotation marks or parentheses a stop closes: "… (see paragraph 3.) The …", "… “leaving no one behind.” We …". */
const CLOSED_AFTER_STOP = String.raw`["”’')\]]*`;
/**
 * A full stop, question or exclamation mark (not the stop of "e.g." or
 * "para."), with what it closes. The readers of objectives take this one:
 * a semicolon ends no title there ("We commit to: (a) …; (b) …" is one).
 */
export const FULL_STOP = String.raw`${NOT_AFTER_ABBREVIATION}[.!?]${CLOSED_AFTER_STOP}`;
/** A stop, a semicolon too, and what it closes. */
const STOP = String.raw`${NOT_AFTER_ABBREVIATION}[.!?;]${CLOSED_AFTER_STOP}`;
const BLANK_LINE = String.raw`\n\s*\n`;
const BREAK = new RegExp(String.raw`${STOP}\s+|${BLANK_LINE}`, 'g');
/** A break before what opens a sentence: "; the" goes on, "; The" does not. */
const BREAK_BEFORE_OPENER = new RegExp(String.raw`${STOP}\s+(?=${OPENER})|${BLANK_LINE}`, 'g');
/** A stop, or a colon, and the white space that ends the text. */
const ENDS_SENTENCE = new RegExp(String.raw`(?:${STOP}|:)\s*$`);

/**
 * Where the last sentence of `text` starts, or 0. With `opener`, a stop ends
 * a sentence only before what opens one (see NEXT_SENTENCE), so that a clause
 * after a semicolon in lower case belongs to the sentence before.
 */
export function lastSentenceStart(text: string, opener = false): number {
  let at = 0;
  for (const m of text.matchAll(opener ? BREAK_BEFORE_OPENER : BREAK)) at = m.index + m[0].length;
  return at;
}

/** Where the first sentence of `text` ends (at its stop or blank line), or the text's length. */
export function firstSentenceEnd(text: string): number {
  const at = text.search(BREAK);
  return at < 0 ? text.length : at;
}

/** Whether a sentence ends within `text` (see firstSentenceEnd). */
export function holdsSentenceEnd(text: string): boolean {
  return text.search(BREAK) >= 0;
}

/**
 * Whether the text before a word (`next`) ends with a stop or a colon, so that
 * the word opens a sentence (or what a colon introduces); "No. " before a
 * number does not.
 */
export function endsSentence(before: string, next: string): boolean {
  return ENDS_SENTENCE.test(before) && !(/^\d/.test(next) && endsWithNumberAbbreviation(before));
}

/**
 * A replacement for words of the source that keeps the line breaks between
 * them: "member⏎states" becomes "Member⏎States", not one line, so that a fix
 * changes the words and nothing else (and a diff of a hard-wrapped draft stays
 * small). A break inside a block quotation keeps its markers ("member⏎> states").
 * lint.ts applies it to the edits of every check's fixes.
 */
import type { TextEdit } from '../checks/check';

const SEPARATOR = /([ \t]*\r?\n[ \t>]*|[ \t]+)/;

/**
 * `replacement` (words separated by single spaces) with the separators of
 * `found` where both have as many words and `found` has a line break between
 * two of them; otherwise `replacement` as it is.
 */
export function keepingLineBreaks(found: string, replacement: string): string {
  if (!found.includes('\n')) return replacement;
  const parts = found.split(SEPARATOR);
  const words = replacement.split(' ');
  if (parts.length !== words.length * 2 - 1) return replacement;
  return words.map((w, i) => (i === 0 ? w : `${parts[i * 2 - 1] as string}${w}`)).join('');
}

/** `edit` of `text`, its new text keeping the line breaks of what it replaces (see keepingLineBreaks); the same edit when it replaces no line break. */
export function editKeepingLineBreaks(text: string, edit: TextEdit): TextEdit {
  const { start, end } = edit.span;
  const nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) return edit;
  const newText = keepingLineBreaks(text.slice(start, end), edit.newText);
  return newText === edit.newText ? edit : { ...edit, newText };
}

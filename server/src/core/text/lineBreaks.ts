/**
 * A replacement for words of the source that keeps the line breaks between
 * them: "member⏎states" becomes "Member⏎States", not one line, so that a fix
 * changes the words and nothing else (and a diff of a hard-wrapped draft stays
 * small). A break inside a block quotation keeps its markers ("member⏎> states").
 * lint.ts applies it to the edits of every check's fixes.
 */
import type { Fix, TextEdit } from '../checks/check';

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
  if (!replacesLineBreak(text, edit)) return edit;
  const newText = keepingLineBreaks(text.slice(edit.span.start, edit.span.end), edit.newText);
  return newText === edit.newText ? edit : { ...edit, newText };
}

/** `fixes` with each edit keeping the line breaks it replaces; the same array, not a copy, when none replaces one (most fixes, on every keystroke). */
export function fixesKeepingLineBreaks(text: string, fixes: readonly Fix[]): readonly Fix[] {
  if (!fixes.some((f) => f.edits.some((e) => replacesLineBreak(text, e)))) return fixes;
  return fixes.map((f) => ({ ...f, edits: f.edits.map((e) => editKeepingLineBreaks(text, e)) }));
}

function replacesLineBreak(text: string, edit: TextEdit): boolean {
  const nl = text.indexOf('\n', edit.span.start);
  return nl >= 0 && nl < edit.span.end;
}

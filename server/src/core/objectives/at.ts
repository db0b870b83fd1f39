/**
 * What is under the cursor: a reference to an objective or paragraph (on its
 * number, its letter, or anywhere in a mention of a single number) or the
 * number of a definition.
 */
import type { DocumentModel } from '../model/model';
import { citedLetters, type PartRef } from './refs';
import { docParts, type ObjectiveDef, type ParagraphDef } from './index';

export function refAt(model: DocumentModel, offset: number): PartRef | undefined {
  const refs = model.facts('partRefs');
  const on = refs.find((r) => (offset >= r.span.start && offset <= r.span.end) || letterAt(r, offset) !== undefined);
  if (on) return on;
  const inMention = refs.filter((r) => offset >= r.mention.start && offset <= r.mention.end);
  return inMention.length === 1 ? inMention[0] : undefined;
}

/** The letter of a reference ("16 (b) and (c)") whose label holds the offset, parentheses included. */
export function letterAt(ref: PartRef, offset: number): { letter: string; span: { start: number; end: number } } | undefined {
  return citedLetters(ref).find((l) => offset >= l.span.start - 1 && offset <= l.span.end + 1);
}

export function definitionAt(model: DocumentModel, offset: number): { objective?: ObjectiveDef; paragraph?: ParagraphDef } | undefined {
  const parts = docParts(model);
  const objective = parts.objectives.find((d) => offset >= d.numberSpan.start && offset <= d.numberSpan.end);
  if (objective) return { objective };
  const paragraph = parts.paragraphs.find((d) => offset >= d.numberSpan.start && offset <= d.numberSpan.end);
  return paragraph ? { paragraph } : undefined;
}

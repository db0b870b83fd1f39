/** Completion: every provider contributes the entries that fit the cursor's context. */
import type { DocumentModel } from '../model/model';
import { EXCLUDED } from '../parse/blocks';
import type { CompletionEntry, CompletionProvider, CompletionTrigger, FeatureContext } from './types';
import { sdgCompletion } from '../sdg/completion';
import { instrumentCompletion } from '../instruments/completion';
import { objectiveCompletion } from '../objectives/completion';
import { terminologyCompletion } from '../terminology/completion';

const PROVIDERS: readonly CompletionProvider[] = [sdgCompletion, instrumentCompletion, objectiveCompletion, terminologyCompletion];

export function complete(model: DocumentModel, offset: number, ctx: FeatureContext, trigger: CompletionTrigger = 'invoked'): CompletionEntry[] {
  if (!inProse(model, offset)) return [];
  const out: CompletionEntry[] = [];
  for (const p of PROVIDERS) out.push(...p(model, offset, ctx, trigger));
  return withoutRivals(out).map((e) => overRest(model.text, offset, e));
}

/** A letter, digit or hyphen: the characters of a word and its compounds ("whole-of-government", "C189"). */
const WORD_CHAR = /[\p{L}\p{N}-]/u;
const APOSTROPHE = /['’]/;

/** Whether text[at] is part of a word: a word character, or an apostrophe inside one ("don't"), not the closing one of "migrants' rights" or that of a possessive "'s" ("migrant's rights"). */
function inWord(text: string, at: number): boolean {
  const c = text[at] as string;
  if (WORD_CHAR.test(c)) return true;
  if (!APOSTROPHE.test(c) || at === 0 || at + 1 >= text.length || !WORD_CHAR.test(text[at - 1] as string) || !WORD_CHAR.test(text[at + 1] as string)) return false;
  return !(/[sS]/.test(text[at + 1] as string) && !WORD_CHAR.test(text[at + 2] ?? ' '));
}

/**
 * An entry that replaces the text up to the cursor, made to replace what
 * follows it too where that is the rest of the entry's words ("migrants in
 * an irr|egular situation") or of the word the cursor is in ("human
 * traff|icking", "ILO C18|9"): accepted in the middle of a word, it leaves
 * no part of the old word behind.
 */
function overRest(text: string, offset: number, e: CompletionEntry): CompletionEntry {
  // Only inside a word: an entry offered before one ("SDG |and more") leaves it alone.
  if (e.replace.end !== offset || e.replace.start === offset || offset >= text.length || !inWord(text, offset) || !inWord(text, offset - 1)) return e;
  const typed = text.slice(e.replace.start, offset).toLowerCase();
  const inserted = (e.insertText ?? e.label).toLowerCase();
  let end = offset;
  if (inserted.startsWith(typed)) {
    const rest = inserted.slice(typed.length);
    if (rest.length > 0 && text.slice(offset, offset + rest.length).toLowerCase() === rest) end = offset + rest.length;
  }
  if (end === offset) while (end < text.length && inWord(text, end)) end++;
  return { ...e, replace: { start: e.replace.start, end } };
}

/**
 * Whether the cursor is in prose, where references are checked: in a
 * paragraph or heading, not in inline code, a fenced code block, front matter
 * or HTML, which nothing checks or highlights.
 */
function inProse(model: DocumentModel, offset: number): boolean {
  const run = model.runAt(offset);
  return run !== undefined && (offset === run.start || run.text[offset - run.start - 1] !== EXCLUDED);
}

/**
 * Entries of two providers for the same words: an instrument's title typed
 * over several words ("the Convention on the Rights of the Ch") outranks a
 * glossary term for its last word alone ("Child-sensitive"), and an acronym
 * the document defines is one entry, the instrument's, not two.
 */
function withoutRivals(entries: readonly CompletionEntry[]): CompletionEntry[] {
  const instruments = entries.filter((e) => e.kind === 'instrument');
  if (instruments.length === 0) return [...entries];
  const widest = Math.min(...instruments.map((e) => e.replace.start));
  const labels = new Set(instruments.map((e) => e.label));
  return entries.filter((e) => !(e.kind === 'term' && e.replace.start > widest) && !(e.kind === 'acronym' && labels.has(e.label)));
}

/** The text from the start of the line to `offset`. */
export function linePrefix(model: DocumentModel, offset: number): string {
  const pos = model.lines.positionAt(offset);
  return model.text.slice(model.lines.lineStart(pos.line), offset);
}

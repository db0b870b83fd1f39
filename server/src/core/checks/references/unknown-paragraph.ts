/**
 * A reference to a numbered paragraph, or to a lettered subparagraph, that
 * the draft does not have. Only checked when the draft numbers its paragraphs
 * (continuously); references to another document's paragraphs ("paragraph
 * 16 of resolution 73/195") are not checked.
 */
import type { Check, Report } from '../check';
import { draftOf, paragraphScope, reportsOnGcm } from '../../objectives/resolve';
import { lowest, numberList } from '../../objectives/describe';
import { citedLetters, type PartRef } from '../../objectives/refs';
import type { DocumentModel } from '../../model/model';
import type { GcmData } from '../../data/gcm';

export const unknownParagraph: Check = {
  id: 'references/unknown-paragraph',
  category: 'references',
  defaultSeverity: 'error',
  description: 'A reference to a paragraph or subparagraph that does not exist ("paragraph 60", "paragraph 16 (k)").',
  docs: `When paragraphs are inserted or merged, "as set out in paragraph 16 (c)" silently comes to mean something else, or nothing. A reference is checked when the draft numbers its paragraphs ("16. We commit…", as numbered list items or paragraph openings, numbered in increasing order across the document, or across two thirds of its numbered items, so that a short list numbered from 1 again after them is only a list) against those numbers and against the lettered subparagraphs "(a)", "(b)"… of the paragraph (or "a)", "b)"… opening lines of their own), cited as "paragraph 16 (c)", "OP 16" (as negotiators label an operative paragraph) or "subparagraph (c) of paragraph 16" (an item inside a subparagraph, "paragraph 16 (c) (ii)", is not checked). "Paragraph 60 of the GCM" is checked against the GCM's 54 paragraphs, and "paragraph 15 (k) of the GCM" against the ten guiding principles, (a) to (j), of its paragraph 15 (the only paragraph of the GCM whose subparagraphs the reference data holds). So is "paragraph 43 of the Compact" where "the Compact" is the GCM: in a document that names the GCM "(the Compact)", and in one that writes about the GCM (names it by its title, with a title of its own that is neither the GCM's nor another compact's, and never says "this Compact"), such as a national review of its implementation. In such a review, a paragraph it does not have, or a subparagraph of one of its paragraphs that has none, where the GCM has it, gets a message saying how to cite the GCM's ("paragraph 15 (c) of the GCM"). In a draft of several files, each file numbers its own paragraphs: "paragraph 3 of the compact" is checked against the main text's, "paragraph 3 of the annex" and "the annex, paragraph 3" against the annexes'. So do a document and its annex in one file (a resolution with the text it adopts): after a heading named "Annex" whose paragraphs are numbered from 1 again, a bare "paragraph 3" is the paragraph of the part it stands in, and "paragraph 3 of the Regional Action Plan" the annex's when that is the title of the annex (in its heading, or in a heading under it). References to another document ("paragraph 16 of resolution 73/195", "A/RES/73/195, paragraph 16", "paragraph 3 of annex II", "annex II, paragraph 3", "paragraph 9 of the outcome document", "its paragraph 9", "paragraph 9 thereof", "Ibid., para. 12", "Id., p. 4, para. 9", "general comment No. 6 (2005), para. 30", "the 2030 Agenda for Sustainable Development, in particular paragraph 29", "the New York Declaration in paragraph 52", "That Declaration, in paragraph 60", "as the GCR states in paragraph 70", "paragraph 95 of the Compact" where the document calls the Global Compact on Refugees "the Compact", "the Progress Declaration of the International Migration Review Forum, paragraph 32", inside a block quotation, or in a comments matrix, a table with a column headed "Paragraph", "Para.", "¶", "OP", "PP" or "Para. of zero draft", whose rows name the paragraphs of the text commented on, as does the rest of a document that holds one with a column of comments, proposals or the commented wording, unless it names itself, "paragraph 7 of this note", "paragraph 9 above") and preambular paragraphs, which are not numbered in the text, are not checked, nor numbers below the first paragraph of a draft whose numbering starts above 1. A title that the draft gives itself is the draft's: "This Framework, in particular paragraph 6", "These Guiding Principles (paragraph 8)", and a generic title with a bare "in" ("the Guiding Principles in paragraph 15").

Invalid: \`as set out in paragraph 61\` in a draft of 54 paragraphs; \`paragraph 16 (k)\` when paragraph 16 ends at (f). Valid: \`paragraphs 16 and 17\`, \`para. 16 (c)\`.`,
  *run(model, ctx): Iterable<Report> {
    const refs = model.facts('partRefs');
    if (refs.length === 0) return;
    const draft = draftOf(model, ctx.draft);
    for (const ref of refs) {
      if (ref.kind !== 'paragraph') continue;
      const scope = paragraphScope(ref, draft);
      if (scope.kind === 'gcm') {
        const last = ctx.data.gcm.lastParagraph;
        if (ref.number < 1 || ref.number > last) yield { span: ref.span, message: `The GCM has no paragraph ${ref.number}: its paragraphs are numbered 1 to ${last}.` };
        const letters = ref.letter ? ctx.data.gcm.subparagraphs(ref.number) : undefined;
        if (letters) {
          for (const l of citedLetters(ref)) {
            if (!letters.includes(l.letter.toLowerCase())) yield { span: l.span, message: `Paragraph ${ref.number} of the GCM has no subparagraph (${l.letter}): its subparagraphs are (${letters[0]}) to (${letters[letters.length - 1]}).` };
          }
        }
        continue;
      }
      if (scope.kind !== 'draft') continue;
      const para = scope.byNumber.get(ref.number);
      // A draft whose numbering starts above 1 continues another text: lower numbers are that text's.
      if (!para && ref.number < lowest(scope.defs)) continue;
      if (!para) {
        const where = scope.part === 'annex' ? 'the annex' : scope.part === 'main' ? 'the main text' : 'this draft';
        yield { span: ref.span, message: `Paragraph ${ref.number} does not exist in ${where} (its paragraphs are ${numberList(scope.defs.map((d) => d.number))}).${gcmHint(ref, model, ctx.data.gcm, ref.letter?.letter)}` };
      } else if (ref.letter && para.letters.size === 0) {
        // A paragraph without lettered subparagraphs, unless its text holds the letter in a form not read as a label ("States will: (a) act; (b) report").
        if (para.uri !== model.uri) continue;
        const inline = inlineLetters(model.text.slice(para.body.start, para.body.end).toLowerCase());
        const lettered = [...inline].some((k) => k.length === 1);
        for (const l of citedLetters(ref)) {
          if (inline.has(l.letter.toLowerCase())) continue;
          yield { span: l.span, message: `Paragraph ${ref.number} has no subparagraph (${l.letter})${lettered ? '.' : ': it has no lettered subparagraphs.'}${lettered ? '' : gcmHint(ref, model, ctx.data.gcm, l.letter)}` };
        }
      } else if (ref.letter) {
        for (const l of citedLetters(ref)) {
          if (para.letters.has(l.letter.toLowerCase())) continue;
          const letters = [...para.letters.keys()].map((k) => `(${k})`).join(', ');
          yield { span: l.span, message: `Paragraph ${ref.number} has no subparagraph (${l.letter}): it has ${letters}.` };
        }
      }
    }
  },
};

/**
 * The letters a paragraph's text (in lower case) writes as labels inline or at
 * the start of a line: "(a) act; (b) report", "a) act". A letter cited in the
 * paragraph ("paragraph 16 (b) of the GCM", "subparagraph (b)") is not one of
 * its own.
 */
function inlineLetters(body: string): Set<string> {
  const out = new Set<string>();
  INLINE_LETTER.lastIndex = 0;
  for (let m = INLINE_LETTER.exec(body); m; m = INLINE_LETTER.exec(body)) out.add((m[1] ?? m[2]) as string);
  return out;
}

const INLINE_LETTER = /(?<!(?:\d|sub-?paragraphs?)\s?)\(([a-z]{1,2})\)|(?:^|\n)[ \t>*+-]*([a-z]{1,2})[.)][ \t]/g;

/**
 * In a document that writes about the GCM (a national review), a paragraph
 * it does not have, or a letter its paragraph does not have, may be the
 * GCM's ("the guiding principle in paragraph 15 (c)"): where the GCM has it,
 * the message says how to cite it. Not for a reference that names the
 * document itself ("paragraph 7 of this report"), its draft ("paragraph 40 of the draft") or its
 * annex ("paragraph 12 of this annex").
 */
function gcmHint(ref: PartRef, model: DocumentModel, gcm: GcmData, letter?: string): string {
  if (ref.namesSelf || ref.namesCompact !== undefined || ref.part === 'annex' || ref.number < 1 || ref.number > gcm.lastParagraph || !reportsOnGcm(model)) return '';
  // The data holds the letters of paragraph 15 alone: elsewhere a letter cannot be ruled out.
  const letters = letter === undefined ? undefined : gcm.subparagraphs(ref.number);
  if (letter !== undefined && letters && !letters.includes(letter.toLowerCase())) return '';
  const cited = letter === undefined ? `${ref.number}` : `${ref.number} (${letter})`;
  return ` If the GCM's paragraph ${cited} is meant, write "paragraph ${cited} of the GCM".`;
}

/**
 * Hover on a reference to an objective (its number and title, and where it
 * is defined) or to a paragraph (its number and first sentence, and the
 * lettered subparagraph's line when one is cited).
 */
import type { HoverProvider, HoverResult } from '../features/types';
import type { GcmData } from '../data/gcm';
import type { Span } from '../text/span';
import type { DocumentModel } from '../model/model';
import type { ObjectiveDef } from './index';
import { letterAt, refAt } from './at';
import { draftOf, objectiveIn, objectiveScope, paragraphScope } from './resolve';
import { letterLineShown, sentenceShown, titleShown } from './display';
import { escapeMarkdown } from '../text/display';

export const objectiveHover: HoverProvider = (model, offset, ctx) => {
  const ref = refAt(model, offset);
  if (!ref) return undefined;
  const draft = draftOf(model, ctx.others);
  const title = (d: ObjectiveDef): string => escapeMarkdown(titleShown(d, draft));
  // On the number or its letter, that; on the keyword of a mention of one number, the mention up to it ("objective 13"), so that the range holds the cursor.
  const onLetter = letterAt(ref, offset);
  const letter = onLetter ?? ref.letter;
  const span = onLetter ? onLetter.span : offset < ref.span.start ? { start: Math.min(ref.mention.start, ref.span.start), end: Math.max(ref.letter?.span.end ?? 0, ref.span.end) } : ref.span;
  if (ref.kind === 'objective') {
    const scope = objectiveScope(ref, draft, ctx.data);
    const found = objectiveIn(scope, ref.number, ctx.data);
    const def = found.defs[0];
    if (def && found.defs.length > 1) {
      // A number defined twice: the reference is ambiguous, and the card says so rather than pick one.
      const each = found.defs.map((d) => `- ${title(d) || '(no title)'} (${placeOf(d, model, ctx.others)})`);
      return { span, contents: `**Objective ${ref.number}** is defined ${found.defs.length} times:\n\n${each.join('\n')}` };
    }
    if (def) {
      const where = def.uri === model.uri ? '' : `\n\nDefined in ${fileName(def.uri)}.`;
      return { span, contents: `**Objective ${ref.number}**${def.title ? `: ${title(def)}` : ''}${where}` };
    }
    const g = found.gcm;
    if (g) return { span, contents: `**GCM objective ${g.number}**: ${g.title}\n\nGlobal Compact for Safe, Orderly and Regular Migration (${ctx.data.gcm.symbol}, annex), paragraph ${g.paragraph}.` };
    return undefined;
  }
  const scope = paragraphScope(ref, draft);
  if (scope.kind === 'gcm') return gcmParagraphHover(ref.number, ctx.data.gcm, span);
  if (scope.kind !== 'draft') return undefined;
  const para = scope.byNumber.get(ref.number);
  if (!para) return undefined;
  const sub = letter ? para.letters.get(letter.letter.toLowerCase()) : undefined;
  const label = sub && letter ? ` (${letter.letter})` : '';
  const where = para.uri === model.uri ? '' : ` (${fileName(para.uri)})`;
  const action = sub && letter ? `\n\n(${letter.letter}) ${escapeMarkdown(letterLineShown(para.uri, sub.label, sub.text, draft))}` : '';
  return { span, contents: `**Paragraph ${para.number}${label}**${where}\n\n${escapeMarkdown(sentenceShown(para, draft))}${action}` };
};

/**
 * A paragraph of the adopted GCM ("paragraph 50 of the GCM"): the part of
 * the Compact it belongs to and what the data names in it. The data holds no
 * text of the paragraphs, so none is quoted.
 */
function gcmParagraphHover(n: number, gcm: GcmData, span: Span): HoverResult | undefined {
  if (n < 1 || n > gcm.lastParagraph) return undefined;
  const part = gcm.paragraphPart(n);
  const where = `Global Compact for Safe, Orderly and Regular Migration (${gcm.symbol}, annex), paragraph ${n}.`;
  if (!part) return { span, contents: `**GCM paragraph ${n}**\n\n${where}` };
  const names = part.names.length ? `\n\n${part.names.map((x) => `- ${x}`).join('\n')}` : '';
  return { span, contents: `**GCM paragraph ${n}**: ${part.part}${part.range ? ` (paragraphs ${part.range})` : ''}${names}\n\n${where}` };
}

/** Where a definition is: "line 3" in this document, "annex.md, line 3" in another of the draft. */
function placeOf(d: ObjectiveDef, model: DocumentModel, others: readonly DocumentModel[]): string {
  const doc = d.uri === model.uri ? model : others.find((o) => o.uri === d.uri);
  const line = doc ? `line ${doc.lines.positionAt(d.numberSpan.start).line + 1}` : '';
  return [d.uri === model.uri ? '' : fileName(d.uri), line].filter(Boolean).join(', ');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

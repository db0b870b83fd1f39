/**
 * "paragraph 12 above" where paragraph 12 comes after the reference, or
 * "objective 3 below" where objective 3 is defined before it: the direction
 * word points the reader the wrong way, usually after paragraphs were moved.
 */
import type { Check, CheckContext, Report } from '../check';
import type { DocumentModel } from '../../model/model';
import { draftOf, objectiveScope, paragraphScope } from '../../objectives/resolve';
import type { PartRef } from '../../objectives/refs';
import type { Span } from '../../text/span';

export const wrongDirection: Check = {
  id: 'references/wrong-direction',
  category: 'references',
  defaultSeverity: 'warning',
  description: 'A reference says "above" or "below" of a paragraph or objective that stands on the other side of it.',
  docs: `"As set out in paragraph 12 above" sends the reader back through the text; when paragraphs are moved, or a reference is copied from another place, paragraph 12 may now come after it. A reference to one of the draft's own numbered paragraphs, or to an objective it defines (by a heading or a line, not a list that sums them up), followed by "above" or "below" ("paragraph 9 (b) above", "objective 3 below") is compared with where that paragraph or objective is defined in the same file. A reference inside the paragraph it names counts as below it. Whether the number or the word is wrong is for the drafter to say: the quick fix changes the word, for a reference to a single number.

Invalid: \`see paragraph 30 below\` in paragraph 31. Valid: \`see paragraph 30 above\` in paragraph 31.`,
  *run(model, ctx): Iterable<Report> {
    const refs = model.facts('partRefs');
    if (refs.length === 0) return;
    let draft: DocumentModel[] | undefined;
    // How many references each mention holds ("paragraphs 3 and 4 above" holds two), counted once.
    let perMention: Map<number, number> | undefined;
    for (const ref of refs) {
      if (!ref.direction) continue;
      draft ??= draftOf(model, ctx.draft);
      const at = definedAt(ref, draft, ctx);
      if (!at || at.uri !== model.uri) continue;
      const after = at.span.start > ref.span.start;
      if (after === (ref.direction.word === 'below')) continue;
      const where = after ? 'below' : 'above';
      const what = `${ref.kind === 'paragraph' ? 'Paragraph' : 'Objective'} ${ref.number}`;
      perMention ??= countByMention(refs);
      const single = perMention.get(ref.mention.start) === 1;
      yield {
        span: ref.direction.span,
        message: `${what} is ${where} this reference, not ${ref.direction.word}.`,
        ...(single ? { fixes: [{ title: `Write "${where}"`, edits: [{ span: ref.direction.span, newText: where }], safe: false }] } : {}),
        related: [{ span: at.span, message: `${what} is defined here.` }],
      };
    }
  },
};

function countByMention(refs: readonly PartRef[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of refs) counts.set(r.mention.start, (counts.get(r.mention.start) ?? 0) + 1);
  return counts;
}

/** Where the draft defines the paragraph or objective a reference names, when it defines it once. */
function definedAt(ref: PartRef, draft: readonly DocumentModel[], ctx: CheckContext): { uri: string; span: Span } | undefined {
  if (ref.kind === 'paragraph') {
    const scope = paragraphScope(ref, draft);
    if (scope.kind !== 'draft') return undefined;
    const def = scope.byNumber.get(ref.number);
    return def && { uri: def.uri, span: def.numberSpan };
  }
  const scope = objectiveScope(ref, draft, ctx.data);
  if (scope.kind !== 'draft') return undefined;
  const defs = (scope.byNumber.get(ref.number) ?? []).filter((d) => !d.summary);
  const def = defs.length === 1 ? defs[0] : undefined;
  return def && { uri: def.uri, span: def.numberSpan };
}

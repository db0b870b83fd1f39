/**
 * Objectives numbered out of order or with a gap, in the order the draft
 * defines them (its files in path order). Duplicates are left to
 * duplicate-objective.
 */
import type { Check, Report } from '../check';
import { draftObjectives, draftOf, draftRepeatsGcm, misnumberedGcmObjectives } from '../../objectives/resolve';
import { inDraftOrder } from '../../config/draft';
import type { ObjectiveDef } from '../../objectives/index';
import { renumberFix } from '../../objectives/renumber';
import type { Fix } from '../check';
import { numberList } from '../../objectives/describe';

export const objectiveNumbering: Check = {
  id: 'references/objective-numbering',
  category: 'references',
  defaultSeverity: 'warning',
  description: 'Objectives numbered with a gap or out of order.',
  docs: `A gap ("Objective 4" followed by "Objective 6") or an inversion usually means an objective was deleted or moved without renumbering. Renumber with the quick fix (a draft in one file), rename on the objective number or the command "Compact Lint: Renumber objectives": every reference follows. A reference to an objective that does not exist is left as it is, so renumbering is refused while such a number would come to be defined: correct the reference first. A document whose objectives carry the GCM's titles (a commentary discussing some of them) is not checked, and neither the rename nor the command renumbers it: its numbers are the GCM's; there, an objective under one GCM number with another's title ("Objective 12: Use migration detention only as a measure of last resort…", objective 13's), beside at least twice as many that carry their own, is reported with a fix to the number the title has. Where a list under "Objectives" sums the objectives up, neither the quick fix, the rename nor the command renumbers: it would leave the list saying otherwise.

Invalid: \`## Objective 4\` followed by \`## Objective 6\`. Valid: \`## Objective 4\` followed by \`## Objective 5\`.`,
  *run(model, ctx): Iterable<Report> {
    const draft = inDraftOrder(draftOf(model, ctx.draft));
    let fixes: Fix[] | undefined;
    if (draftRepeatsGcm(draft, ctx.data)) {
      // Its numbers are the GCM's: one under another objective's title is a slip of the number (or of the title).
      for (const { def, titleOf } of misnumberedGcmObjectives(draft, ctx.data)) {
        if (def.uri !== model.uri) continue;
        const own = ctx.data.gcm.objectives.get(def.number)?.title ?? '';
        yield {
          span: def.numberSpan,
          message: `Objective ${def.number} has the title of the GCM's objective ${titleOf}: number it ${titleOf}, or give it objective ${def.number}'s title ("${own}").`,
          fixes: [{ title: `Write objective ${titleOf}`, edits: [{ span: def.numberSpan, newText: String(titleOf) }], safe: false, preferred: true }],
        };
      }
      return;
    }
    const defs = draftObjectives(draft);
    const defined = new Set(defs.map((d) => d.number));
    let previous: ObjectiveDef | undefined;
    let highest = 0;
    const seen = new Set<number>();
    for (const def of defs) {
      // A list that sums up the objectives headings define is not in their order.
      if (seen.has(def.number) || def.summary) continue;
      seen.add(def.number);
      const before = previous;
      const max = highest;
      previous = def;
      highest = Math.max(highest, def.number);
      if (!before || def.uri !== model.uri) continue;
      const missing: number[] = [];
      for (let n = max + 1; n < def.number && missing.length < 1000; n++) if (!defined.has(n)) missing.push(n);
      if (def.number < before.number) {
        yield { span: def.numberSpan, message: `Objective ${def.number} comes after objective ${before.number}: objectives should be numbered in order.`, fixes: (fixes ??= renumberFix(model, draft)) };
      } else if (missing.length > 0) {
        const what = missing.length === 1 ? `objective ${missing[0]} is missing` : `objectives ${numberList(missing)} are missing`;
        yield { span: def.numberSpan, message: `Objective ${def.number} follows objective ${before.number}: ${what}.`, fixes: (fixes ??= renumberFix(model, draft)) };
      }
    }
  },
};

/**
 * Two definitions of the same objective number in one draft. The later one
 * is reported, with the earlier one as related information.
 */
import type { Check, Report } from '../check';
import { draftObjectives, draftOf, draftRepeatsGcm } from '../../objectives/resolve';
import { inDraftOrder } from '../../config/draft';
import type { ObjectiveDef } from '../../objectives/index';
import { renumberFix } from '../../objectives/renumber';
import type { Fix } from '../check';

export const duplicateObjective: Check = {
  id: 'references/duplicate-objective',
  category: 'references',
  defaultSeverity: 'error',
  description: 'An objective number defined twice in the same draft.',
  docs: `Every reference to a duplicated number is ambiguous. This usually happens when an objective is inserted without renumbering the ones after it: use the quick fix (a draft in one file) or the command "Compact Lint: Renumber objectives", which number the definitions in order and rewrite every reference; references to the duplicated number follow its later definition, the one that held the number before the insertion, and a range that covers the number ("objectives 1 to 3") comes to cover both definitions ("objectives 1 to 4"). Where a list under "Objectives" sums the objectives up, neither renumbers: correct the numbers by hand, in the list and the headings alike. A document whose objectives carry the GCM's titles (a commentary, which may discuss one objective twice) is not checked, nor renumbered by the command: its numbers are the GCM's.

Invalid: \`## Objective 5: …\` twice. Valid: \`## Objective 5: …\` then \`## Objective 6: …\`.`,
  *run(model, ctx): Iterable<Report> {
    const draft = inDraftOrder(draftOf(model, ctx.draft));
    let fixes: Fix[] | undefined;
    if (draftRepeatsGcm(draft, ctx.data)) return;
    const first = new Map<number, ObjectiveDef>();
    for (const def of draftObjectives(draft)) {
      const earlier = first.get(def.number);
      if (!earlier) {
        first.set(def.number, def);
        continue;
      }
      if (def.uri !== model.uri) continue;
      yield {
        span: def.numberSpan,
        message: `Objective ${def.number} is defined twice: references to it are ambiguous.`,
        fixes: (fixes ??= renumberFix(model, draft)),
        related: [{ ...(earlier.uri !== model.uri ? { uri: earlier.uri } : {}), span: earlier.numberSpan, message: `Objective ${def.number} is first defined here.` }],
      };
    }
  },
};

import type { Check, Report } from '../check';
import { unknownGoalMessage } from '../../sdg/nearest';
import { sdgRefsOf } from '../../sdg/scope';

export const unknownGoal: Check = {
  id: 'sdg/unknown-goal',
  category: 'sdg',
  defaultSeverity: 'error',
  description: 'A Sustainable Development Goal number that does not exist ("Goal 18").',
  docs: `There are 17 Sustainable Development Goals. A reference such as "SDG 18" or "Goal 0" points nowhere and breaks the link between a commitment and the goal it serves.

A bare "Goal N" counts only when the document does not number goals of its own (headings such as "## Goal 1: …", unless they start with the SDG's own title, as "## Goal 10: Reduced inequalities" does), not when the words after it give it to a plan ("Goal 3 of this plan"), and not where another framework names it: "Millennium Development Goal 8", "Agenda 2063, Goal 18", "Goal 1 of the Sendai Framework", or a document's own with a possessive ("the national plan's Goal 18"; "the 2030 Agenda's Goal 18" is an SDG). A country may add goals of its own after the 17: where the document calls one national ("a national SDG 18"), that goal, its targets and its indicators are the country's wherever the document names them.

Invalid: \`in line with SDG 18\`. Valid: \`in line with SDG 10\`.`,
  *run(model, ctx): Iterable<Report> {
    for (const ref of sdgRefsOf(model)) {
      if (ref.kind !== 'goal' || ctx.data.sdg.goals.has(ref.id)) continue;
      yield { span: ref.span, message: unknownGoalMessage(ref.id) };
    }
  },
};

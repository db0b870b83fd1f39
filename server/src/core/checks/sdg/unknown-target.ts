import type { Check, Report } from '../check';
import { unknownTargetMessage } from '../../sdg/nearest';
import { neitherKind, sdgRefsOf } from '../../sdg/scope';

export const unknownTarget: Check = {
  id: 'sdg/unknown-target',
  category: 'sdg',
  defaultSeverity: 'error',
  description: 'An SDG target that does not exist ("SDG target 10.12").',
  docs: `SDG targets are numbered within their goal: 10.1 to 10.7 for the outcome targets, then 10.a to 10.c for the means of implementation. A target that does not exist is reported with the goal's real targets and the nearest ones. In a document that numbers targets of its own (an action plan with "### Target 1.8: …" headings, or labels opening its list items or table cells, "- Target 1.8: …", two at least with ids the SDGs do not have; unless a heading starts with the SDG target's own words), a bare "target 1.8" is the plan's, as is "target 2.12 of this plan" anywhere; "SDG target 1.8" is still checked.

So is an id of two parts called an indicator ("SDG indicator 10.12") when no target has it (a bare one of digits alone may be a project's own).

Invalid: \`SDG target 10.12\`, \`SDG indicator 10.12\`. Valid: \`SDG target 10.7\`, \`targets 10.7 and 10.c\`.`,
  *run(model, ctx): Iterable<Report> {
    for (const ref of sdgRefsOf(model)) {
      if (ref.kind !== 'target' || ctx.data.sdg.targets.has(ref.id) || (ref.calledAs && !neitherKind(ref))) continue;
      // "SDG indicator 10.12": an id of two parts names a target, and there is no such target (sdg/wrong-keyword reports those that exist).
      const called = ref.calledAs ? `${ref.id} is neither an SDG indicator nor a target. ` : '';
      yield { span: ref.span, message: called + unknownTargetMessage(ref.id, ctx.data.sdg) };
    }
  },
};

import type { Check, Report } from '../check';
import { unknownIndicatorMessage } from '../../sdg/nearest';
import { neitherKind, sdgRefsOf } from '../../sdg/scope';

export const unknownIndicator: Check = {
  id: 'sdg/unknown-indicator',
  category: 'sdg',
  defaultSeverity: 'error',
  description: 'An SDG indicator that does not exist or was withdrawn ("indicator 10.7.9").',
  docs: `Global SDG indicators are numbered within their target (10.7.1 to 10.7.4). The ids follow the global indicator framework after its 2023 refinement; an indicator that was removed in a refinement is reported as such. A bare "indicator 2.3.4" that a project's results framework numbers ("Output indicator 1.1.5", "under Outcome 2 of the results framework, indicator 2.3.4") is not taken for an SDG indicator, nor is a bare one in a document that numbers targets or indicators of its own (in its headings, or in labels that open its list items or table cells, "- Indicator 1.1.2: Share of …", two at least with ids the SDGs do not have); "SDG indicator 2.3.4" always is.

So is an id in a table\'s column headed "SDG indicator" or "SDG target" ("| SDG indicator | Baseline |", then "| 10.7.9 | … |"), and an id of three parts called a target ("SDG target 10.7.9", "target 10.c.4") when no indicator has it (a bare one of digits alone may be a project's own).

Invalid: \`indicator 10.7.9\`, \`target 10.7.9\`. Valid: \`indicator 10.7.2\`.`,
  *run(model, ctx): Iterable<Report> {
    for (const ref of sdgRefsOf(model)) {
      if (ref.kind !== 'indicator' || ctx.data.sdg.indicators.has(ref.id) || (ref.calledAs && !neitherKind(ref))) continue;
      // "SDG target 10.7.5": an id of three parts names an indicator, and no indicator has this one (sdg/wrong-keyword reports those that exist).
      const called = ref.calledAs ? `${ref.id} is neither an SDG target nor an indicator. ` : '';
      yield { span: ref.span, message: called + unknownIndicatorMessage(ref.id, ctx.data.sdg) };
    }
  },
};

import type { Check, Fix, Report } from '../check';
import type { SdgRef } from '../../sdg/extract';
import { sdgRefsOf } from '../../sdg/scope';
import { matchCase } from '../../terminology/terms';

export const wrongKeyword: Check = {
  id: 'sdg/wrong-keyword',
  category: 'sdg',
  defaultSeverity: 'warning',
  description: 'An SDG indicator called a target, or a target called an indicator ("target 10.7.2").',
  docs: `SDG ids say what they number: a goal has one number (10), a target two parts (10.7, 10.c), an indicator three (10.7.2). "Target 10.7.2" names indicator 10.7.2 with the wrong word, and "indicator 10.7" target 10.7: a reader cannot tell which was meant. The finding is on the keyword; the quick fix writes the other keyword (or, for an indicator, names its target instead). Only the id right after the keyword is read this way, and only an id that exists as the other kind: in a list ("targets 8.7 and 10.7.2") nothing is reported, and an id of neither kind ("SDG target 10.7.9", "SDG indicator 10.12") is reported by sdg/unknown-indicator or sdg/unknown-target.

Invalid: \`target 10.7.2\`, \`SDG indicator 10.7\`. Valid: \`indicator 10.7.2\`, \`target 10.7\`.`,
  *run(model, ctx): Iterable<Report> {
    const sdg = ctx.data.sdg;
    for (const ref of sdgRefsOf(model)) {
      const called = ref.calledAs;
      if (!called) continue;
      if (ref.kind === 'indicator') {
        const indicator = sdg.indicators.get(ref.id);
        if (!indicator) continue;
        yield {
          span: called.span,
          message: `${ref.id} is the id of an indicator, not of a target: write "indicator ${ref.id}", or "target ${indicator.target}" for its target.`,
          fixes: [keywordFix(model.text, called, 'indicator', ref), { title: `Cite target ${indicator.target} instead`, edits: [{ span: ref.span, newText: indicator.target }], safe: false }],
        };
      } else if (ref.kind === 'target') {
        const target = sdg.targets.get(ref.id);
        if (!target) continue;
        const which = target.indicators.length === 0 ? 'it has no indicator' : `its ${target.indicators.length === 1 ? 'indicator is' : 'indicators are'} ${target.indicators.join(', ')}`;
        yield { span: called.span, message: `${ref.id} is the id of a target, not of an indicator (${which}): write "target ${ref.id}".`, fixes: [keywordFix(model.text, called, 'target', ref)] };
      }
    }
  },
};

/** Replaces the keyword with the other one, keeping its case and its plural. */
function keywordFix(text: string, called: NonNullable<SdgRef['calledAs']>, kind: 'target' | 'indicator', ref: SdgRef): Fix {
  const written = text.slice(called.span.start, called.span.end);
  const word = matchCase(written, /s$/i.test(written) ? `${kind}s` : kind);
  return { title: `Write "${word} ${ref.id}"`, edits: [{ span: called.span, newText: word }], safe: false, preferred: true };
}

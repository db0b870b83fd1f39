/**
 * Hover on an SDG reference: the goal's title, the target's or indicator's
 * official text, a link. Inside a quotation attributed to a target, the
 * target's official text, to compare the wording.
 */
import type { HoverProvider } from '../features/types';
import { goalUrl, type SdgData } from '../data/sdg';
import type { SdgRef } from './extract';
import { sdgQuotesOf, sdgRefsOf } from './scope';

export const sdgHover: HoverProvider = (model, offset, ctx) => {
  const ref = refAt(sdgRefsOf(model), offset);
  if (ref) {
    const contents = describeSdg(ref.kind, ref.id, ctx.data.sdg);
    // On the keyword of a mention of one id, the mention up to the id ("SDG target 10.7"), so that the range holds the cursor.
    const span = offset < ref.span.start ? { start: Math.min(ref.mention.start, ref.span.start), end: ref.span.end } : ref.span;
    return contents ? { span, contents } : undefined;
  }
  const quote = sdgQuotesOf(model).find((q) => offset >= q.span.start && offset <= q.span.end);
  const contents = quote && describeSdg('target', quote.targetId, ctx.data.sdg);
  return quote && contents ? { span: quote.span, contents } : undefined;
};

/** The reference at an offset: on its id, or on the keyword of a mention with a single id. */
export function refAt(refs: readonly SdgRef[], offset: number): SdgRef | undefined {
  const onId = refs.find((r) => offset >= r.span.start && offset <= r.span.end);
  if (onId) return onId;
  // On the keyword of a mention with a single id ("SDG target 10.7"), show that id.
  const inMention = refs.filter((r) => offset >= r.mention.start && offset <= r.mention.end);
  return inMention.length === 1 ? inMention[0] : undefined;
}

/** Markdown describing an SDG goal, target or indicator, or undefined if it does not exist. */
export function describeSdg(kind: SdgRef['kind'], id: string, sdg: SdgData): string | undefined {
  if (kind === 'goal') {
    const g = sdg.goals.get(id);
    if (!g) return undefined;
    return `**SDG ${g.number}: ${g.short}**\n\n${g.title}\n\n[Goal ${g.number} on sdgs.un.org](${goalUrl(g.number)})`;
  }
  if (kind === 'target') {
    const t = sdg.targets.get(id);
    const g = t && sdg.goals.get(String(t.goal));
    if (!t || !g) return undefined;
    const ind = t.indicators.length ? `\n\nIndicators: ${t.indicators.join(', ')}` : '';
    return `**SDG target ${t.id}** (Goal ${g.number}: ${g.short})\n\n${t.text}${ind}\n\n[Goal ${g.number} and its targets on sdgs.un.org](${goalUrl(g.number)})`;
  }
  const i = sdg.indicators.get(id);
  const g = i && sdg.goals.get(String(i.goal));
  if (!i || !g) return undefined;
  return `**SDG indicator ${i.id}** (target ${i.target}, Goal ${g.number}: ${g.short})\n\n${i.text}\n\n[Goal ${g.number} on sdgs.un.org](${goalUrl(g.number)})`;
}

/**
 * Completion of SDG ids after "SDG ", "Goal ", "target(s) ", "indicator(s) ",
 * filtered by what has been typed of the id ("targets 10." lists 10.1…10.c).
 */
import type { CompletionEntry, CompletionProvider } from '../features/types';
import { linePrefix } from '../features/completion';
import { goalUrl } from '../data/sdg';

const CONTEXT = /\b(?:(SDGs?|Sustainable\s+Development\s+Goals?|Goals?)(?:\s+([Tt]argets?|[Ii]ndicators?))?|([Tt]argets?|[Ii]ndicators?))\s+(?:[\d.a-z]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*([\d.a-z]*)$/;

/** The rest of an id after the cursor: digits or a single letter ("10.|c"), never a word ("SDG |and"). */
const ID_REST = /^(?:\d+|[a-z](?![a-z]))?(?:\.(?:\d+|[a-z](?![a-z])))*/;

export const sdgCompletion: CompletionProvider = (model, offset, ctx) => {
  const m = CONTEXT.exec(linePrefix(model, offset));
  if (!m) return [];
  const typed = m[4] ?? '';
  const keyword = (m[2] ?? m[3] ?? '').toLowerCase();
  // The rest of an id the cursor is inside ("10.|7") is replaced too: a completion replaces the whole id.
  const rest = ID_REST.exec(model.text.slice(offset, offset + 12))?.[0] ?? '';
  const replace = { start: offset - typed.length, end: offset + rest.length };
  const sdg = ctx.data.sdg;
  const out: CompletionEntry[] = [];
  const wantGoals = !keyword && !typed.includes('.');
  const wantTargets = keyword.startsWith('target') || (!keyword && /^\d{1,2}\.[\da-z]*$/.test(typed) && !/^\d+\.[\da-z]+\./.test(typed));
  const wantIndicators = keyword.startsWith('indicator') || (!keyword && /^\d{1,2}\.[\da-z]+\./.test(typed));
  if (wantGoals) {
    for (const g of sdg.goals.values()) {
      if (!g.id.startsWith(typed)) continue;
      out.push({ label: g.id, kind: 'goal', detail: g.short, documentation: `${g.title}\n\n[Goal ${g.number}](${goalUrl(g.number)})`, replace, sortText: pad(g.id) });
    }
  }
  if (wantTargets) {
    for (const t of sdg.targets.values()) {
      if (!t.id.startsWith(typed)) continue;
      out.push({ label: t.id, kind: 'target', detail: truncate(t.text), documentation: t.text, replace, sortText: pad(t.id) });
    }
  }
  if (wantIndicators) {
    for (const i of sdg.indicators.values()) {
      if (!i.id.startsWith(typed)) continue;
      out.push({ label: i.id, kind: 'indicator', detail: truncate(i.text), documentation: i.text, replace, sortText: pad(i.id) });
    }
  }
  return out;
};

/** Sorts "10.7" before "10.10" and numbered targets before lettered ones. */
function pad(id: string): string {
  return id
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? p.padStart(3, '0') : `~${p}`))
    .join('.');
}

function truncate(s: string): string {
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

/**
 * Applies fixes to a text: used by the CLI's --fix and by "fix all" actions.
 * Edits are applied from the end so earlier offsets stay valid; an edit that
 * overlaps one already taken is skipped (the next run picks it up).
 */
import type { Finding, TextEdit } from './checks/check';

export interface FixResult {
  readonly text: string;
  readonly applied: number;
}

export function applyFixes(text: string, findings: readonly Finding[], options: { readonly safeOnly: boolean }): FixResult {
  const edits: TextEdit[][] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => (options.safeOnly ? x.safe : true));
    if (fix) edits.push([...fix.edits]);
  }
  return applyEditGroups(text, edits);
}

/** Applies groups of edits; a group is taken whole or not at all. */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): FixResult {
  const taken: TextEdit[] = [];
  let applied = 0;
  const sorted = [...groups].sort((a, b) => first(a) - first(b));
  for (const g of sorted) {
    if (g.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end) || e.span.start < 0 || e.span.end > text.length)) continue;
    taken.push(...g);
    applied++;
  }
  taken.sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of taken) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return { text: out, applied };
}

function first(g: readonly TextEdit[]): number {
  return Math.min(...g.map((e) => e.span.start));
}

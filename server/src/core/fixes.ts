/**
 * Applies fixes to a text: used by the CLI's --fix and by "fix all" actions.
 * Offsets are those of the original text, which is rebuilt once from the
 * edits in order; an edit that overlaps one already taken is skipped (the
 * next run picks it up).
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

/** Applies groups of edits, those selectEditGroups takes, to `text`. */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): FixResult {
  const { edits, groups: applied } = selectEditGroups(groups, text.length);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

/**
 * A fix's edits as one edit, from the first to the end of the last, keeping the
 * text between them: how ESLint's format writes a fix. Undefined if two of
 * them overlap.
 */
export function asOneEdit(text: string, edits: readonly TextEdit[]): TextEdit | undefined {
  const sorted = byStart(edits);
  if (!sorted || sorted.length === 0) return undefined;
  if (sorted.length === 1) return sorted[0];
  const parts: string[] = [];
  let at = (sorted[0] as TextEdit).span.start;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  return { span: { start: (sorted[0] as TextEdit).span.start, end: at }, newText: parts.join('') };
}

/**
 * The groups of edits that can be applied together: a group is taken whole or
 * not at all, in the order of their first edits, unless an edit of it
 * overlaps one already taken, another of its own, or falls outside a text of
 * `length` characters. Two edits overlap when they share a character or start
 * at the same offset (two insertions there would have no order). Returns the
 * edits taken, sorted by start, and how many groups. The CLI's --fix applies
 * them; the editor's "fix all" actions send them as one workspace edit.
 *
 * Taken edits are kept sorted, so that an edit is checked against its two
 * neighbours only: a draft with 100,000 safe fixes took minutes when each
 * edit was checked against all those taken before.
 */
export function selectEditGroups(groups: readonly (readonly TextEdit[])[], length = Infinity): { edits: TextEdit[]; groups: number } {
  /** Sorted by start and disjoint. Groups come in text order, so most edits go at the end. */
  const taken: TextEdit[] = [];
  let count = 0;
  const sorted = [...groups].sort((a, b) => first(a) - first(b));
  for (const g of sorted) {
    if (g.some((e) => e.span.start < 0 || e.span.end > length || overlapsTaken(taken, e))) continue;
    const inOrder = byStart(g);
    if (inOrder === undefined) continue;
    // In order of start, each edit of a group that follows what is taken goes at the end.
    for (const e of inOrder) taken.splice(after(taken, e.span.start), 0, e);
    count++;
  }
  return { edits: taken, groups: count };
}

/** The group's edits sorted by start, or undefined if two of them overlap (sorted, only neighbours can). */
function byStart(g: readonly TextEdit[]): readonly TextEdit[] | undefined {
  if (g.length < 2) return g;
  const sorted = [...g].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1] as TextEdit, sorted[i] as TextEdit)) return undefined;
  return sorted;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}

/** The number of taken edits that start at or before `start`. */
function after(taken: readonly TextEdit[], start: number): number {
  let lo = 0;
  let hi = taken.length;
  if (hi > 0 && (taken[hi - 1] as TextEdit).span.start <= start) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((taken[mid] as TextEdit).span.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Only the taken edits just before and just after `e`'s start can overlap it: they are sorted and disjoint. */
function overlapsTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  const i = after(taken, e.span.start);
  const before = taken[i - 1];
  const next = taken[i];
  return (before !== undefined && overlaps(before, e)) || (next !== undefined && overlaps(next, e));
}

function first(g: readonly TextEdit[]): number {
  let min = Infinity;
  for (const e of g) min = Math.min(min, e.span.start);
  return min;
}

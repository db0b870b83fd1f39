/**
 * Renumbering objectives: the edits that give objectives new numbers and
 * rewrite every reference to them, in one change across the draft's files.
 *
 * - Renaming objective N to M moves it to M; when M is taken, the objectives
 *   from M onward move up by one as far as needed, so "rename 5 to 6" in a
 *   draft of 23 makes room for a new objective 5 (5→6 … 23→24).
 * - Renumbering the draft numbers its definitions 1, 2, 3… in order. When a
 *   number is defined twice (an objective inserted with the number it should
 *   take), references to it follow the later definition, the one that held
 *   the number before the insertion; a range that covers the number covers
 *   both definitions ("objectives 1 to 3" becomes "objectives 1 to 4").
 *
 * A reference to an objective that no definition holds is left as it is,
 * so renumbering is refused when such a number would come to be defined: the
 * reference, which points nowhere and is reported, would silently point at
 * the objective that takes the number.
 *
 * A range "objectives 4 to 6" keeps its form when its objectives stay
 * consecutive, and becomes a list ("4, 6 and 7") when they do not. Nothing
 * but objective numbers changes: references to the GCM or to another
 * document, and paragraph numbers, are left as they are.
 */
import type { Fix, TextEdit } from '../checks/check';
import type { DocumentModel } from '../model/model';
import { docParts, type ObjectiveDef } from './index';
import { inDraftOrder, isDraftMember } from '../config/draft';
import { draftRepeatsGcm, namesDraftObjective } from './resolve';

export type EditResult = { edits: Map<string, TextEdit[]> } | { error: string };

/** The documents whose objective references name the draft's own objectives, in the order of the draft's files (see inDraftOrder). */
export function draftMembers(models: readonly DocumentModel[]): DocumentModel[] {
  return inDraftOrder(models.filter((m) => docParts(m).objectives.length > 0 || isDraftMember(m.config, m.uri)));
}

/** Why objective `from` cannot be renumbered, whatever its new number; undefined if it can. */
export function renameRefusal(from: number, models: readonly DocumentModel[]): string | undefined {
  const members = draftMembers(models);
  const own = members.flatMap((m) => docParts(m).objectives.filter((d) => d.number === from));
  if (own.length === 0) return `Objective ${from} is not defined in this draft.`;
  return gcmNumbered(members) ?? summedUp(members) ?? (own.length > 1 ? `Objective ${from} is defined more than once: run "Compact Lint: Renumber objectives" to number the objectives in order.` : undefined);
}

/**
 * A draft whose objectives carry the GCM's titles (a review or commentary
 * going through some of them, see draftRepeatsGcm) numbers them as the GCM
 * does: "Objective 5" there is the GCM's objective 5 wherever it comes, and
 * renumbering would name other objectives.
 */
function gcmNumbered(members: readonly DocumentModel[]): string | undefined {
  const data = members[0]?.data;
  return data && draftRepeatsGcm(members, data)
    ? "The objectives of this draft carry the GCM's titles: their numbers are the GCM's, which the adopted text fixes, and are not renumbered."
    : undefined;
}

/**
 * A draft whose objectives a list under "Objectives" sums up as well as
 * headings or lines define them is not renumbered: the list's numbers are
 * not references that would follow, and headings out of the list's order
 * may be sections misplaced rather than misnumbered.
 */
function summedUp(members: readonly DocumentModel[]): string | undefined {
  return members.some((m) => docParts(m).summarized)
    ? 'A list under "Objectives" sums up the objectives that headings or lines define: renumbering them would leave the list saying otherwise. Correct the numbers by hand, in the list and the headings alike.'
    : undefined;
}

export function renameObjective(from: number, to: number, models: readonly DocumentModel[]): EditResult {
  const refusal = renameRefusal(from, models);
  if (refusal) return { error: refusal };
  const members = draftMembers(models);
  const defs = members.flatMap((m) => docParts(m).objectives);
  const map = new Map<number, number>([[from, to]]);
  const taken = new Set(defs.filter((d) => d.number !== from).map((d) => d.number));
  for (let k = to; taken.has(k) && from !== to; k++) map.set(k, k + 1);
  const defNumber = (d: ObjectiveDef): number => map.get(d.number) ?? d.number;
  return refused(members, defs, defNumber) ?? { edits: rewrite(members, defs, defNumber) };
}

export function renumberAll(models: readonly DocumentModel[]): EditResult {
  const members = draftMembers(models);
  const defs = members.flatMap((m) => docParts(m).objectives);
  if (defs.length === 0) return { error: 'This draft defines no objectives.' };
  const kept = gcmNumbered(members) ?? summedUp(members);
  if (kept) return { error: kept };
  const next = new Map<ObjectiveDef, number>(defs.map((d, i) => [d, i + 1]));
  const defNumber = (d: ObjectiveDef): number => next.get(d) ?? d.number;
  return refused(members, defs, defNumber) ?? { edits: rewrite(members, defs, defNumber) };
}

/**
 * The error for a renumbering that would give a definition the number of a
 * reference that points nowhere now (see the top of this file), if any.
 */
function refused(members: readonly DocumentModel[], defs: readonly ObjectiveDef[], defNumber: (d: ObjectiveDef) => number): { error: string } | undefined {
  const before = new Set(defs.map((d) => d.number));
  const after = new Set(defs.map(defNumber));
  for (const model of members) {
    for (const r of model.facts('partRefs')) {
      if (!namesDraftObjective(r, model)) continue;
      for (const n of r.rangeFrom ? [r.rangeFrom.number, r.number] : [r.number]) {
        if (before.has(n) || !after.has(n)) continue;
        const line = model.lines.positionAt(r.span.start).line + 1;
        const where = members.length > 1 ? `${model.uri.slice(model.uri.lastIndexOf('/') + 1)}, line ${line}` : `line ${line}`;
        return { error: `Objective ${n}, referred to on ${where}, is not defined: after renumbering, the reference would point at the objective numbered ${n} then. Correct the reference first.` };
      }
    }
  }
  return undefined;
}

/**
 * The renumbering as a quick fix for a document that is a draft on its own
 * (a fix edits one document; a draft in several files has the command).
 */
export function renumberFix(model: DocumentModel, draft: readonly DocumentModel[]): Fix[] {
  if (draft.some((d) => d.uri !== model.uri)) return [];
  const r = renumberAll([model]);
  const edits = 'edits' in r ? r.edits.get(model.uri) : undefined;
  return edits?.length ? [{ title: 'Renumber the objectives in order (references follow)', edits, safe: false }] : [];
}

/**
 * The edits of a renumbering: definitions take their new numbers
 * (`defNumber`); a reference to a number follows its definition, the later
 * one when it has two (`defs` are in draft order), and a number no definition
 * holds stays; a range covers every definition of each number in it
 * ("objectives 1 to 3" with objective 2 defined twice becomes "objectives 1
 * to 4", not "1, 3 and 4").
 */
function rewrite(members: readonly DocumentModel[], defs: readonly ObjectiveDef[], defNumber: (d: ObjectiveDef) => number): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  const renumbered = new Map<number, number[]>();
  for (const d of defs) {
    const list = renumbered.get(d.number);
    if (list) list.push(defNumber(d));
    else renumbered.set(d.number, [defNumber(d)]);
  }
  const covers = (k: number): readonly number[] => renumbered.get(k) ?? [k];
  const map = (k: number): number => {
    const all = covers(k);
    return all[all.length - 1] as number;
  };
  for (const model of members) {
    const edits: TextEdit[] = [];
    const number = (span: { start: number; end: number }, n: number): void => {
      if (model.text.slice(span.start, span.end) !== String(n)) edits.push({ span, newText: String(n) });
    };
    for (const d of docParts(model).objectives) number(d.numberSpan, defNumber(d));
    const refs = model.facts('partRefs').filter((r) => namesDraftObjective(r, model));
    const rangeStarts = new Set(refs.flatMap((r) => (r.rangeFrom ? [r.rangeFrom.span.start] : [])));
    for (const r of refs) {
      if (rangeStarts.has(r.span.start)) continue;
      const from = r.rangeFrom;
      if (!from || r.number <= from.number || r.number - from.number > 500) {
        if (from) number(from.span, map(from.number));
        number(r.span, map(r.number));
        continue;
      }
      const covered: number[] = [];
      for (let k = from.number; k <= r.number; k++) covered.push(...covers(k));
      covered.sort((a, b) => a - b);
      if (covered.every((v, i) => i === 0 || v === (covered[i - 1] as number) + 1)) {
        number(from.span, covered[0] as number);
        number(r.span, covered[covered.length - 1] as number);
      } else {
        const span = { start: from.span.start, end: r.span.end };
        const text = asList(covered, model.text.slice(from.span.end, r.span.start));
        if (model.text.slice(span.start, span.end) !== text) edits.push({ span, newText: text });
      }
    }
    if (edits.length) out.set(model.uri, edits.sort((a, b) => a.span.start - b.span.start));
  }
  return out;
}

/** "4, 6 and 7"; runs of three or more keep the range's own separator ("9 to 12"). */
function asList(numbers: readonly number[], rangeSeparator: string): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const items: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) items.push(`${sorted[i]}${rangeSeparator}${sorted[j]}`);
    else for (let k = i; k <= j; k++) items.push(String(sorted[k]));
    i = j + 1;
  }
  return items.length === 1 ? (items[0] as string) : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

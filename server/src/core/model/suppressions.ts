/**
 * Inline suppression comments:
 *   <!-- compact-lint-disable [ID...] -->            until a matching enable
 *   <!-- compact-lint-enable [ID...] -->
 *   <!-- compact-lint-disable-next-line [ID...] -->  the line after the comment
 *   <!-- compact-lint-disable-line [ID...] -->       the comment's own line
 * Without ids a directive applies to every check. A reason may follow the
 * ids after "--" (`compact-lint-disable-next-line sdg/unknown-goal -- cited
 * as written`); its words are not ids.
 */
import type { DocumentModel } from './model';

export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: every check. */
  readonly ids: readonly string[];
  /** Where each id is written, in the same order. */
  readonly idSpans: readonly { readonly start: number; readonly end: number }[];
  readonly start: number;
  readonly end: number;
}

const DIRECTIVE = /^compact-lint-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function directives(model: DocumentModel): readonly Directive[] {
  return model.derived('suppressions/directives', (m) => {
    const out: Directive[] = [];
    for (const b of m.blocks) {
      for (const c of b.comments) {
        const d = DIRECTIVE.exec(c.body);
        if (!d) continue;
        const ids: string[] = [];
        const idSpans: { start: number; end: number }[] = [];
        // The ids are in the comment's text as written: their offsets are found there, after the directive's keyword.
        const whole = m.text.slice(c.start, c.end);
        const text = whole.endsWith('-->') ? whole.slice(0, -3) : whole;
        const word = /[^\s,]+/g;
        word.lastIndex = text.indexOf(d[1] as string) + (d[1] as string).length;
        for (let w = word.exec(text); w; w = word.exec(text)) {
          if (w[0] === '--') break;
          ids.push(w[0]);
          idSpans.push({ start: c.start + w.index, end: c.start + w.index + w[0].length });
        }
        out.push({ kind: d[1] as Directive['kind'], ids, idSpans, start: c.start, end: c.end });
      }
    }
    return out;
  });
}

/** A predicate telling whether a finding of `checkId` at `offset` is suppressed, built once per model (a hover asks it too). */
export function suppressionFilter(model: DocumentModel): (checkId: string, offset: number) => boolean {
  return model.derived('suppressions/filter', filterOf);
}

function filterOf(model: DocumentModel): (checkId: string, offset: number) => boolean {
  const list = directives(model);
  if (list.length === 0) return () => false;
  const lines = model.lines;
  const lineRules: { line: number; ids: readonly string[] }[] = [];
  for (const d of list) {
    if (d.kind === 'disable-next-line') lineRules.push({ line: lines.positionAt(d.end).line + 1, ids: d.ids });
    if (d.kind === 'disable-line') lineRules.push({ line: lines.positionAt(d.start).line, ids: d.ids });
  }
  const ranges = list.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const matches = (ids: readonly string[], id: string): boolean => ids.length === 0 || ids.includes(id);
  return (checkId, offset) => {
    if (lineRules.length) {
      const line = lines.positionAt(offset).line;
      if (lineRules.some((r) => r.line === line && matches(r.ids, checkId))) return true;
    }
    let disabled = false;
    for (const d of ranges) {
      if (d.start > offset) break;
      if (matches(d.ids, checkId)) disabled = d.kind === 'disable';
    }
    return disabled;
  };
}

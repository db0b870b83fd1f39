/**
 * Inline suppression comments:
 *   <!-- compact-lint-disable [ID...] -->            until a matching enable
 *   <!-- compact-lint-enable [ID...] -->
 *   <!-- compact-lint-disable-next-line [ID...] -->  the line after the comment
 *   <!-- compact-lint-disable-line [ID...] -->       the comment's own line
 * Without ids a directive applies to every check.
 */
import type { DocumentModel } from './model';

export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: every check. */
  readonly ids: readonly string[];
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
        const ids = (d[2] ?? '').split(/[\s,]+/).filter(Boolean);
        out.push({ kind: d[1] as Directive['kind'], ids, start: c.start, end: c.end });
      }
    }
    return out;
  });
}

/** Returns a predicate telling whether a finding of `checkId` at `offset` is suppressed. */
export function suppressionFilter(model: DocumentModel): (checkId: string, offset: number) => boolean {
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

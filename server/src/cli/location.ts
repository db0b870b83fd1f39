/**
 * The CLI's positions: 1-based line and column (UTF-16 code units, which is
 * also SARIF's default column unit), end exclusive as in ESLint's format.
 */
import type { LineIndex, Span } from '../core/index';

export interface Location {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function toLocation(lines: LineIndex, span: Span): Location {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/**
 * The server's edge: core Spans and Findings to LSP Ranges and Diagnostics.
 * Nothing else in the server builds a Range from an offset.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, LineIndex, Severity, Span } from '../core/index';

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  readonly version: number;
  /** Index of the finding in the model's findings, to find its fixes again. */
  readonly index: number;
}

export function toDiagnostic(
  lines: LineIndex,
  f: Finding,
  uri: string,
  data: DiagnosticData,
  docsUri: (id: string) => string | undefined,
  linesOf: (uri: string) => LineIndex | undefined = () => undefined,
): Diagnostic {
  const href = docsUri(f.checkId);
  return {
    range: toRange(lines, f.span),
    severity: SEVERITY[f.severity],
    source: 'compact-lint',
    code: f.checkId,
    ...(href ? { codeDescription: { href } } : {}),
    message: f.message,
    data,
    ...(f.related?.length
      ? {
          relatedInformation: f.related.map((r) => ({
            location: { uri: r.uri ?? uri, range: toRange((r.uri && r.uri !== uri ? linesOf(r.uri) : lines) ?? lines, r.span) },
            message: r.message,
          })),
        }
      : {}),
  };
}

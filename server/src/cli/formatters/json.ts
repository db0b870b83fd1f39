/**
 * ESLint's JSON result format, so existing tooling can read it: severity 2 for
 * errors and 1 for everything else, 1-based lines and columns. `severityName`
 * keeps the finer severity (info, hint) for tools that want it.
 */
import type { Formatter } from '../results';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const messages = r.messages.map((m) => ({
        ruleId: m.checkId,
        severity: m.severity === 'error' ? 2 : 1,
        severityName: m.severity,
        message: m.message,
        line: m.location.line,
        column: m.location.column,
        endLine: m.location.endLine,
        endColumn: m.location.endColumn,
        ...(m.finding.fixes?.[0] ? { suggestions: m.finding.fixes.map((f) => ({ desc: f.title })) } : {}),
      }));
      const errorCount = messages.filter((m) => m.severity === 2).length;
      return {
        filePath: r.path,
        messages,
        errorCount,
        warningCount: messages.length - errorCount,
        fatalErrorCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      };
    }),
  ) + '\n';

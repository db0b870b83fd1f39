/**
 * ESLint's JSON result format, so existing tooling can read it: severity 2 for
 * errors and 1 for everything else, 1-based lines and columns. `severityName`
 * keeps the finer severity (info, hint) for tools that want it; infos and
 * hints are counted in `infoCount`, not with the warnings, as they do not
 * count against --max-warnings. A finding with a fix that `--fix` applies
 * carries it as ESLint does (`fix`: a range of offsets into the file's text
 * and the text that replaces it; a fix of several edits becomes one, from the
 * first to the last, with the text between them kept), and every fix as a
 * suggestion.
 */
import type { Fix, TextEdit } from '../../core/index';
import type { Formatter } from '../results';

function eslintFix(fix: Fix | undefined, oneEdit: TextEdit | undefined): { range: [number, number]; text: string } | undefined {
  const edit = oneEdit ?? (fix?.edits.length === 1 ? fix.edits[0] : undefined);
  return edit ? { range: [edit.span.start, edit.span.end], text: edit.newText } : undefined;
}

function suggestion(f: Fix, oneEdit: TextEdit | undefined): { desc: string; fix?: { range: [number, number]; text: string } } {
  const fix = eslintFix(f, oneEdit);
  return fix ? { desc: f.title, fix } : { desc: f.title };
}

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      let errorCount = 0;
      let warningCount = 0;
      let fixableErrorCount = 0;
      let fixableWarningCount = 0;
      const messages = r.messages.map((m) => {
        const fixes = m.finding.fixes ?? [];
        const safe = fixes.findIndex((f) => f.safe);
        const fix = safe >= 0 ? eslintFix(fixes[safe], m.oneEdits?.[safe]) : undefined;
        if (m.severity === 'error') {
          errorCount++;
          if (fix) fixableErrorCount++;
        } else if (m.severity === 'warning') {
          warningCount++;
          if (fix) fixableWarningCount++;
        }
        return {
          ruleId: m.checkId,
          severity: m.severity === 'error' ? 2 : 1,
          severityName: m.severity,
          message: m.message,
          line: m.location.line,
          column: m.location.column,
          endLine: m.location.endLine,
          endColumn: m.location.endColumn,
          ...(fix ? { fix } : {}),
          ...(fixes.length ? { suggestions: fixes.map((f, i) => suggestion(f, m.oneEdits?.[i])) } : {}),
        };
      });
      return {
        filePath: r.path,
        messages,
        errorCount,
        warningCount,
        infoCount: messages.length - errorCount - warningCount,
        fatalErrorCount: 0,
        fixableErrorCount,
        fixableWarningCount,
      };
    }),
  ) + '\n';

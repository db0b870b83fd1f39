/**
 * The default output, after ESLint's "stylish": findings grouped by file as
 * `line:col  severity  message  check-id`, then a summary line.
 */
import { count, type Formatter } from '../results';

export const stylish: Formatter = (results, context) => {
  const out: string[] = [];
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push(r.relativePath);
    const rows = r.messages.map((m) => [`${m.location.line}:${m.location.column}`, m.severity, m.message.replace(/\s*\n\s*/g, ' '), m.checkId]);
    // Not Math.max(...widths): a file with a hundred thousand findings would overflow the stack.
    const w0 = rows.reduce((w, x) => Math.max(w, (x[0] as string).length), 0);
    const w1 = rows.reduce((w, x) => Math.max(w, (x[1] as string).length), 0);
    for (const [loc, sev, msg, id] of rows) out.push(`  ${(loc as string).padEnd(w0)}  ${(sev as string).padEnd(w1)}  ${msg}  ${id}`);
    out.push('');
  }
  const errors = count(results, 'error');
  const warnings = count(results, 'warning');
  const infos = count(results, 'info') + count(results, 'hint');
  const total = errors + warnings + infos;
  const files = results.length;
  // No file linted is an error the command has reported on standard error: no summary to give.
  if (files === 0) return '';
  const hidden = context.hiddenWarnings ?? 0;
  // --quiet shows errors only: the summary says what it left out, not that there is nothing.
  const notShown = hidden ? ` (${hidden} ${hidden === 1 ? 'warning' : 'warnings'} not shown: --quiet)` : '';
  if (total === 0) {
    out.push(hidden ? `✔ No errors in ${files} ${files === 1 ? 'file' : 'files'}${notShown}.` : `✔ No problems in ${files} ${files === 1 ? 'file' : 'files'}.`);
  } else if (hidden) {
    out.push(`✖ ${errors} ${errors === 1 ? 'error' : 'errors'} in ${files} ${files === 1 ? 'file' : 'files'}${notShown}.`);
  } else {
    const parts = [`${errors} ${errors === 1 ? 'error' : 'errors'}`, `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`];
    if (infos) parts.push(`${infos} info`);
    out.push(`✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${parts.join(', ')}) in ${files} ${files === 1 ? 'file' : 'files'}.`);
  }
  const fixed = results.filter((r) => r.fixed).length;
  if (fixed) out.push(`Fixed ${fixed} ${fixed === 1 ? 'file' : 'files'}.`);
  return out.join('\n') + '\n';
};

/**
 * JUnit XML for CI dashboards: one test case per file, failing when the file
 * has findings, each finding listed in the failure's text.
 */
import { count, type Formatter } from '../results';

function xml(s: string): string {
  return s
    // Characters XML 1.0 does not allow: C0 controls but tab and line breaks, U+FFFE, U+FFFF and lone surrogates.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const junit: Formatter = (results) => {
  const failures = results.filter((r) => r.messages.length > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compact-lint" tests="${results.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="compact-lint" tests="${results.length}" failures="${failures}" errors="0">`,
  ];
  for (const r of results) {
    out.push(`    <testcase classname="compact-lint" name="${xml(r.relativePath)}">`);
    if (r.messages.length) {
      const e = count([r], 'error');
      const summary = `${r.messages.length} ${r.messages.length === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'})`;
      const body = r.messages.map((m) => `${m.location.line}:${m.location.column} ${m.severity} ${m.message} (${m.checkId})`).join('\n');
      out.push(`      <failure message="${xml(summary)}" type="${e ? 'error' : 'warning'}">${xml(body)}</failure>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
};

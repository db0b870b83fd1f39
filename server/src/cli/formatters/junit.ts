/**
 * JUnit XML for CI dashboards: one test case per file, failing when the file
 * has errors or warnings, each listed in the failure's text. Infos, which do
 * not fail a run, are listed in the test case's output. What made the run
 * fail without being a finding (a file or a configuration that could not be
 * read: exit code 2) is a test case of its own, "compact-lint run", in error,
 * so that a dashboard shows the failed run rather than a clean one.
 */
import { count, type FileResult, type Formatter, type Message } from '../results';

function xml(s: string): string {
  return s
    // Characters XML 1.0 does not allow: C0 controls but tab and line breaks, U+FFFE, U+FFFF and lone surrogates.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An attribute's value: a parser turns a raw tab or line break there into a space, a character reference keeps it. */
function attribute(s: string): string {
  return xml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function fails(m: Message): boolean {
  return m.severity === 'error' || m.severity === 'warning';
}

function line(m: Message): string {
  return `${m.location.line}:${m.location.column} ${m.severity} ${m.message} (${m.checkId})`;
}

function failing(r: FileResult): readonly Message[] {
  return r.messages.filter(fails);
}

export const junit: Formatter = (results, context) => {
  const failures = results.filter((r) => failing(r).length > 0).length;
  const problems = context.failures ?? [];
  const errors = problems.length ? 1 : 0;
  const tests = results.length + errors;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compact-lint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="compact-lint" tests="${tests}" failures="${failures}" errors="${errors}">`,
  ];
  if (problems.length) {
    const summary = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} stopped the run from checking everything`;
    out.push(
      '    <testcase classname="compact-lint" name="compact-lint run">',
      `      <error message="${attribute(summary)}" type="run">${xml(problems.join('\n'))}</error>`,
      '    </testcase>',
    );
  }
  for (const r of results) {
    out.push(`    <testcase classname="compact-lint" name="${attribute(r.relativePath)}">`);
    const failed = failing(r);
    if (failed.length) {
      const e = count([r], 'error');
      const summary = `${failed.length} ${failed.length === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'})`;
      out.push(`      <failure message="${attribute(summary)}" type="${e ? 'error' : 'warning'}">${xml(failed.map(line).join('\n'))}</failure>`);
    }
    const others = r.messages.filter((m) => !fails(m));
    if (others.length) out.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
};

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * pull request's diff. Values are escaped as the runner expects.
 */
import type { Formatter } from '../results';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const l = m.location;
      const props = [
        `file=${escapeProperty(r.relativePath)}`,
        `line=${l.line}`,
        `col=${l.column}`,
        `endLine=${l.endLine}`,
        `endColumn=${l.endColumn}`,
        `title=${escapeProperty(m.checkId)}`,
      ];
      out.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};

import type { Check, Report } from '../check';
import type { Span } from '../../text/span';

const MESSAGE = 'Markup here was read as plain text: it is too complex to parse quickly (emphasis, links, code spans or nesting were ignored; the words are still checked)';

export const partlyAnalysed: Check = {
  id: 'document/partly-analysed',
  category: 'document',
  defaultSeverity: 'info',
  description: 'Part of the file was read as plain text because its markup is too complex to parse quickly.',
  docs: `The Markdown parser slows down badly on some unusual inputs: a paragraph with hundreds of \`*\`, \`_\`, \`[\` or \`]\` characters or of runs of backticks that open no code span, a line that opens dozens of nested lists or quotes, or list items indented deeper than 64 columns (lists that each line nests one level deeper). To keep the editor responsive, Compact Lint ignores that markup there (the words are still checked) and says so with this finding, once for each run of such lines. Ordinary drafts never trigger it; it usually means a pasted table or export that lost its line breaks.`,
  *run(model): Iterable<Report> {
    // One finding for each run of regions on consecutive lines (a long thread of quotes, a list nested deeper on every line).
    let first: Span | undefined;
    let last: Span | undefined;
    let count = 0;
    const report = (from: Span, n: number): Report => ({ span: { start: from.start, end: Math.min(from.end, from.start + 1) }, message: n > 1 ? `${MESSAGE}, on ${n} lines from here.` : `${MESSAGE}.` });
    for (const span of model.neutralized) {
      if (first && last && newlines(model.text, last.end, span.start) <= 1) {
        last = span;
        count++;
        continue;
      }
      if (first) yield report(first, count);
      first = last = span;
      count = 1;
    }
    if (first) yield report(first, count);
  },
};

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 2; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

import type { Check, Report } from '../check';

export const partlyAnalysed: Check = {
  id: 'document/partly-analysed',
  category: 'document',
  defaultSeverity: 'info',
  description: 'Part of the file was read as plain text because its markup is too complex to parse quickly.',
  docs: `The Markdown parser slows down badly on some unusual inputs: a paragraph with hundreds of \`*\`, \`_\`, \`[\` or \`]\` characters, or a line that opens dozens of nested lists or quotes. To keep the editor responsive, Compact Lint ignores that markup there (the words are still checked) and says so with this finding. Ordinary drafts never trigger it; it usually means a pasted table or export that lost its line breaks.`,
  *run(model): Iterable<Report> {
    for (const span of model.neutralized) {
      yield { span: { start: span.start, end: Math.min(span.end, span.start + 1) }, message: 'Markup here was read as plain text: it is too complex to parse quickly (emphasis, links or nesting were ignored; the words are still checked).' };
    }
  },
};

import type { Check, Report } from '../check';

export const notAnalysed: Check = {
  id: 'document/not-analysed',
  category: 'document',
  defaultSeverity: 'warning',
  description: 'The file was not analysed: it is over the size limit or is not text.',
  docs: `Files larger than \`maxFileSize\` (5 MB by default), files that contain NUL bytes and files that are not UTF-8 text (UTF-16 included: save them as UTF-8) are not parsed, so that a stray binary or a giant export never stalls the editor or CI. Split very large drafts into several files (see \`draft.files\`) or raise the limit.`,
  *run(model): Iterable<Report> {
    if (model.skipped) yield { span: { start: 0, end: 0 }, message: model.skipped.message };
  },
};

/**
 * Completion of objective and paragraph numbers after "objective ",
 * "objectives 2 and ", "paragraph ", "para. ": the draft's own objectives
 * (or the GCM's, when the draft defines none or the text says "GCM
 * objective") with their titles, and the draft's numbered paragraphs with
 * their first sentences, filtered by the digits typed.
 */
import type { CompletionEntry, CompletionProvider } from '../features/types';
import { linePrefix } from '../features/completion';
import { patternsFor } from './patterns';
import { draftObjectives, draftOf, draftParagraphs, partScope, segmentAt } from './resolve';
import { annexBefore } from './refs';
import { docParts } from './index';
import { sentenceShown, titleShown } from './display';
import { escapeMarkdown } from '../text/display';

const contexts = new Map<string, RegExp>();

function contextPattern(keyword: string): RegExp {
  let re = contexts.get(keyword);
  if (!re) {
    re = new RegExp(String.raw`(?:\b(GCM|Global\s+Compact)\s+)?\b(?:(${keyword})|(paragraphs?|paras?\.?))\s+(?:\d{1,3}(?:\s?\([a-z]\))?(?:,\s*|\s+and\s+|\s+or\s+|\s+to\s+|[–-]))*(\d{0,3})$`, 'i');
    contexts.set(keyword, re);
  }
  return re;
}

export const objectiveCompletion: CompletionProvider = (model, offset, ctx) => {
  const m = contextPattern(patternsFor(model.config).keyword).exec(linePrefix(model, offset).slice(-200));
  if (!m) return [];
  const typed = m[4] ?? '';
  // The rest of a number the cursor is inside ("1|2") is replaced too.
  const rest = /^\d*/.exec(model.text.slice(offset, offset + 3))?.[0] ?? '';
  const replace = { start: offset - typed.length, end: offset + rest.length };
  const draft = draftOf(model, ctx.others);
  const out: CompletionEntry[] = [];
  const add = (n: number, kind: CompletionEntry['kind'], detail: string): void => {
    const label = String(n);
    if (label.startsWith(typed)) out.push({ label, kind, detail: detail.length > 80 ? `${detail.slice(0, 79)}…` : detail, documentation: escapeMarkdown(detail), replace, sortText: label.padStart(4, '0') });
  };
  if (m[3]) {
    // "the annex, paragraph |": the annex's paragraphs, as the check and navigation resolve them; else the file's own first.
    const prefix = linePrefix(model, offset).slice(-200);
    const namesAnnex = annexBefore(prefix.slice(0, prefix.length - m[0].length));
    const annex = namesAnnex ? partScope(draft, 'annex') : undefined;
    // A document that holds its annex: the paragraphs of the part the cursor is in, or of the annex its words name.
    const starts = draft.length === 1 ? docParts(model).annexStarts : undefined;
    const inFile = starts ? segmentAt(starts, offset, namesAnnex ? 'annex' : undefined) : undefined;
    const paragraphs = annex?.kind === 'draft' ? annex.defs : draftParagraphs(draft).filter((p) => inFile === undefined || p.segment === inFile);
    for (const p of paragraphs) if (!out.some((e) => e.label === String(p.number))) add(p.number, 'paragraph', sentenceShown(p, draft));
    return out;
  }
  const own = m[1] ? [] : draftObjectives(draft);
  if (own.length > 0) {
    for (const d of own) if (!out.some((e) => e.label === String(d.number))) add(d.number, 'objective', titleShown(d, draft));
  } else if (m[1] || model.config.framework === 'gcm') {
    for (const g of ctx.data.gcm.objectives.values()) add(g.number, 'objective', g.title);
  }
  return out;
};

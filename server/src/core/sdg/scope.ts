import type { DocumentModel } from '../model/model';
import type { SdgData } from '../data/sdg';
import type { SdgKind, SdgQuote, SdgRef } from './extract';

/** A heading that numbers a goal, target or indicator: "## Goal 1: …", "### Target 1.8: …"; its id and the words after it. */
const NUMBERED_HEADING = /^(Goal|Target|Indicator)\s+(\d+(?:\.\w+){0,2})\b[\s:.—–-]*(.*)/;

/**
 * What a document numbers of its own in its headings (an action plan with
 * "## Goal 1: …" and "### Target 1.8: …") or in the labels that open its list
 * items and table cells (a results framework's "- Indicator 1.1.2: Share of
 * …", "| Indicator 2.1.7: … |"): goals, targets, indicators. Its indicators
 * are numbered after its targets, so a plan with targets of its own has
 * indicators of its own too. A heading that starts with the SDG's own words
 * ("## Target 10.7: Facilitate orderly, safe …", "## Goal 10: Reduced
 * inequalities") is the SDG's, in a report organized by them; labels count
 * only with ids the SDGs do not have, two at least (one may be a slip in such
 * a report).
 */
function ownLevels(model: DocumentModel): ReadonlySet<SdgKind> {
  return model.derived('sdg/ownLevels', (m) => {
    const levels = new Set<SdgKind>();
    for (const h of m.facts('headings')) {
      const found = NUMBERED_HEADING.exec(h.title);
      const level = found?.[1]?.toLowerCase() as SdgKind | undefined;
      if (found && level && !citesSdg(level, found[2] as string, found[3] as string, m.data.sdg)) levels.add(level);
    }
    const unknownLabels = new Map<SdgKind, number>();
    for (const ref of m.facts('sdgRefs')) {
      if (ref.keyword === 'sdg' || levels.has(ref.kind) || sdgHas(m.data.sdg, ref.kind, ref.id) || !labels(m.text, ref)) continue;
      const count = (unknownLabels.get(ref.kind) ?? 0) + 1;
      unknownLabels.set(ref.kind, count);
      if (count === 2) levels.add(ref.kind);
    }
    if (levels.has('target')) levels.add('indicator');
    return levels;
  });
}

function sdgHas(sdg: SdgData, kind: SdgKind, id: string): boolean {
  return (kind === 'goal' ? sdg.goals : kind === 'target' ? sdg.targets : sdg.indicators).has(id);
}

/** Before a label: a line's start, with a list item's marker, a block quotation's, or a table cell's edge, and bold's or emphasis's opening. */
const LABEL_BEFORE = /(?:^|\|)[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\*\*?|__?)?$/;
/** After a label's id: its colon or dash, within bold or emphasis or not. */
const LABEL_AFTER = /^(?:\*\*?|__?)?[ \t]*(?::|[–—]|-[ \t])/;

/** Whether a reference of one id labels a list item, a table cell or a line ("- Indicator 1.1.2: Share of …"). */
function labels(text: string, ref: SdgRef): boolean {
  if (ref.mention.end !== ref.span.end || !/^[A-Za-z]+[ \t]*$/.test(text.slice(ref.mention.start, ref.span.start))) return false;
  const lineStart = text.lastIndexOf('\n', ref.mention.start - 1) + 1;
  return LABEL_BEFORE.test(text.slice(lineStart, ref.mention.start)) && LABEL_AFTER.test(text.slice(ref.span.end, ref.span.end + 8));
}

/**
 * The document's references to the SDGs. In a document that numbers goals,
 * targets or indicators of its own, a bare "Goal 18", "target 1.8" or
 * "indicator 1.8.1" of that level is the document's, not an SDG reference;
 * "SDG 18", "SDG target 1.8" always are, but for a goal the document calls
 * national that the SDGs do not have ("a national SDG 18"): that goal, its
 * targets and its indicators are the country's wherever the document names
 * them.
 */
export function sdgRefsOf(model: DocumentModel): readonly SdgRef[] {
  return model.derived('sdg/refs', (m) => {
    const own = ownLevels(m);
    const all = m.facts('sdgRefs');
    const national = new Set(all.filter((r) => r.national && r.kind === 'goal' && !m.data.sdg.goals.has(r.id)).map((r) => r.id));
    const refs = national.size === 0 ? all : all.filter((r) => !national.has(goalOf(r.id)));
    return own.size === 0 ? refs : refs.filter((r) => r.keyword === 'sdg' || !(own.has(r.kind) || (r.calledAs !== undefined && own.has(r.calledAs.kind))));
  });
}

/** The goal of an id: "18" for "18", "18.1" and "18.1.2". */
function goalOf(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

/**
 * The document's quotations of SDG targets: in a document with targets of its
 * own, a quotation attributed to a bare "target 1.8" quotes the document's.
 */
export function sdgQuotesOf(model: DocumentModel): readonly SdgQuote[] {
  return model.derived('sdg/quotes', (m) => {
    const quotes = m.facts('sdgQuotes');
    return quotes.length === 0 || !ownLevels(m).has('target') ? quotes : quotes.filter((q) => q.named);
  });
}

/** Whether the words after a heading's id begin as the SDG of that id does (its title, short title or text). */
function citesSdg(level: SdgKind, id: string, rest: string, sdg: SdgData): boolean {
  const start = firstWords(rest);
  if (start === '') return false;
  const goal = level === 'goal' ? sdg.goals.get(id) : undefined;
  const texts = goal ? [goal.title, goal.short] : [level === 'target' ? sdg.targets.get(id)?.text : sdg.indicators.get(id)?.text];
  return texts.some((t) => t !== undefined && firstWords(t) === start);
}

/** The first three words of a text, lower case. */
function firstWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 3).join(' ');
}

/**
 * Whether a reference called by the other kind's keyword, whose id is of
 * neither kind, is reported as an id that does not exist: where it names the
 * SDGs ("SDG target 10.7.9", "SDG indicator 10.12") or has a target's letter
 * ("target 10.c.2"), which no national or project framework uses; a bare
 * "indicator 3.14" may be a project's own, and a national one is.
 */
export function neitherKind(ref: SdgRef): boolean {
  return !ref.national && (ref.keyword === 'sdg' || /[a-z]/.test(ref.id));
}

/**
 * Resolves a reference to the objective or paragraph it names. The draft is
 * the document and the other documents of the same draft (main text and
 * annexes). A local reference resolves to the draft's own definitions; when
 * the draft defines no objectives, or only repeats the GCM's (a commentary
 * with a heading per GCM objective), it resolves to the framework selected
 * in the configuration. "GCM objective 6" always resolves to the GCM.
 */
import type { DocumentModel } from '../model/model';
import type { Heading } from '../model/headings';
import type { ReferenceData } from '../data/reference';
import type { GcmObjective } from '../data/gcm';
import { GCM_TITLE, type PartRef } from './refs';
import { ANNEX_LABEL, docParts, type ObjectiveDef, type ParagraphDef } from './index';
import { inDraftOrder, isDraftPart } from '../config/draft';
import { perObject } from '../memo';
import { singular } from '../text/plural';

export type ObjectiveScope =
  | { readonly kind: 'draft'; readonly defs: readonly ObjectiveDef[]; readonly byNumber: ReadonlyMap<number, readonly ObjectiveDef[]> }
  /** The GCM's objectives; with `added`, those a document that repeats the GCM's adds after them ("Objective 24: …", see repeatsGcm). */
  | { readonly kind: 'gcm'; readonly added?: ReadonlyMap<number, readonly ObjectiveDef[]> }
  | { readonly kind: 'none' };
export type ParagraphScope =
  | { readonly kind: 'draft'; readonly defs: readonly ParagraphDef[]; readonly byNumber: ReadonlyMap<number, ParagraphDef>; readonly part?: 'main' | 'annex' }
  | { readonly kind: 'gcm' }
  | { readonly kind: 'none' };

/** The document first, then the other documents of its draft, each once. */
export function draftOf(model: DocumentModel, others: readonly DocumentModel[]): DocumentModel[] {
  return [model, ...others.filter((o) => o.uri !== model.uri)];
}

export function draftObjectives(draft: readonly DocumentModel[]): readonly ObjectiveDef[] {
  return indexOf(draft).objectives;
}

export function draftParagraphs(draft: readonly DocumentModel[]): readonly ParagraphDef[] {
  return indexOf(draft).paragraphs;
}

interface DraftIndex {
  readonly objectives: readonly ObjectiveDef[];
  readonly paragraphs: readonly ParagraphDef[];
  readonly objectiveByNumber: ReadonlyMap<number, readonly ObjectiveDef[]>;
  /** The first paragraph of each number: the document's own before the other files'. */
  readonly paragraphByNumber: ReadonlyMap<number, ParagraphDef>;
  /** Worked out at the first objective reference (see repetitionOf). */
  repetition?: GcmRepetition;
}

/** Whether the draft's objectives only repeat the GCM's (see repeatsGcm), and then those it adds after them, by number. */
interface GcmRepetition {
  readonly repeats: boolean;
  readonly added?: ReadonlyMap<number, readonly ObjectiveDef[]>;
  /** Definitions that carry another GCM objective's title than their number's (see repeatsGcm). */
  readonly misnumbered: readonly MisnumberedObjective[];
}

/** An objective of a draft that repeats the GCM's, under the number of one and the title of another: "Objective 12: Use migration detention only …" (objective 13's). */
export interface MisnumberedObjective {
  readonly def: ObjectiveDef;
  /** The GCM objective whose title it carries. */
  readonly titleOf: number;
}

function repetitionOf(index: DraftIndex, data: ReferenceData): GcmRepetition {
  if (index.repetition) return index.repetition;
  const { repeats, misnumbered } = repeatsGcm(index.objectives, data);
  const added = repeats ? new Map([...index.objectiveByNumber].filter(([n]) => !data.gcm.objectives.has(n))) : undefined;
  return (index.repetition = added && added.size > 0 ? { repeats, added, misnumbered } : { repeats, misnumbered });
}

/**
 * Built once per draft. A document alone (the common case) keeps its index
 * with its model, shared by every check and feature; a draft of several files
 * keeps it with the array a check or feature passes for all its references,
 * so that no index holds on to other versions of the draft's files.
 */
const indexes = new WeakMap<readonly DocumentModel[], DraftIndex>();

function indexOf(draft: readonly DocumentModel[]): DraftIndex {
  const only = draft.length === 1 ? draft[0] : undefined;
  if (only) return only.derived('objectives/draftIndex', () => buildIndex(draft));
  let index = indexes.get(draft);
  if (!index) {
    index = buildIndex(draft);
    indexes.set(draft, index);
  }
  return index;
}

function buildIndex(draft: readonly DocumentModel[]): DraftIndex {
  const objectives = draft.flatMap((m) => docParts(m).objectives);
  const paragraphs = draft.flatMap((m) => docParts(m).paragraphs);
  const objectiveByNumber = new Map<number, ObjectiveDef[]>();
  for (const d of objectives) {
    const same = objectiveByNumber.get(d.number);
    if (same) same.push(d);
    else objectiveByNumber.set(d.number, [d]);
  }
  return { objectives, paragraphs, objectiveByNumber, paragraphByNumber: firstOfEachNumber(paragraphs) };
}

/** Each paragraph number with its first definition: a later one of the same number (a list numbered again) does not hide it. */
function firstOfEachNumber(defs: readonly ParagraphDef[]): Map<number, ParagraphDef> {
  const byNumber = new Map<number, ParagraphDef>();
  for (const p of defs) if (!byNumber.has(p.number)) byNumber.set(p.number, p);
  return byNumber;
}

export function objectiveScope(ref: PartRef, draft: readonly DocumentModel[], data: ReferenceData): ObjectiveScope {
  if (ref.scope === 'foreign') return { kind: 'none' };
  if (draft[0] && compactNamesGcr(ref, draft[0])) return { kind: 'none' };
  // "the Compact's objective 20" in a document that calls the GCM so, or writes about it.
  if (ref.scope === 'gcm' || (draft[0] && compactNamesGcm(ref, draft[0]))) return { kind: 'gcm' };
  const index = indexOf(draft);
  const defs = index.objectives;
  if (defs.length > 0) {
    const { repeats, added } = repetitionOf(index, data);
    if (!repeats) return { kind: 'draft', defs, byNumber: index.objectiveByNumber };
    return added ? { kind: 'gcm', added } : { kind: 'gcm' };
  }
  return (draft[0]?.config.framework ?? 'none') === 'gcm' ? { kind: 'gcm' } : { kind: 'none' };
}

export function paragraphScope(ref: PartRef, draft: readonly DocumentModel[]): ParagraphScope {
  // "the Global Compact for Safe, Orderly and Regular Migration (the Compact)": its "paragraph 50 of the Compact" is the GCM's.
  if (draft[0] && compactNamesGcm(ref, draft[0])) return { kind: 'gcm' };
  // "paragraph 95 of the Compact" where the Compact is the Global Compact on Refugees.
  if (draft[0] && compactNamesGcr(ref, draft[0])) return { kind: 'none' };
  // "OP 25" where the document defines "OP" as something else ("the Operational Plan (OP)"): not an operative paragraph.
  if (draft[0] && opNamesOtherwise(ref, draft[0])) return { kind: 'none' };
  // A document that holds a comments matrix comments on another text: the paragraphs it names are that text's, unless it names itself ("paragraph 7 of this note").
  if (ref.scope === 'local' && !ref.namesSelf && draft[0] && draft[0].facts('commentsMatrices').length > 0) return { kind: 'none' };
  const only = draft.length === 1 ? draft[0] : undefined;
  if (only && (ref.scope === 'local' || (ref.scope === 'foreign' && (ref.part === 'annex' || ref.titled !== undefined)))) {
    const segment = inFileSegment(only, ref);
    if (segment !== undefined) return ownPartScope(only, segment);
  }
  // "paragraph 3 of the annex" names the draft's annex when it has one in a file of its own, else another document's.
  if (ref.scope === 'foreign') return (ref.part === 'annex' && draft.length > 1 && partScope(draft, 'annex')) || { kind: 'none' };
  if (ref.scope === 'gcm') return { kind: 'gcm' };
  const part = ref.part && draft.length > 1 ? partScope(draft, ref.part) : undefined;
  if (part) return part;
  const index = indexOf(draft);
  return index.paragraphs.length > 0 ? { kind: 'draft', defs: index.paragraphs, byNumber: index.paragraphByNumber } : { kind: 'none' };
}

/** Whether the reference is written "OP 25" in a document that defines the acronym "OP" as other words than "operative paragraph". */
function opNamesOtherwise(ref: PartRef, model: DocumentModel): boolean {
  if (!model.text.startsWith('OP', ref.mention.start)) return false;
  return model.derived('objectives/resolve.opDefinedOtherwise', (m) =>
    m.facts('acronymDefinitions').some((d) => d.acronym === 'OP' && d.expansion !== null && !/^operative paragraph$/i.test(d.expansion)),
  );
}

/** How a document defines a compact's short name: "… (the Compact)", "(the “Compact”)", "(hereinafter “the Compact”)". */
const AS_COMPACT = String.raw`\s*\((?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?["“]?(?:the\s+)?["“]?Compact["”]?\)`;
/** The GCM's title defined as "the Compact" in the document: "… Regular Migration (the Compact)". */
const GCM_AS_COMPACT = new RegExp(String.raw`${GCM_TITLE}${AS_COMPACT}`, 'i');
/** The Global Compact on Refugees defined as "the Compact": "the Global Compact on Refugees (the Compact)". */
const GCR_AS_COMPACT = new RegExp(String.raw`Compact\s+on\s+Refugees${AS_COMPACT}`, 'i');

/** Whether a reference's "of the Compact" names the Global Compact on Refugees, which the document calls so: none of its paragraphs or objectives is checked. */
function compactNamesGcr(ref: PartRef, model: DocumentModel): boolean {
  return ref.namesCompact === 'compact' && model.derived('objectives/resolve.compactIsGcr', (m) => GCR_AS_COMPACT.test(m.text) && !GCM_AS_COMPACT.test(m.text));
}
const GCM_NAMED = new RegExp(GCM_TITLE, 'i');

/** Whether a reference names one of the draft's own objectives, which renumbering them rewrites: not the GCM's ("the Compact's objective 20" where the Compact is the GCM). */
export function namesDraftObjective(ref: PartRef, model: DocumentModel): boolean {
  return ref.kind === 'objective' && ref.scope === 'local' && !compactNamesGcm(ref, model);
}

/** Whether a reference's "of the Compact" names the GCM, as the document calls it (see compactIsGcm and reportsOnGcm). */
export function compactNamesGcm(ref: PartRef, model: DocumentModel): boolean {
  return ref.namesCompact === 'compact' && !compactNamesGcr(ref, model) && (compactIsGcm(model) || reportsOnGcm(model));
}

/**
 * Whether the document writes about the GCM rather than being a compact: it
 * names the GCM by its title, never calls itself "this Compact", and its
 * title is neither a compact's of its own ("Global Compact on …") nor the
 * GCM's own, alone or with a draft's designation ("Zero draft: Global Compact
 * for …"): a national review "of the implementation of the Global Compact
 * for …", whose "paragraph 43 of the Compact" is the GCM's.
 */
export function reportsOnGcm(model: DocumentModel): boolean {
  return model.derived('objectives/resolve.reportsOnGcm', (m) => {
    if (!GCM_NAMED.test(m.text) || THIS_COMPACT.test(m.text)) return false;
    const title = documentTitle(m.facts('headings'));
    const at = title.search(GCM_NAMED);
    if (at < 0) return !/\bcompact\b/i.test(title);
    return !/\bcompact\b/i.test(title.replace(GCM_NAMED, '')) && !draftDesignation(title.slice(0, at));
  });
}

/** The document's title: its first heading, past those of front matter ("Contents", "Abbreviations and acronyms") that may come before it. */
function documentTitle(headings: readonly Heading[]): string {
  return headings.find((h) => !FRONT_MATTER.test(h.title))?.title ?? '';
}

const FRONT_MATTER = /^(?:(?:table\s+of\s+)?contents|(?:list\s+of\s+)?(?:abbreviations|acronyms)(?:\s+and\s+(?:abbreviations|acronyms))?|foreword|preface|acknowledge?ments)$/i;

/** A compact's words about itself. */
const THIS_COMPACT = /\bthis\s+(?:Global\s+)?Compact\b/i;
/** Whether the words before a title are nothing but a draft's designation: "Zero draft: ", "Revision 2 – ", "Final draft of the ". */
function draftDesignation(text: string): boolean {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => DRAFT_WORDS.has(w) || /^\d+$/.test(w));
}

const DRAFT_WORDS = new Set(['zero', 'first', 'second', 'third', 'revised', 'final', 'advance', 'unedited', 'draft', 'rev', 'revision', 'of', 'the']);

/**
 * Whether "the Compact" in the document is the GCM: the document defines it
 * so, or it is a resolution with an annex that names the GCM (a road map
 * annexed to a resolution on the GCM), not a compact of its own.
 */
function compactIsGcm(model: DocumentModel): boolean {
  return model.derived('objectives/resolve.compactIsGcm', (m) => GCM_AS_COMPACT.test(m.text) || (docParts(m).mainIsResolution === true && GCM_NAMED.test(m.text)));
}

/**
 * In a document that holds its annexes (see DocParts.annexStarts), the part whose
 * paragraph a reference names: the one its words name ("of the annex", "the
 * annex, paragraph 3", "of the compact"), else the one it stands in.
 */
export function inFileSegment(model: DocumentModel, ref: PartRef): number | undefined {
  const parts = docParts(model);
  const starts = parts.annexStarts;
  if (!starts) return undefined;
  // "paragraph 3 of the Regional Action Plan": the annex of that title, if the document holds one; else another document.
  if (ref.titled !== undefined) return annexTitled(model, ref.titled);
  return segmentAt(starts, ref.span.start, ref.namesCompact && parts.mainIsResolution ? 'annex' : ref.part);
}

/**
 * The annex of a document that holds its annexes whose title a reference
 * names: the title of its heading ("Annex: Regional Action Plan on Labour
 * Migration") or of a heading under it before its first paragraph ("Annex",
 * then "Regional Action Plan"). The words named may be the title's first
 * ones ("the Regional Action Plan"), or the title the first words of the
 * name ("the Regional Action Plan on Labour Migration in Asia" for "Regional
 * Action Plan on Labour Migration"). ("Of the Compact …" names the compact
 * itself, see PartRef.namesCompact, and no title is read after it.)
 */
function annexTitled(model: DocumentModel, title: string): number | undefined {
  const wanted = titleWords(title);
  for (const { segment, words } of annexTitles(model)) {
    const n = Math.min(wanted.length, words.length);
    if (n >= 2 && wanted.slice(0, n).every((w, i) => w === words[i])) return segment;
  }
  return undefined;
}

function annexTitles(model: DocumentModel): readonly { readonly segment: number; readonly words: readonly string[] }[] {
  return model.derived('objectives/resolve.annexTitles', (m) => {
    const parts = docParts(m);
    const starts = parts.annexStarts ?? [];
    const out: { segment: number; words: string[] }[] = [];
    starts.forEach((start, k) => {
      const firstParagraph = parts.paragraphs.find((p) => p.segment === k + 1)?.numberSpan.start ?? Infinity;
      for (const h of m.facts('headings')) {
        if (h.span.start < start || h.span.start >= firstParagraph) continue;
        const words = titleWords(h.span.start === start ? h.title.replace(ANNEX_TITLE_LEAD, '') : h.title);
        if (words.length > 0) out.push({ segment: k + 1, words });
      }
    });
    return out;
  });
}

/** "Annex I: ", "Appendix – " before an annex's title in its heading. */
const ANNEX_TITLE_LEAD = new RegExp(String.raw`^\s*${ANNEX_LABEL}\s*[:.–—-]?`, 'i');

function titleWords(title: string): string[] {
  return (title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the');
}

/**
 * The part at an offset of a document that holds its annexes (0 for the main
 * text, k for the k-th annex), or the one the words name: "the annex" is the
 * annex the offset is in, else the first; "the compact" is the main text.
 */
export function segmentAt(annexStarts: readonly number[], offset: number, named?: 'main' | 'annex'): number {
  let k = 0;
  while (k < annexStarts.length && offset >= (annexStarts[k] as number)) k++;
  if (named === 'main') return 0;
  if (named === 'annex') return Math.max(k, 1);
  return k;
}

function ownPartScope(model: DocumentModel, segment: number): ParagraphScope {
  return model.derived(`objectives/resolve.ownPartScope.${segment}`, (m) => {
    const defs = docParts(m).paragraphs.filter((p) => p.segment === segment);
    return defs.length > 0 ? { kind: 'draft', defs, byNumber: firstOfEachNumber(defs), part: segment === 0 ? 'main' : 'annex' } : { kind: 'none' };
  });
}

const partScopes = new WeakMap<readonly DocumentModel[], Map<string, ParagraphScope | undefined>>();

/**
 * The paragraphs of the draft's main text or of its annexes, each file
 * numbering its own (see PartRef.part); undefined when the draft does not
 * have both, and the whole draft's paragraphs apply.
 */
export function partScope(draft: readonly DocumentModel[], part: 'main' | 'annex'): ParagraphScope | undefined {
  let byPart = partScopes.get(draft);
  if (!byPart) partScopes.set(draft, (byPart = new Map()));
  if (byPart.has(part)) return byPart.get(part);
  // The referencing document (draft[0], see draftOf) first when it is of the part, as navigation.ts resolves it.
  const ofPart = (m: DocumentModel): boolean => isDraftPart(m, part);
  const own = draft[0] && ofPart(draft[0]) ? [draft[0]] : [];
  const docs = [...own, ...inDraftOrder(draft.slice(1).filter(ofPart))];
  let scope: ParagraphScope | undefined;
  if (docs.length > 0 && docs.length < draft.length) {
    const defs = docs.flatMap((m) => docParts(m).paragraphs);
    scope = defs.length > 0 ? { kind: 'draft', defs, byNumber: firstOfEachNumber(defs), part } : undefined;
  }
  byPart.set(part, scope);
  return scope;
}

/** What a reference to objective `n` names in a scope: the draft's definitions or the GCM's objective. */
export function objectiveIn(scope: ObjectiveScope, n: number, data: ReferenceData): { defs: readonly ObjectiveDef[]; gcm?: GcmObjective } {
  if (scope.kind === 'draft') return { defs: scope.byNumber.get(n) ?? [] };
  if (scope.kind === 'none') return { defs: [] };
  const gcm = data.gcm.objectives.get(n);
  return gcm ? { defs: [], gcm } : { defs: scope.added?.get(n) ?? [] };
}

/** The draft's objectives only repeat the GCM's (a commentary): their numbering is the GCM's, not the draft's. */
export function draftRepeatsGcm(draft: readonly DocumentModel[], data: ReferenceData): boolean {
  return repetitionOf(indexOf(draft), data).repeats;
}

/** In a draft that repeats the GCM's objectives, those under one GCM number with another's title. */
export function misnumberedGcmObjectives(draft: readonly DocumentModel[], data: ReferenceData): readonly MisnumberedObjective[] {
  return repetitionOf(indexOf(draft), data).misnumbered;
}

/** The title a reference should quote: the first titled definition's, or the GCM's. */
export function titleOf(found: { defs: readonly ObjectiveDef[]; gcm?: GcmObjective }): string | undefined {
  return found.defs.find((d) => d.title)?.title ?? found.gcm?.title;
}

/**
 * Every titled definition of a number the GCM has carries the GCM's title for
 * it (or its short label, or the first words of it); or, in a selection of
 * objectives, only words of them. Objectives numbered after the GCM's (a
 * review proposing an "Objective 24") are the document's additions.
 */
function repeatsGcm(defs: readonly ObjectiveDef[], data: ReferenceData): { readonly repeats: boolean; readonly misnumbered: readonly MisnumberedObjective[] } {
  const titled = defs.filter((d) => d.title && data.gcm.objectives.has(d.number));
  const none = { repeats: false, misnumbered: [] };
  if (titled.length === 0) return none;
  if (titled.every((d) => gcmTitled(d, data, false))) return { repeats: true, misnumbered: [] };
  // A selection of objectives (not 1, 2, 3… as a draft numbers its own) under titles made of the GCM's words: a report on the GCM's.
  const numbers = [...new Set(defs.map((d) => d.number))].sort((a, b) => a - b);
  const selection = numbers.some((n, i) => n !== i + 1);
  if (selection && titled.every((d) => gcmTitled(d, data, true))) return { repeats: true, misnumbered: [] };
  // A slip in one number of a report on the GCM's objectives (a selection of them, not a draft numbering its own 1, 2, 3…):
  // "Objective 12" over objective 13's title. The others, two at least and twice as many, carry their own number's title.
  if (!selection) return none;
  const misnumbered: MisnumberedObjective[] = [];
  let own = 0;
  for (const d of titled) {
    if (gcmTitled(d, data, selection)) own++;
    else {
      const other = [...data.gcm.objectives.values()].find((o) => o.number !== d.number && titledAs(d.title, o, data, false));
      if (other === undefined) return none;
      misnumbered.push({ def: d, titleOf: other.number });
    }
  }
  return misnumbered.length > 0 && own >= 2 && own >= 2 * misnumbered.length ? { repeats: true, misnumbered } : none;
}

/** Whether a definition carries the title of the GCM's objective of its number. */
function gcmTitled(def: ObjectiveDef, data: ReferenceData, inOwnWords: boolean): boolean {
  const gcm = data.gcm.objectives.get(def.number);
  return gcm !== undefined && titledAs(def.title, gcm, data, inOwnWords);
}

/** Whether a title is a GCM objective's: its title, its short label, their first words, one word off, or (`inOwnWords`) a few of their words. */
function titledAs(written: string, gcm: GcmObjective, data: ReferenceData, inOwnWords: boolean): boolean {
  const title = normalizeTitle(written);
  const official = normalizeTitle(gcm.title);
  if (title === official || title === normalizeTitle(gcm.shortLabel) || (title.split(' ').length >= 3 && official.startsWith(title)) || oneWordOff(title, official)) return true;
  if (!inOwnWords) return false;
  // A title shortened in the report's own words: "Fair and ethical recruitment", "Alternatives to detention",
  // or one word of the GCM's title that few others share: "Recruitment", "Vulnerabilities" (not "Migration").
  const words = contentWords(title);
  const known = new Set([...contentWords(official), ...contentWords(normalizeTitle(gcm.shortLabel))]);
  if (!words.every((w) => known.has(w))) return false;
  return words.length >= 2 || (words.length === 1 && titlesWith(words[0] as string, data) <= 2);
}

/** How many of the GCM's objectives have a word (as contentWords gives it) in their title or short label. */
function titlesWith(word: string, data: ReferenceData): number {
  return titleWordCounts(data.gcm).get(word) ?? 0;
}

/** For each word of the GCM's titles and short labels, the number of objectives it is a word of: computed once per data. */
const titleWordCounts = perObject((gcm: ReferenceData['gcm']): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const o of gcm.objectives.values()) {
    for (const w of new Set([...contentWords(normalizeTitle(o.title)), ...contentWords(normalizeTitle(o.shortLabel))])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
});

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'all', 'that']);

/** The words of a title other than small ones, without a plural "s": "alternatives to detention" → alternative, detention. */
function contentWords(title: string): string[] {
  return (title.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !SMALL_WORDS.has(w)).map(singular);
}

/**
 * A long title written with one slip: a word spelled with -ise ("Minimise
 * the adverse drivers …"), or one word changed, added or left out ("… in a
 * coordinated way"). A review going through the GCM's objectives is no less
 * a review for one heading typed so, and taking its objectives for its own
 * would report every reference to another of the GCM's.
 */
function oneWordOff(title: string, official: string): boolean {
  const a = title.split(' ').map(withIze);
  const b = official.split(' ').map(withIze);
  if (b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  let end = 0;
  while (end < a.length - same && end < b.length - same && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.max(a.length, b.length) - same - end <= 1;
}

/** A word's -ise ending as -ize ("minimise", "organisation"), so that the two spellings compare equal. */
function withIze(word: string): string {
  return word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
}

export function normalizeTitle(s: string): string {
  const t = s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^["“'\s]+/, '');
  let end = t.length;
  while (end > 0 && /[\s.;:,…"”']/.test(t[end - 1] as string)) end--;
  return t.slice(0, end);
}

export function sameTitle(a: string, b: string): boolean {
  return normalizeTitle(a) === normalizeTitle(b);
}

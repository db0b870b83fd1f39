/**
 * Go to definition, find references and rename for objectives and numbered
 * paragraphs. A draft's own parts are keyed by number and draft,
 * "objective:3|<draft>" and "paragraph:16|<draft>", so that two drafts in one
 * workspace never mix: the draft is the `draft.files` of the configuration,
 * or the document alone. The GCM's objectives are keyed "gcm-objective:6"
 * across the workspace; they have no definition there and cannot be renamed.
 * Renaming an objective renumbers it (renumber.ts).
 *
 * Each file of a draft numbers its own paragraphs, so a paragraph's key also
 * says which file's paragraph it is, "paragraph:16|<draft>\u0001<target>":
 * the file itself (a definition, or a reference to a number the file
 * defines), the main text or an annex (named by the words around the
 * reference, see PartRef.part), or the first file of the draft that defines
 * the number. Two keys name the same paragraph when their targets lead to the
 * same file.
 */
import type { Location, Navigator } from '../features/navigation';
import type { DocumentModel } from '../model/model';
import { citedLetters, type PartRef } from './refs';
import type { Span } from '../text/span';
import { refAt, definitionAt, letterAt } from './at';
import { docParts } from './index';
import { compactNamesGcm, inFileSegment } from './resolve';
import { draftMembers, renameObjective, renameRefusal } from './renumber';
import { inDraftOrder, isDraftMember, isDraftPart } from '../config/draft';

/** The key of what a reference names, seen from its document. */
function keyOf(ref: PartRef, model: DocumentModel): string | undefined {
  if (ref.scope === 'foreign' && !namesOwnAnnex(ref, model)) return undefined;
  if (ref.kind === 'paragraph') return ref.scope !== 'gcm' && !compactNamesGcm(ref, model) ? paragraphKey(ref.number, model, paragraphTarget(ref, model)) : undefined;
  if (ref.scope === 'gcm' || compactNamesGcm(ref, model)) return `gcm-objective:${ref.number}`;
  if (draftMembers([model]).length > 0) return `objective:${ref.number}|${draftKey(model)}`;
  return model.config.framework === 'gcm' ? `gcm-objective:${ref.number}` : undefined;
}

/**
 * Whether a reference read as another document's names an annex of the
 * draft after all: "paragraph 3 of the annex" in a draft with annexes (in
 * files of their own or in the document), or the title of an annex the
 * document holds ("paragraph 3 of the Regional Action Plan").
 */
function namesOwnAnnex(ref: PartRef, model: DocumentModel): boolean {
  if (ref.kind !== 'paragraph') return false;
  const member = isDraftMember(model.config, model.uri);
  if (ref.part === 'annex') return member || docParts(model).annexStarts !== undefined;
  return ref.titled !== undefined && !member && inFileSegment(model, ref) !== undefined;
}

/** Which draft a document belongs to: its configured draft, or itself. */
function draftKey(model: DocumentModel): string {
  const d = model.config.draft;
  return isDraftMember(model.config, model.uri) ? `${d.base}\u0000${d.files.join('\u0000')}` : model.uri;
}

function parse(whole: string): { kind: string; number: number; draft: string; target: string; letter: string } {
  const l = whole.lastIndexOf(LETTER);
  const key = l < 0 ? whole : whole.slice(0, l);
  const letter = l < 0 ? '' : whole.slice(l + 1);
  const bar = key.indexOf('|');
  const [kind, n] = (bar < 0 ? key : key.slice(0, bar)).split(':');
  const rest = bar < 0 ? '' : key.slice(bar + 1);
  const mark = rest.lastIndexOf(TARGET);
  return { kind: kind ?? '', number: Number(n), draft: mark < 0 ? rest : rest.slice(0, mark), target: mark < 0 ? '' : rest.slice(mark + 1), letter };
}

const TARGET = '\u0001';
/** After a paragraph's key, the lettered subparagraph the cursor is on: its definition is the letter's label. */
const LETTER = '\u0002';

function paragraphKey(n: number, model: DocumentModel, target: string): string {
  return `paragraph:${n}|${draftKey(model)}${TARGET}${target}`;
}

/** Which file's paragraph a reference names, as far as its own document tells (see the top of this file). */
function paragraphTarget(ref: PartRef, model: DocumentModel): string {
  // A document that holds its annex numbers the annex's paragraphs anew: the key names the part.
  const inFile = isDraftMember(model.config, model.uri) ? undefined : inFileSegment(model, ref);
  if (inFile !== undefined) return `${PART}${inFile}:${model.uri}`;
  if (ref.part && isDraftMember(model.config, model.uri)) return isDraftPart(model, ref.part) && defines(model, ref.number) ? `own:${model.uri}` : ref.part;
  return defines(model, ref.number) ? `own:${model.uri}` : 'any';
}

function defines(model: DocumentModel, n: number): boolean {
  return docParts(model).paragraphs.some((d) => d.number === n);
}

const PART = 'part:';

/** The part of its file that a target names, in a document that holds its annexes: "part:1:<uri>" for the first annex (see DocParts.annexStarts). */
function targetPart(target: string): number | undefined {
  const m = /^part:(\d+):/.exec(target);
  return m ? Number(m[1]) : undefined;
}

/** The file of the draft whose paragraph `n` a target names, if any. */
function targetFile(target: string, n: number, draft: readonly DocumentModel[]): DocumentModel | undefined {
  if (target.startsWith('own:')) return draft.find((m) => m.uri === target.slice(4));
  const part = targetPart(target);
  if (part !== undefined) return draft.find((m) => m.uri === target.slice(target.indexOf(':', PART.length) + 1));
  const candidates = target === 'main' || target === 'annex' ? draft.filter((m) => isDraftPart(m, target)) : draft;
  return inDraftOrder(candidates).find((m) => defines(m, n));
}


/** The models of the draft a key names (all of them for the GCM's objectives). */
function inDraft(key: string, models: readonly DocumentModel[]): readonly DocumentModel[] {
  const { draft } = parse(key);
  return draft ? models.filter((m) => draftKey(m) === draft) : models;
}

export const objectiveNavigator: Navigator = {
  symbolAt(model, offset) {
    const def = definitionAt(model, offset);
    if (def?.objective) return { key: `objective:${def.objective.number}|${draftKey(model)}`, span: def.objective.numberSpan };
    if (def?.paragraph) return undefined;
    const ref = refAt(model, offset);
    const key = ref && ref.kind === 'objective' ? keyOf(ref, model) : undefined;
    return ref && key ? { key, span: ref.span } : undefined;
  },
  definitions(key, models) {
    const { kind, number } = parse(key);
    if (kind !== 'objective') return [];
    return draftMembers(inDraft(key, models)).flatMap((m) => docParts(m).objectives.filter((d) => d.number === number).map((d) => ({ uri: m.uri, span: d.numberSpan })));
  },
  references(key, models) {
    return referencesOf(key, 'objective', models);
  },
  inDraftOnly(key) {
    return parse(key).kind === 'objective';
  },
  renameRefused(key, models) {
    const { kind, number } = parse(key);
    if (kind !== 'objective') return GCM_NUMBERED;
    return renameRefusal(number, inDraft(key, models));
  },
  rename(key, newName, models) {
    const { kind, number } = parse(key);
    if (kind !== 'objective') return { error: GCM_NUMBERED };
    const to = Number(newName.trim());
    if (!/^\s*\d{1,3}\s*$/.test(newName) || to < 1) return { error: 'An objective number is a whole number from 1 to 999.' };
    return renameObjective(number, to, inDraft(key, models));
  },
};

const GCM_NUMBERED = "The GCM's objectives are numbered by the adopted text and cannot be renumbered.";

export const paragraphNavigator: Navigator = {
  inDraftOnly() {
    return true;
  },
  symbolAt(model, offset) {
    const def = definitionAt(model, offset);
    if (def?.paragraph) {
      const own = def.paragraph.segment !== undefined && !isDraftMember(model.config, model.uri) ? `${PART}${def.paragraph.segment}:${model.uri}` : `own:${model.uri}`;
      return { key: paragraphKey(def.paragraph.number, model, own), span: def.paragraph.numberSpan };
    }
    const ref = refAt(model, offset);
    const key = ref && ref.kind === 'paragraph' ? keyOf(ref, model) : undefined;
    if (!ref || !key) return undefined;
    const letter = letterAt(ref, offset);
    return letter ? { key: `${key}${LETTER}${letter.letter.toLowerCase()}`, span: letter.span } : { key, span: ref.span };
  },
  definitions(key, models) {
    const { number, target, letter } = parse(key);
    const file = targetFile(target, number, inDraft(key, models));
    if (!file) return [];
    const part = targetPart(target);
    return docParts(file)
      .paragraphs.filter((d) => d.number === number && (part === undefined || d.segment === part))
      .map((d) => ({ uri: file.uri, span: (letter && d.letters.get(letter)?.label) || d.numberSpan }));
  },
  references(key, models) {
    // Keys of one paragraph may differ in their targets: they name it when their targets lead to the same file.
    const { number, target, letter } = parse(key);
    const draft = inDraft(key, models);
    const file = targetFile(target, number, draft);
    if (!file) return [];
    const leadsThere = new Map<string, boolean>([[target, true]]);
    const out: Location[] = [];
    for (const model of draft) {
      for (const { ref, span } of model.facts('partRefs').flatMap(citations)) {
        const k = ref.kind === 'paragraph' && ref.number === number ? keyOf(ref, model) : undefined;
        if (k === undefined) continue;
        const t = parse(k).target;
        let there = leadsThere.get(t);
        if (there === undefined) leadsThere.set(t, (there = targetFile(t, number, draft) === file && targetPart(t) === targetPart(target)));
        if (!there) continue;
        // On a subparagraph ("paragraph 1 (b)"): the references that cite its letter, at the letter.
        if (!letter) out.push({ uri: model.uri, span });
        else for (const l of citedLetters(ref)) if (l.letter.toLowerCase() === letter) out.push({ uri: model.uri, span: l.span });
      }
    }
    return out;
  },
};

function referencesOf(key: string, kind: PartRef['kind'], models: readonly DocumentModel[]): Location[] {
  const out: Location[] = [];
  for (const model of inDraft(key, models)) {
    for (const cited of model.facts('partRefs').flatMap(citations)) if (cited.ref.kind === kind && keyOf(cited.ref, model) === key) out.push({ uri: model.uri, span: cited.span });
  }
  return out;
}

/** Ranges longer than this are not expanded into the numbers between their ends (a typing slip, "objectives 1 to 9000"). */
const MAX_RANGE = 200;

/**
 * What a reference cites: its own number, and for the end of a range ("objectives 1–6"), each
 * number between the ends, found at the whole range, which a rename rewrites too.
 */
function citations(ref: PartRef): { ref: PartRef; span: Span }[] {
  const out = [{ ref, span: ref.span }];
  const from = ref.rangeFrom;
  if (from && ref.number - from.number <= MAX_RANGE) {
    const span = { start: from.span.start, end: ref.span.end };
    for (let n = from.number + 1; n < ref.number; n++) out.push({ ref: { ...ref, number: n }, span });
  }
  return out;
}

/**
 * Updates a model after edits without re-parsing the whole document.
 *
 * The top-level blocks an edit touched are re-parsed together with one
 * unchanged block on each side (and, before, those that follow another block
 * without a blank line, back to one that does not: a list right after a
 * paragraph interrupts it, which changes how its items read); the blocks
 * outside that window keep their
 * parse and facts, moved by the edit's length difference. This equals a full
 * parse when the window's outer blocks parse exactly as before (same start,
 * end and type): Markdown's block structure is decided line by line, so the
 * blocks before the window never see the edit, and a window that ends on an
 * unchanged, identically closed block hands the same state to the blocks
 * after it. When an outer block does change (a new setext underline, an
 * unclosed code fence), the window grows by one block on that side and is
 * parsed again. Markup blanked by the parser's guards (see preprocess) is
 * decided per paragraph or line, so an edit away from it keeps the window
 * local. Link reference definitions are global: in a document that has them,
 * a window is re-parsed alone only when it holds no definition and no "]"
 * (no reference can then be in it); otherwise the document is parsed whole.
 * A property test asserts the result is identical to `buildModel` for random
 * edits.
 */
import type { Config } from '../config/types';
import { referenceData } from '../data/reference';
import type { Block, Comment, ListItem, Run } from '../parse/blocks';
import { neutralized, prepareAfterEdit, preparedSlice, type Guards } from '../parse/preprocess';
import { CHUNK, parseBlocks } from '../parse/parse';
import { LineIndex } from '../text/lineIndex';
import { shiftSpans, type Span } from '../text/span';
import { analyzeBlocks, buildModel, checkInput, type Source } from './build';
import { DocumentModel, type AnalyzedBlock } from './model';

/** One change: the old text's [start, end) was replaced by `newLength` characters. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newLength: number;
}

/** How many times a window may grow before a full parse is cheaper. */
const MAX_GROWTH = 8;

export function updateModel(previous: DocumentModel | undefined, source: Source, config: Config, edits: readonly Edit[] | null): DocumentModel {
  if (!previous || edits === null || previous.config !== config || previous.skipped || source.skip) return buildModel(source, config);
  if (edits.length === 0 && previous.text === source.text) {
    return new DocumentModel(source.uri, source.version, source.text, previous.blocks, config, previous.data, undefined, previous.notes);
  }
  const region = changedRegion(edits);
  if (!region || previous.text.length + region.delta !== source.text.length) return buildModel(source, config);
  // The previous version was analysed, so only the changed region can hold a NUL.
  if (checkInput(source.text, config, region)) return buildModel(source, config);
  const guards = prepareAfterEdit(previous.notes, source.text, region.start, region.oldEnd, region.end);
  const blocks = reparse(previous, source.text, guards, region);
  if (!blocks) return buildModel(source, config);
  const before = previous.builtLines;
  const lines = before && (() => LineIndex.afterEdit(before, source.text, region.start, region.oldEnd, region.end));
  return new DocumentModel(source.uri, source.version, source.text, blocks, config, referenceData(config), undefined, guards, lines);
}

/** The changed region: [start, oldEnd) of the old text became [start, oldEnd + delta) of the new. */
interface Region {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
  readonly end: number;
}

/** Folds sequential edits (each in the coordinates left by the previous ones) into one region. */
export function changedRegion(edits: readonly Edit[]): Region | undefined {
  if (edits.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity; // in current coordinates
  let delta = 0;
  for (const e of edits) {
    const d = e.newLength - (e.end - e.start);
    if (start === Infinity) {
      start = e.start;
      end = e.start + e.newLength;
    } else {
      const mappedEnd = end <= e.start ? end : end >= e.end ? end + d : e.start + e.newLength;
      start = Math.min(start < e.start ? start : start >= e.end ? start + d : e.start, e.start);
      end = Math.max(mappedEnd, e.start + e.newLength);
    }
    delta += d;
  }
  return { start, end, delta, oldEnd: end - delta };
}

function reparse(previous: DocumentModel, text: string, guards: Guards, region: Region): AnalyzedBlock[] | undefined {
  const old = previous.blocks;
  // Link reference definitions apply document-wide: with one anywhere, only a window that cannot hold a reference is re-parsed alone.
  const definitions = old.some((b) => b.definitions);
  // Front matter is blanked before parsing; an edit in or next to it re-parses everything.
  if (region.start <= Math.max(guards.frontMatterEnd, previous.notes.frontMatterEnd) || region.start === 0) return undefined;
  // The parser's guards blank markup by paragraph or line: outside the edit they must have blanked the same.
  if (!sameGuards(previous.neutralized, neutralized(guards), region)) return undefined;
  // Blocks [first, last] touch the region (in old coordinates); add one unchanged block on each side.
  let first = old.findIndex((b) => b.end >= region.start);
  if (first < 0) first = old.length;
  let last = first - 1;
  for (let i = Math.max(first, 0); i < old.length && (old[i] as Block).start <= region.oldEnd; i++) last = i;
  let lo = first - 1;
  let hi = Math.max(last, first - 1) + 1;
  // A block right after another without a blank line may have been read in that one's light (an item interrupts a
  // paragraph, and "* 16) …" then holds no ordered list): the window starts after a blank line or a block that ends clean.
  for (let k = 0; lo >= 1 && leansOn(text, old[lo - 1] as Block, old[lo] as Block); k++) {
    if (k === MAX_GROWTH) return undefined;
    lo--;
  }
  const env = { config: previous.config, data: previous.data };
  for (let growth = 0; growth <= MAX_GROWTH; growth++) {
    const from = lo - 1 >= 0 ? (old[lo - 1] as Block).end : 0;
    const to = hi + 1 < old.length ? (old[hi + 1] as Block).start + region.delta : text.length;
    if (from > to) return undefined;
    // The window as the parser reads it, made from the text and the guards' findings, not from a prepared copy of the whole text.
    const window = preparedSlice(text, guards, from, to);
    if (definitions && (hasBracket(window) || old.slice(Math.max(lo, 0), hi + 1).some((b) => b.definitions))) return undefined;
    const fresh = parseBlocks(window, 0, window.length, CHUNK, from);
    if (fresh.some((b) => b.definitions)) return undefined;
    const okStart = lo < 0 || same(fresh[0], old[lo], 0);
    const okEnd = hi >= old.length || same(fresh[fresh.length - 1], old[hi], region.delta);
    if (okStart && okEnd) {
      const before = old.slice(0, Math.max(lo, 0));
      const after = old.slice(hi + 1).map((b) => shiftBlock(b, region.delta));
      return [...before, ...analyzeBlocks(fresh, env), ...after];
    }
    if (!okStart) lo--;
    if (!okEnd) hi++;
    if (lo < -1 || hi > old.length) return undefined;
  }
  return undefined;
}

/** Block types after which the parser starts clean: the next block's reading does not depend on them. */
const CLEAN_END = new Set(['heading', 'thematicBreak', 'code', 'html', 'yaml']);

/** Whether `next` follows `block` without a blank line between (both before the edit, so at the same offsets in `text`), after a block that may leave the parser in a paragraph. */
function leansOn(text: string, block: Block, next: Block): boolean {
  return !CLEAN_END.has(block.type) && !/\n[ \t]*\r?\n/.test(text.slice(block.end, next.start));
}

/**
 * Did the guards blank exactly the same markup outside the edit (spans after it
 * moved by its length difference), and none next to it? Then the prepared text
 * outside the edited region is the same as before, and so is its parse.
 */
function sameGuards(old: readonly Span[], fresh: readonly Span[], region: Region): boolean {
  if (old.length !== fresh.length) return false;
  for (let i = 0; i < old.length; i++) {
    const a = old[i] as Span;
    const b = fresh[i] as Span;
    if (a.end >= region.start - 1 && a.start <= region.oldEnd + 1) return false;
    if (b.end >= region.start - 1 && b.start <= region.end + 1) return false;
    const d = a.start > region.oldEnd ? region.delta : 0;
    if (a.start + d !== b.start || a.end + d !== b.end) return false;
  }
  return true;
}

/** A link reference and a definition both need a "]": without one, a text parses alike with or without the document's definitions. */
function hasBracket(text: string): boolean {
  return text.includes(']');
}

/**
 * A block moved by `delta`. Its own offsets and those of its runs, list items
 * and comments are written out as literals of one shape each (the compiler
 * then checks that no field is forgotten, and copies are cheap); its facts,
 * of many shapes, are moved by shiftSpans.
 */
function shiftBlock(b: AnalyzedBlock, delta: number): AnalyzedBlock {
  if (delta === 0) return b;
  const runs: Run[] = [];
  for (const r of b.runs) runs.push({ start: r.start + delta, end: r.end + delta, text: r.text, kind: r.kind, depth: r.depth, quoted: r.quoted, listItem: r.listItem, ...(r.commentedText !== undefined ? { commentedText: r.commentedText } : {}) });
  const listItems = b.listItems.length === 0 ? b.listItems : b.listItems.map((l): ListItem => ({ start: l.start + delta, end: l.end + delta, number: l.number, level: l.level }));
  const comments = b.comments.length === 0 ? b.comments : b.comments.map((c): Comment => ({ start: c.start + delta, end: c.end + delta, body: c.body }));
  return { start: b.start + delta, end: b.end + delta, type: b.type, runs, listItems, comments, definitions: b.definitions, facts: shiftSpans(b.facts, delta) };
}

function same(a: Block | undefined, b: Block | undefined, delta: number): boolean {
  return !!a && !!b && a.type === b.type && a.start === b.start + delta && a.end === b.end + delta;
}

/**
 * Compares a quotation with the official text of the target it is attributed
 * to, word by word (see quoteWords.ts), so case, white space, punctuation and
 * a leading capital never count. Each segment of the quotation must be a run
 * of consecutive official words, in order, with anything skipped between
 * segments.
 *
 * The comparison is one word alignment (edit distance in which the official
 * text may be entered and left anywhere, and skipped freely between
 * segments), so when the quotation differs the same alignment names the
 * official fragment it was meant to be.
 */
import { isContentWord, segments, words, type OfficialText, type Segment, type Word } from './quoteWords';
import { editDistance } from '../text/editDistance';
import { singular } from '../text/plural';

export interface QuoteComparison {
  /** Weighted word edits (see SWAP, SKIP, EXTRA) turning the quotation into official wording; 0 when faithful. */
  readonly cost: number;
  /** Quoted content words (see isContentWord), and how many of them the official text uses anywhere. */
  readonly contentWords: number;
  readonly sharedContent: number;
  /** The quotation with each segment replaced by the official words aligned with it. */
  readonly official: string;
  /** The official fragment holds the quoted words and no others, in another order: the quoted parts are out of the official order. */
  readonly reordered: boolean;
  /** The official fragment holds at least two thirds of the quoted content words: it can be the fragment meant. */
  readonly keepsQuoted: boolean;
  /** Every difference is a misspelt word (no word added, dropped or reordered). */
  readonly spellingOnly: boolean;
  /**
   * When spellingOnly: each misspelt word (offsets in the quotation) with the
   * official spelling, in the quotation's case. Replacing these alone keeps
   * everything else of the quotation as written: its punctuation and, in the
   * document, the markup between its words (links, emphasis, line breaks).
   */
  readonly respellings: readonly { readonly start: number; readonly end: number; readonly text: string }[];
}

type Step = 'match' | 'swap' | 'extra' | 'skip' | 'free';

/**
 * Edit weights. A quoted word with no official counterpart costs more than a
 * changed or dropped word, so the fragment found covers the quoted words
 * rather than stopping short of them.
 */
const SWAP = 2;
const SKIP = 2;
const EXTRA = 3;

export function compareQuote(quoted: string, official: OfficialText): QuoteComparison | undefined {
  const segs = segments(quoted).map((s) => (s.words.some((w) => w.stem !== undefined) ? { ...s, words: s.words.map((w) => altered(w, official)) } : s));
  const q = segs.flatMap((s) => s.words);
  const o = official.words;
  if (q.length === 0 || o.length === 0) return undefined;
  // gapAfter[i]: a segment ends after quoted word i-1, so official words may be skipped for free there.
  const gapAfter = new Array<boolean>(q.length + 1).fill(false);
  let n = 0;
  for (const s of segs) gapAfter[(n += s.words.length)] = true;
  gapAfter[0] = true;
  const cols = o.length + 1;
  const cost = new Array<number>((q.length + 1) * cols).fill(0);
  const step = new Array<Step>((q.length + 1) * cols).fill('free');
  for (let i = 1; i <= q.length; i++) {
    const qi = q[i - 1] as Word;
    for (let j = 0; j <= o.length; j++) {
      let best = (cost[(i - 1) * cols + j] as number) + EXTRA;
      let how: Step = 'extra';
      if (j > 0) {
        const oj = o[j - 1] as Word;
        const diag = (cost[(i - 1) * cols + j - 1] as number) + (qi.norm === oj.norm ? 0 : SWAP);
        if (diag <= best) [best, how] = [diag, qi.norm === oj.norm ? 'match' : 'swap'];
        const left = (cost[i * cols + j - 1] as number) + (gapAfter[i] && i < q.length ? 0 : SKIP);
        if (left < best) [best, how] = [left, gapAfter[i] && i < q.length ? 'free' : 'skip'];
      }
      cost[i * cols + j] = best;
      step[i * cols + j] = how;
    }
  }
  let end = 0;
  for (let j = 1; j <= o.length; j++) if ((cost[q.length * cols + j] as number) < (cost[q.length * cols + end] as number)) end = j;
  // Walk back: which official words each quoted word stands for.
  const firstOf = new Array<number>(q.length).fill(-1);
  const lastOf = new Array<number>(q.length).fill(-1);
  const exact = new Array<boolean>(q.length).fill(false);
  let spellingOnly = true;
  const respellings: { start: number; end: number; text: string }[] = [];
  for (let i = q.length, j = end; i > 0; ) {
    const s = step[i * cols + j] as Step;
    if (s === 'match' || s === 'swap') {
      if (s === 'match') exact[i - 1] = true;
      else {
        const qi = q[i - 1] as Word;
        const oj = o[j - 1] as Word;
        spellingOnly &&= closeSpelling(qi.norm, oj.norm);
        respellings.unshift({ start: qi.start, end: qi.end, text: inCaseOf(official.text.slice(oj.start, oj.end), quoted.slice(qi.start, qi.end)) });
      }
      firstOf[i - 1] = j - 1;
      if ((lastOf[i - 1] as number) < 0) lastOf[i - 1] = j - 1;
      i--;
      j--;
    } else if (s === 'extra') {
      spellingOnly = false;
      i--;
    } else {
      if (s === 'skip') {
        spellingOnly = false;
        if ((lastOf[i - 1] as number) < 0) lastOf[i - 1] = j - 1;
      }
      j--;
    }
  }
  const total = cost[q.length * cols + end] as number;
  const { text: fragment, insertionKept } = rebuild(quoted, segs, { firstOf, lastOf, exact }, official);
  const keeps = total > 0 ? fragmentKeeps(quoted, fragment, official) : { reordered: false, keepsQuoted: true };
  const reordered = keeps.reordered || (total > 0 && partsVerbatim(segs, o));
  // A fragment that would keep a bracketed insertion between its parts is not official wording: the target's whole text is shown instead.
  return { cost: total, ...contentOverlap(q, official), official: fragment, reordered, keepsQuoted: keeps.keepsQuoted && !insertionKept, spellingOnly, respellings: spellingOnly ? respellings : [] };
}

/**
 * Whether a quotation in two or more parts, separated by omission marks, has
 * each part word for word somewhere in the official text. Where the parts
 * cannot be aligned in order at no cost, they are out of the official order
 * ("the transaction costs of migrant remittances … reduce to less than 3 per
 * cent"): the in-order alignment would pair a part with other official words
 * that happen to share some of its own ("… higher than 5 per cent").
 */
function partsVerbatim(segs: readonly Segment[], official: readonly Word[]): boolean {
  const parts = segs.filter((s) => s.words.length > 0);
  return parts.length >= 2 && parts.every((s) => !s.insertion && runIn(s.words, official));
}

/** Whether `words` occur, in this order and with nothing between them, in `official`. */
function runIn(words: readonly Word[], official: readonly Word[]): boolean {
  for (let at = 0; at + words.length <= official.length; at++) {
    if (words.every((w, k) => w.norm === (official[at + k] as Word).norm)) return true;
  }
  return false;
}

/** An official word written in the case of the quoted word it replaces: in capitals, capitalized or as it is. */
function inCaseOf(word: string, quotedWord: string): string {
  const letters = quotedWord.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase();
  return sameInitialCase(word, quotedWord.replace('[', ''));
}

interface Alignment {
  /** Per quoted word: the first and last official word it stands for, or -1. */
  readonly firstOf: readonly number[];
  readonly lastOf: readonly number[];
  /** Per quoted word: aligned with an equal official word. */
  readonly exact: readonly boolean[];
}

const DANGLING = new Set(['and', 'or', 'the', 'of', 'to', 'in', 'for', 'with', 'a', 'an', 'by', 'at', 'on']);

/** How far beyond its aligned words a segment's fragment may grow to take in a quoted word moved out of order. */
const REACH = 3;

/**
 * A word whose form the quotation changed in brackets, as the official word
 * it changes: one that starts or ends with the letters outside the brackets,
 * and is at most four letters longer or shorter than the word as quoted
 * ("facilitat[ing]" and "facilitate[s]" are "facilitate", "[re]affirm" is
 * "reaffirm"). Without one, the word stands as written, brackets left out.
 */
function altered(w: Word, official: OfficialText): Word {
  const stem = w.stem;
  if (stem === undefined || stem.length < 3 || official.vocabulary.has(w.norm)) return w;
  for (const v of official.vocabulary) {
    if (Math.abs(v.length - w.norm.length) <= 4 && (v.startsWith(stem) || v.endsWith(stem))) return { ...w, norm: v };
  }
  return w;
}

/**
 * Replaces each segment's words by the official words it was aligned with,
 * keeping what lies between segments. A quoted word that found no equal
 * official word but occurs just outside the fragment ("safe, orderly and
 * regular" for "orderly, safe, regular") widens the fragment to include it.
 */
function rebuild(quoted: string, segs: readonly Segment[], a: Alignment, official: OfficialText): { text: string; insertionKept: boolean } {
  const o = official.words;
  let out = '';
  let from = 0;
  let k = 0;
  let insertionKept = false;
  // The last official word of the previous segment's fragment, once there is one.
  let prevHi = -1;
  for (const s of segs) {
    const first = s.words[0] as Word;
    const last = s.words[s.words.length - 1] as Word;
    const base = k;
    k += s.words.length;
    const idx = s.words.map((_, w) => base + w);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of idx) {
      const f = a.firstOf[x] as number;
      const l = a.lastOf[x] as number;
      if (f >= 0 && f < lo) lo = f;
      if (l >= 0 && l > hi) hi = l;
    }
    const betweenStart = from;
    const between = quoted.slice(from, first.start);
    from = last.end;
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      insertionKept ||= base > 0 && s.insertion !== undefined;
      out += between + quoted.slice(first.start, last.end);
      prevHi = -1;
      continue;
    }
    s.words.forEach((w, i) => {
      if (a.exact[base + i]) return;
      // Aligned with another form of itself ("remittance" with "remittances"): it is where it belongs, and the fragment need not reach further for it.
      if (sameStem(o[a.firstOf[base + i] as number]?.norm, w.norm)) return;
      for (let d = 1; d <= REACH; d++) {
        if (sameStem(o[lo - d]?.norm, w.norm) || (i === 0 && otherForm(o[lo - d]?.norm, w.norm))) lo -= d;
        else if (sameStem(o[hi + d]?.norm, w.norm) || (i === s.words.length - 1 && otherForm(o[hi + d]?.norm, w.norm))) hi += d;
        else continue;
        break;
      }
    });
    // A fragment neither starts nor ends on "and" or "of": such a word was aligned with a quoted word the official text lacks ("implement planned …" is not "of planned …").
    while (hi > lo && DANGLING.has((o[hi] as Word).norm) && !a.exact[k - 1]) hi--;
    while (lo < hi && DANGLING.has((o[lo] as Word).norm) && !a.exact[base]) lo++;
    if (base === 0) out += between;
    else out += replaceInsertion(between, betweenStart, s, prevHi, lo, official, () => (insertionKept = true));
    out += sameInitialCase(official.text.slice((o[lo] as Word).start, (o[hi] as Word).end), quoted.slice(first.start, first.end).replace('[', ''));
    prevHi = hi;
  }
  return { text: out + quoted.slice(from), insertionKept };
}

/**
 * The text between two segments, in the official wording: a bracketed
 * insertion there stands for the official words between the two fragments,
 * and the official text between them takes its place ("safe, orderly and
 * [regular] migration" is "…, regular and responsible migration"). Beside an
 * omission mark, which stands for those words, the insertion just goes. When
 * the fragments are not in order (or the previous segment aligned with
 * nothing, prevHi -1), nothing says what it replaced: it is kept, and `kept`
 * is told. (Before the first segment, an insertion is the quotation's own
 * lead-in, outside the official fragment, and stays; rebuild keeps it.)
 */
function replaceInsertion(between: string, betweenStart: number, s: Segment, prevHi: number, lo: number, official: OfficialText, kept: () => void): string {
  if (!s.insertion) return between;
  if (prevHi < 0 || lo <= prevHi) {
    kept();
    return between;
  }
  if (s.omission) return (between.slice(0, s.insertion.start - betweenStart) + between.slice(s.insertion.end - betweenStart)).replace(/\s{2,}/, ' ');
  const o = official.words;
  return official.text.slice((o[prevHi] as Word).end, (o[lo] as Word).start);
}

/**
 * What the official fragment keeps of a quotation that differs from it (see
 * QuoteComparison), all its words read, insertions included. A fragment that
 * leaves out the quotation's first or last content word, where the official
 * text has it, stops short of it ("…, including through" for "…, including
 * through well-managed migration policies"): it is not the fragment meant.
 */
function fragmentKeeps(quoted: string, fragment: string, official: OfficialText): { reordered: boolean; keepsQuoted: boolean } {
  const q = words(quoted);
  const f = words(fragment);
  const kept = new Set(f.map((w) => singular(w.norm)));
  const content = q.filter((w) => isContentWord(w.norm));
  // An end word the official text has elsewhere, left out of the fragment; a word it lacks (misspelt, or another word) says nothing.
  const inOfficial = new Set(official.words.map((w) => singular(w.norm)));
  const ends = [content[0], content[content.length - 1]].every((w) => !w || kept.has(singular(w.norm)) || !inOfficial.has(singular(w.norm)));
  return {
    reordered: f.length === q.length && f.every((w, i) => w.norm === (q[i] as Word).norm),
    keepsQuoted: ends && content.filter((w) => kept.has(singular(w.norm))).length * 3 >= content.length * 2,
  };
}

/** Whether two words are one but for a plural ending: "migrants" and "migrant" are one word moved ("migrant women" for "women migrants"), as are "policies" and "policy". */
function sameStem(a: string | undefined, b: string): boolean {
  return a !== undefined && singular(a) === singular(b);
}

/**
 * Another form of one word, one written as the start of the other ("implement"
 * and "implementation", "protect" and "protection"): the official word that a
 * quotation's first or last word rewords, which the fragment then starts or
 * ends with ("implement planned …" for "the implementation of planned …").
 */
function otherForm(a: string | undefined, b: string): boolean {
  if (a === undefined || Math.min(a.length, b.length) < 6 || a === b) return false;
  return a.startsWith(b) || b.startsWith(a);
}

function contentOverlap(q: readonly Word[], official: OfficialText): { contentWords: number; sharedContent: number } {
  const content = q.filter((w) => isContentWord(w.norm));
  return { contentWords: content.length, sharedContent: content.filter((w) => official.vocabulary.has(w.norm)).length };
}

/** A leading capital is not a difference: the fragment keeps the quotation's. */
function sameInitialCase(fragment: string, quotedWord: string): string {
  const c = fragment.charAt(0);
  const initial = quotedWord.charAt(0);
  const upper = initial !== initial.toLowerCase();
  return (upper ? c.toUpperCase() : c.toLowerCase()) + fragment.slice(1);
}

/** Two spellings of one word: one or two letters apart, in a word of five letters or more. */
function closeSpelling(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5) return false;
  const allowed = a.length >= 8 ? 2 : 1;
  return editDistance(a, b, allowed + 1) <= allowed;
}

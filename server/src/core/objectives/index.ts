/**
 * What one document defines: its objectives (headings, opening lines, or a
 * numbered list under a heading named like "Objectives", whose items only sum
 * up the objectives that headings or lines define too, unless they number on
 * from the paragraphs before: "3." after "1." and "2." is a paragraph) and its numbered
 * paragraphs with their lettered subparagraphs. Numbered items count as
 * paragraphs only when most of them (two thirds) number the document in one
 * run (each number greater than the last) and are mostly sentences: a
 * document of short lists that each restart at 1, or whose numbered items
 * are points ending with ";" (not the operative paragraphs of a resolution,
 * which open with a verb: "Requests …;"), has lists, not paragraph numbers, and no
 * paragraph reference is checked against them.
 */
import type { DocumentModel } from '../model/model';
import type { Span } from '../text/span';
import type { Heading } from '../model/headings';
import { withoutCrossReference, type Letter, type NumberedItem } from './extract';
import { patternsFor } from './patterns';

export interface ObjectiveDef {
  readonly uri: string;
  readonly number: number;
  readonly numberSpan: Span;
  /** '' when the definition states no title. */
  readonly title: string;
  /** The heading, line or list item that defines it. */
  readonly line: Span;
  /** Defined only by a list or bullets that sum up the objectives headings or lines define ("## Objectives" then "1. …"): not in their order. */
  readonly summary?: true;
}

export interface ParagraphDef {
  readonly uri: string;
  readonly number: number;
  readonly numberSpan: Span;
  readonly body: Span;
  readonly sentence: string;
  /** Lettered subparagraphs: letter → the label's span and the rest of its line. */
  readonly letters: ReadonlyMap<string, { readonly label: Span; readonly text: string }>;
  /** In a document that holds its annexes (see DocParts.annexStarts), the part whose numbering the paragraph belongs to: 0 for the main text, 1 for the first annex, 2 for the second ("Annex II"). */
  readonly segment?: number;
}

export interface DocParts {
  readonly objectives: readonly ObjectiveDef[];
  readonly paragraphs: readonly ParagraphDef[];
  /**
   * Where each annex starts, when the document holds annexes that number
   * their paragraphs anew: a heading named "Annex" (or "Annex I", "Appendix"…)
   * after which the numbered paragraphs start again from a number already
   * used, as a resolution with its annex does. The main text and each annex
   * then number their own paragraphs.
   */
  readonly annexStarts?: readonly number[];
  /** The main text before the annex is a resolution's operative paragraphs ("1. *Adopts* the compact …;"): its annex is the compact. */
  readonly mainIsResolution?: boolean;
  /** A list or bullets under a heading named like "Objectives" sum up the objectives that headings or lines define. */
  readonly summarized?: boolean;
}

export function docParts(model: DocumentModel): DocParts {
  return model.derived('objectives/index.docParts', computeParts);
}

function computeParts(model: DocumentModel): DocParts {
  const uri = model.uri;
  const { listHeadings } = patternsFor(model.config);
  const headings = model.facts('headings');
  const all = model.facts('objectiveHeads');
  const firm = all.filter((d) => !d.bullet);
  const headNumbers = new Set(firm.map((d) => d.number));
  // Bullets define objectives as a list does: under a heading named like "Objectives", and beside headings or lines that define
  // objectives only as a summary of them (the numbers those do not define, out of their order).
  const listed = all.filter((d) => d.bullet && underObjectivesHeading(headings, d.line.start, listHeadings));
  const bullets = listed.filter((d) => !headNumbers.has(d.number));
  /** Whether numbered items under a heading named like "Objectives" list objectives. */
  let listItems = false;
  const summary = firm.length > 0 ? ({ summary: true } as const) : {};
  const objectives: ObjectiveDef[] = [...firm, ...bullets].map(({ bullet, ...d }) => ({ uri, ...d, ...(bullet ? summary : {}) }));
  const candidates: NumberedItem[] = [];
  let h = 0;
  for (const item of [...model.facts('numbered')].sort((a, b) => a.numberSpan.start - b.numberSpan.start)) {
    while (h < headings.length && (headings[h] as Heading).span.start <= item.numberSpan.start) h++;
    const heading = headings[h - 1];
    // An item numbered next after the paragraphs before it continues them, whatever its heading: "3." after "1." and "2.", under "## Objectives".
    const continues = candidates.length > 0 && item.number === (candidates[candidates.length - 1] as NumberedItem).number + 1;
    if (heading && !continues && namesObjectives(heading.title, listHeadings)) {
      listItems = true;
      // "1. Objective 2: …" (a list Markdown may number by itself), with the keywords of the configuration: the label's number is the objective's, and not part of its title.
      const number = item.label?.number ?? item.number;
      // An item whose objective a heading or a line defines only sums it up; the others are defined here.
      if (headNumbers.has(number)) continue;
      const title = listTitle(item.title);
      const numberSpan = item.label?.numberSpan ?? item.numberSpan;
      objectives.push({ uri, number, numberSpan, title, line: item.body, ...summary });
    } else candidates.push(item);
  }
  objectives.sort((a, b) => a.numberSpan.start - b.numberSpan.start);
  const annexStarts = annexHeadings(headings, candidates);
  // Headings or lines define objectives, and a list sums them up.
  const summing = firm.length > 0 && (listed.length > 0 || listItems) ? { summarized: true } : {};
  if (annexStarts.length === 0) return { objectives, paragraphs: numbering(candidates, model), ...summing };
  const bounds = [0, ...annexStarts, Infinity];
  const segments = bounds.slice(0, -1).map((from, k) => candidates.filter((c) => c.numberSpan.start >= from && c.numberSpan.start < (bounds[k + 1] as number)));
  const paragraphs = segments.flatMap((items, k) => numbering(items, model, k));
  const mainItems = segments[0] ?? [];
  const mainIsResolution = mainItems.filter((c) => OPERATIVE.test(c.sentence)).length * 2 > mainItems.length;
  return { objectives, paragraphs, annexStarts, ...(mainIsResolution ? { mainIsResolution } : {}), ...summing };
}

/** A sentence's end, with the quotation marks or parentheses its stop closes ("… in 2018.)"). */
const SENTENCE_ENDED = /[.!?:]["”’')\]]*$|["”]$/;

/**
 * The paragraphs that numbered items define. The paragraph numbering is the
 * longest run of items numbered in increasing order, when it holds at least
 * two thirds of the numbered items: a short list after it (recommendations
 * numbered from 1 again, a list of sources) does not make a draft's
 * paragraphs uncheckable.
 */
function numbering(candidates: readonly NumberedItem[], model: DocumentModel, segment?: number): ParagraphDef[] {
  const run = longestRun(candidates);
  // Paragraphs are sentences; items that mostly end with ";" or "and" are points of a list, unless
  // they open with the verb of a resolution's operative paragraph ("Requests the Secretary-General …;").
  const sentences = run.filter((c) => SENTENCE_ENDED.test(c.sentence) || OPERATIVE.test(c.sentence)).length;
  const numbered = run.length >= 2 && run.length * 3 >= candidates.length * 2 && sentences * 2 >= run.length;
  if (!numbered) return [];
  const paragraphs = withLetters(model.uri, run, model);
  return segment === undefined ? paragraphs : paragraphs.map((p) => ({ ...p, segment }));
}

/** "Annex", "ANNEX I", "Appendix 2": the label of an annex, before any title of its own. */
export const ANNEX_LABEL = String.raw`(?:annex|appendix)(?:\s+(?:[ivxlc]+|\d{1,2}|[a-z]))?`;
/** "Annex", "ANNEX I", "Annex: Implementation plan", "Appendix 2". */
const ANNEX_HEADING = new RegExp(String.raw`^${ANNEX_LABEL}(?:\s*[:.–—-].*)?$`, 'i');

/**
 * Where the annexes of a document that holds them start (see
 * DocParts.annexStarts): at each heading named like an annex after which
 * the numbering starts again, below a number the part before it used.
 */
function annexHeadings(headings: readonly Heading[], items: readonly NumberedItem[]): number[] {
  const starts: number[] = [];
  for (const h of headings) {
    if (!ANNEX_HEADING.test(h.title.trim())) continue;
    const at = h.span.start;
    const from = starts[starts.length - 1] ?? 0;
    let top = 0;
    let count = 0;
    for (const i of items) {
      if (i.numberSpan.start >= from && i.numberSpan.start < at) {
        top = Math.max(top, i.number);
        count++;
      }
    }
    const first = items.find((i) => i.numberSpan.start >= at);
    if (count >= (starts.length === 0 ? 2 : 1) && first && first.number <= top) starts.push(at);
  }
  return starts;
}

/**
 * The opening of an operative paragraph of a resolution or decision, which
 * ends with ";" (the last with "."): a verb in the present tense, written
 * with a capital, often after "Also", "Further" or "Strongly" ("Requests",
 * "Also calls upon", "Takes note of"). The verbs are those such paragraphs
 * open with in General Assembly resolutions.
 */
const OPERATIVE = new RegExp(
  String.raw`^(?:(?:Also|Further|Again|Once again|Strongly|Firmly|Likewise)\s+)?(?:[Aa](?:cknowledges|dopts|ffirms|pproves|ppeals|uthorizes)|[Cc](?:alls|ommends|ondemns|onfirms|onsiders)|[Dd](?:ecides|eclares|eplores|emands|esignates|irects)|[Ee](?:mphasizes|ncourages|ndorses|xpresses|xhorts)|[Ii](?:nvites|nstructs)|[Nn]otes|[Pp]roclaims|[Rr](?:eaffirms|ecalls|ecognizes|ecommends|egrets|eiterates|equests|esolves|eminds)|[Ss](?:tresses|upports)|[Tt]akes note|[Uu](?:nderlines|nderscores|rges)|[Ww]elcomes)\b`,
);

/** The longest run of consecutive items whose numbers increase (the first of equal length). */
function longestRun(items: readonly NumberedItem[]): readonly NumberedItem[] {
  let best: [number, number] = [0, 0];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && (items[i] as NumberedItem).number > (items[i - 1] as NumberedItem).number) continue;
    if (i - start > best[1] - best[0]) best = [start, i];
    start = i;
  }
  return items.slice(best[0], best[1]);
}

/** A list item's text without the ";", "," or "; and" that joins it to the next item. */
function listTitle(line: string): string {
  let t = line.trim();
  for (let before = ''; before !== t; ) {
    before = t;
    t = withoutCrossReference(t.replace(/[;,.]$/, '').trimEnd());
    if (/\s(?:and|or)$/.test(t)) t = t.slice(0, t.lastIndexOf(' ')).trimEnd();
  }
  return t;
}

/** Whether the nearest heading before an offset is named like "Objectives". */
function underObjectivesHeading(headings: readonly Heading[], offset: number, listHeadings: ReadonlySet<string>): boolean {
  let nearest: Heading | undefined;
  for (const h of headings) {
    if (h.span.start > offset) break;
    nearest = h;
  }
  return nearest !== undefined && namesObjectives(nearest.title, listHeadings);
}

/**
 * "Objectives", "Objectives:", "Objectives for safe, orderly and regular
 * migration", "II. Strategic objectives"; not "Objectives and commitments",
 * a section whose numbered paragraphs are paragraphs.
 */
function namesObjectives(title: string, listHeadings: ReadonlySet<string>): boolean {
  // "II. Objectives", "3. Objectives", "A. Strategic objectives": the section's own number and a qualifier do not change what it lists.
  const t = title
    .toLowerCase()
    .replace(/[:.]$/, '')
    .replace(/^(?:[ivxlc]+|\d{1,3}|[a-z])\.\s+/, '')
    .replace(/^(?:strategic|specific|general|overall|key|main|priority)\s+/, '');
  for (const h of listHeadings) if (t === h || t.startsWith(`${h} for `) || t.startsWith(`${h} of `)) return true;
  return false;
}

/** Items, headings and letters are each in document order: one pass over each. */
function withLetters(uri: string, items: readonly NumberedItem[], model: DocumentModel): ParagraphDef[] {
  const letters = model.facts('letters');
  const headings = model.facts('headings');
  let h = 0;
  let l = 0;
  return items.map((item, i) => {
    const start = item.numberSpan.start;
    while (h < headings.length && (headings[h] as Heading).span.start <= start) h++;
    const end = Math.min(items[i + 1]?.numberSpan.start ?? model.text.length, headings[h]?.span.start ?? model.text.length);
    while (l < letters.length && (letters[l] as Letter).label.start <= start) l++;
    const own = new Map<string, { label: Span; text: string }>();
    for (let k = l; k < letters.length && (letters[k] as Letter).label.start < end; k++) {
      const letter = letters[k] as Letter;
      if (!own.has(letter.letter)) own.set(letter.letter, { label: letter.label, text: letter.text });
    }
    return { uri, number: item.number, numberSpan: item.numberSpan, body: item.body, sentence: item.sentence, letters: own };
  });
}

/**
 * Finds the numbered parts a draft defines, block by block: objective
 * headings ("## Objective 3: Provide…", "### OBJECTIVE 3") and objective
 * lines ("Objective 3 — Provide…" opening a paragraph), numbered paragraphs
 * ("16. We commit…", as ordered-list items or paragraph starts) and lettered
 * subparagraph labels ("(a)"). Whether a numbered item is an objective (a
 * list under an "Objectives" heading) or a paragraph depends on the headings
 * before it, so that is decided per document in index.ts.
 */
import type { Block, Run } from '../parse/blocks';
import type { ExtractEnv } from '../model/facts';
import type { Span } from '../text/span';
import { patternsFor } from './patterns';
import { FULL_STOP, NEXT_SENTENCE } from '../text/sentences';

export interface ObjectiveHead {
  readonly number: number;
  readonly numberSpan: Span;
  /** The title as written after the number, or '' when the line has none. */
  readonly title: string;
  /** The heading or line that defines it. */
  readonly line: Span;
  /** Defined by a bullet ("- Objective 3: …"): under a heading named like "Objectives", a summary of what headings define (see index.ts). */
  readonly bullet?: true;
}

export interface NumberedItem {
  readonly number: number;
  readonly numberSpan: Span;
  /** The item (list item or paragraph) it numbers. */
  readonly body: Span;
  /** An objective's title, when a list defines objectives: the label's title (see label), else the first line after the number, trimmed. */
  readonly title: string;
  /**
   * The label the first line opens with, in the configuration's keywords
   * ("1. Objective 2: Title", "1. **Objective 2:** Title"): in a list of
   * objectives, the number of the objective (Markdown may number the items
   * itself).
   */
  readonly label?: { readonly number: number; readonly numberSpan: Span };
  /** The first sentence, for hovers. */
  readonly sentence: string;
}

export interface Letter {
  /** "a", "b"… as written inside the parentheses. */
  readonly letter: string;
  readonly label: Span;
  /** The rest of its line, for hovers. */
  readonly text: string;
}

export function extractObjectiveHeads(block: Block, env: ExtractEnv): ObjectiveHead[] {
  const out: ObjectiveHead[] = [];
  for (const run of block.runs) {
    const head = objectiveHeadIn(run, env, block);
    if (head) out.push(head);
  }
  return out;
}

/** The objective a heading, a paragraph's opening line or a bullet's ("- Objective 3: Provide…") defines, if any. */
export function objectiveHeadIn(run: Run, env: ExtractEnv, block: Block): ObjectiveHead | undefined {
  if (run.quoted) return undefined;
  const p = patternsFor(env.config);
  const firstLine = run.text.split('\n', 1)[0] as string;
  const bullet = run.kind !== 'heading' && run.listItem >= 0 && opensBullet(run, block);
  const m = run.kind === 'heading' ? p.heading.exec(firstLine) : run.listItem < 0 || bullet ? p.line.exec(firstLine) : null;
  if (!m) return undefined;
  const digits = m[1] as string;
  const numberStart = run.start + (m.indices?.[1]?.[0] ?? 0);
  // The title is the first sentence: "Objective 6: Facilitate fair recruitment. IOM has long…".
  const full = m[2] ?? '';
  // Abbreviations are not sentence ends: "Protect migrants (cf. GCM objective 7)", "(see para. 16)".
  // The stop goes, what it closes stays: "(including children.)" gives "(including children)".
  const stop = SENTENCE_END.exec(full);
  const rest = stop ? full.slice(0, stop.index) + stop[0].slice(1) : full;
  const title = withoutCrossReference(rest.replace(/\u0000/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.;,:]$/, ''));
  return {
    number: Number(digits),
    numberSpan: { start: numberStart, end: numberStart + digits.length },
    title,
    line: { start: run.start, end: run.start + firstLine.length },
    ...(bullet ? { bullet: true as const } : {}),
  };
}

/** A full stop (see FULL_STOP: no semicolon) before the next sentence; or, in the second, also at the end of the text. */
const SENTENCE_END = new RegExp(String.raw`${FULL_STOP}(?=${NEXT_SENTENCE})`);
const SENTENCE_OR_TEXT_END = new RegExp(String.raw`${FULL_STOP}(?=${NEXT_SENTENCE}|$)`);

/** Is the run the first line of a bullet (an unnumbered list item)? Numbered items are paragraphs or a list of objectives (see index.ts). */
function opensBullet(run: Run, block: Block): boolean {
  const item = block.listItems[run.listItem];
  return item !== undefined && item.number === null && block.runs.find((r) => r.listItem === run.listItem) === run;
}

/** A cross-reference in parentheses at the end of a title is not part of it: "Improve migration data (GCM objective 1)". */
export function withoutCrossReference(title: string): string {
  return title.replace(/\((?:see\s+|cf\.\s+)?(?:GCM|Global\s+Compact|SDGs?|objectives?|targets?|paragraphs?|paras?\.?)\b[^()]*\)$/i, '').trimEnd();
}

const PARAGRAPH_NUMBER = /^ {0,3}(\d{1,3}) ?\.[ \t]+(?=\S)/;
/** A subparagraph's letter opening a line: "(a) ", or "a) " as some drafts write it (group 1: the label; 2 or 3: the letter). */
const LETTER_LINE = /(?:^|\n)[ \t]*(\(([a-z]{1,2})\)|([a-z]{1,2})\))[ \t]/g;

export function extractNumbered(block: Block, env: ExtractEnv): NumberedItem[] {
  const out: NumberedItem[] = [];
  const labelled = patternsFor(env.config).heading;
  for (const item of block.listItems) {
    if (item.level !== 0 || item.number === null) continue;
    const run = block.runs.find((r) => r.listItem >= 0 && block.listItems[r.listItem] === item && !r.quoted);
    if (!run) continue;
    const digits = String(item.number);
    out.push(numbered(item.number, { start: item.start, end: item.start + digits.length }, { start: item.start, end: item.end }, run, 0, labelled));
  }
  for (const run of block.runs) {
    if (run.kind !== 'paragraph' || run.listItem >= 0 || run.quoted) continue;
    const m = PARAGRAPH_NUMBER.exec(run.text);
    if (!m) continue;
    const digits = m[1] as string;
    const s = run.start + m[0].indexOf(digits);
    out.push(numbered(Number(digits), { start: s, end: s + digits.length }, { start: run.start, end: run.end }, run, m[0].length, labelled));
  }
  return out;
}

/** The first sentence of a text written on one line, or all of it. */
export function firstSentence(flat: string): string {
  const end = SENTENCE_OR_TEXT_END.exec(flat);
  return end ? flat.slice(0, end.index + end[0].length) : flat;
}

function numbered(number: number, numberSpan: Span, body: Span, run: Run, skip: number, labelled: RegExp): NumberedItem {
  const written = run.text.slice(skip);
  const sentence = firstSentence(written.replace(/[\s\u0000]+/g, ' ').trim()).slice(0, 400);
  const firstLine = written.split('\n', 1)[0] as string;
  // Markup is masked in the run ("**Objective 2:**" reads "  Objective 2:  "), so the label is read from the run, never from the source.
  const m = labelled.exec(firstLine);
  const at = m?.indices?.[1];
  if (!m || !at) return { number, numberSpan, body, title: unmasked(firstLine), sentence };
  const start = run.start + skip + at[0];
  return { number, numberSpan, body, title: unmasked(m[2] ?? ''), sentence, label: { number: Number(m[1]), numberSpan: { start, end: start + (m[1] as string).length } } };
}

/** Text of a run with its masked markup read as spaces, trimmed. */
function unmasked(text: string): string {
  return text.replace(/\u0000/g, ' ').trim();
}

export function extractLetters(block: Block): Letter[] {
  const out: Letter[] = [];
  for (const run of block.runs) {
    if (run.kind !== 'paragraph' || !run.text.includes(')')) continue;
    LETTER_LINE.lastIndex = 0;
    for (let m = LETTER_LINE.exec(run.text); m; m = LETTER_LINE.exec(run.text)) {
      const label = m[1] as string;
      const s = run.start + m.index + m[0].indexOf(label);
      const after = run.text.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const text = (after.split('\n', 1)[0] as string).replace(/\u0000/g, ' ').trim();
      out.push({ letter: (m[2] ?? m[3]) as string, label: { start: s, end: s + label.length }, text });
    }
  }
  return out;
}

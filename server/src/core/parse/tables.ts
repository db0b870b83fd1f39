/**
 * Tables. remark-parse (plain CommonMark) reads a GFM table as a paragraph,
 * so these read its text: a header row, a row of "---" cells, then the rows,
 * split into cells at unescaped pipes. A column is found by its heading
 * (columnCells: an "SDG indicator" column holds SDG ids, see sdg/extract.ts).
 *
 * Comments matrices are tables in which a negotiation's participants comment
 * on a draft, row by row, "| Para. | Zero draft text | Proposed text |
 * Comment |". Their column of paragraph numbers names the paragraphs of the
 * text commented on (see objectives/refs.ts), and their column of that text's
 * wording quotes it: the commenting document did not write it, and proposes
 * to change it (it is masked, see blocks.ts).
 */
import type { Block } from './blocks';
import type { Span } from '../text/span';

/**
 * The word for a paragraph in a reference or a heading: "paragraph",
 * "paragraphs", "para.", "paras", and "OP" as negotiators write an operative
 * paragraph, "OP 17" (in capitals and before a space: a pattern with the
 * "i" flag that uses it must check the case, see isOperativeLabel).
 */
export const PARAGRAPH_WORD = String.raw`paragraphs?|paras?\b\.?|OPs?(?= \d)`;

/** A draft by its stage: "zero draft", "revised draft", "Rev.1", "Rev. 2". */
const DRAFT_STAGE = String.raw`(?:(?:zero|first|second|third|revised|current|original|final)\s+draft|rev\.?\s?\d)`;
/**
 * The heading of a table's column of paragraph numbers: "Paragraph", "Para.", "¶", "Paragraph no.", "Section/paragraph", "OP" or "PP" (operative,
 * preambular), also of a draft named by its stage: "Para. of zero draft", "Zero draft para.", "Paragraph (Rev.1)".
 */
const PARAGRAPH_COLUMN = new RegExp(
  String.raw`^(?:${PARAGRAPH_WORD}|¶|(?:paragraph|para\.?) ?(?:no\.?|number|#|ref\.?|reference)|(?:section|chapter|page) ?\/ ?(?:paragraph|para\.?)|(?:paragraph|para\.?) ?\/ ?(?:section|line)|(?:op|pp)(?: ?\/ ?(?:op|pp))?|${DRAFT_STAGE} (?:paragraph|para\.?)|(?:paragraph|para\.?) (?:of (?:the )?${DRAFT_STAGE}|\(${DRAFT_STAGE}\)))$`,
  'i',
);
/**
 * The heading of a column that holds the wording of the text commented on:
 * "Zero draft text", "Original text", "Current text", "Text of the draft",
 * "Draft language". Not "Proposed text" or "Suggested amendment": those are
 * the commenting document's own words.
 */
const COMMENTED_TEXT_COLUMN =
  /^(?:(?:zero|first|second|third|revised|current|original|existing|advance|final)\s+(?:draft\s+)?(?:text|language|wording)|(?:zero|first|second|third|revised|current|original|existing)\s+draft|draft\s+(?:text|language|wording)|text\s+of\s+the\s+(?:(?:zero|first|second|third|revised|current)\s+)?draft)$/i;
/** The heading of a column of comments on, or proposals for, the text commented on: "Comment", "Proposed text", "Suggested amendment", "Justification". */
const COMMENT_COLUMN = /\b(?:comments?|proposed|proposals?|suggested|suggestions?|amendments?|justification|rationale|remarks?)\b/i;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** A cell of a row: where it starts and ends in the row (the pipes excluded). */
interface Cell {
  readonly start: number;
  readonly end: number;
}

/** The cells of a table row, without the pipes at its ends; a pipe escaped with a backslash is part of its cell, as in GFM. */
function cellsOf(row: string): Cell[] {
  const cells: Cell[] = [];
  const first = row.search(/\S/);
  if (first < 0) return cells;
  let end = row.length;
  while (end > first && /\s/.test(row[end - 1] as string)) end--;
  let start = row[first] === '|' ? first + 1 : first;
  const last = end > start && row[end - 1] === '|' && row[end - 2] !== '\\' ? end - 1 : end;
  for (let i = start; i <= last; i++) {
    if (i === last || (row[i] === '|' && row[i - 1] !== '\\')) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  return cells;
}

/** A cell's text as a heading: markup and masked characters gone, white space trimmed and collapsed. */
function heading(row: string, cell: Cell): string {
  return row
    .slice(cell.start, cell.end)
    .replace(/[\u0000*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table's header row: its cells' headings, and where its body starts in the text. */
interface TableHeader {
  readonly headings: readonly string[];
  readonly body: number;
}

/** The text tableHeader read last, and what it found: the extractors of a block's facts read one table's header in turn. */
let lastTable: { readonly text: string; readonly header: TableHeader | undefined } | undefined;

/** Whether `offset` in `text` lies in the header row of the table `text` holds ("| Theme | Human Rights |"), which is written as headings are. */
export function inTableHeader(text: string, offset: number): boolean {
  const table = tableHeader(text);
  return table !== undefined && offset < table.body;
}

/** The header of a table (a header row, then a row of "---" cells) that `text` holds; undefined for any other text. */
function tableHeader(text: string): TableHeader | undefined {
  if (!text.includes('|')) return undefined;
  if (lastTable?.text === text) return lastTable.header;
  const header = readHeader(text);
  lastTable = { text, header };
  return header;
}

function readHeader(text: string): TableHeader | undefined {
  const first = text.indexOf('\n');
  if (first < 0) return undefined;
  const second = text.indexOf('\n', first + 1);
  const header = text.slice(0, first);
  const delimiter = text.slice(first + 1, second < 0 ? text.length : second);
  if (!header.includes('|') || !delimiter.includes('-')) return undefined;
  if (!cellsOf(delimiter).every((c) => DELIMITER_CELL.test(delimiter.slice(c.start, c.end)))) return undefined;
  return { headings: cellsOf(header).map((c) => heading(header, c)), body: second < 0 ? text.length : second + 1 };
}

/** The header of a comments matrix: a table with a column of paragraph numbers. */
function matrixHeader(text: string): TableHeader | undefined {
  const table = tableHeader(text);
  return table?.headings.some((h) => PARAGRAPH_COLUMN.test(h)) ? table : undefined;
}

/** A body cell of a table: where it is in the text, and its column's heading. */
export interface ColumnCell {
  readonly start: number;
  readonly end: number;
  readonly heading: string;
}

/**
 * The body cells of the columns of a table whose heading `column` accepts;
 * none in any other text. The rows are split into cells in `source` (the
 * run's source, of the same length), where an escaped pipe is still told
 * from a cell's end.
 */
export function columnCells(text: string, column: RegExp, source = text): ColumnCell[] {
  return cellsIn(tableHeader(text), text, column, source);
}

function cellsIn(table: TableHeader | undefined, text: string, column: RegExp, source: string): ColumnCell[] {
  if (!table) return [];
  const columns = new Set<number>();
  table.headings.forEach((h, i) => {
    if (column.test(h)) columns.add(i);
  });
  if (columns.size === 0) return [];
  const out: ColumnCell[] = [];
  for (let at = table.body; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const row = source.slice(at, end);
    cellsOf(row).forEach((c, i) => {
      if (columns.has(i) && c.end > c.start) out.push({ start: at + c.start, end: at + c.end, heading: table.headings[i] as string });
    });
    at = end + 1;
  }
  return out;
}

/** Whether a paragraph's text is a comments matrix: a table with a column of paragraph numbers. */
export function isCommentsMatrix(text: string): boolean {
  return matrixHeader(text) !== undefined;
}

/**
 * In a comments matrix, the cells of the columns that quote the text
 * commented on, as [start, end) offsets in `text` (see columnCells); none in
 * any other text.
 */
export function commentedTextCells(text: string, source = text): [number, number][] {
  const table = tableHeader(text);
  // A table of proposals on the commented wording quotes it, with a column of paragraph numbers or without ("| Current text | Proposed text |").
  const matrix = table?.headings.some((h) => PARAGRAPH_COLUMN.test(h)) || (table?.headings.some((h) => COMMENT_COLUMN.test(h)) && table.headings.some((h) => COMMENTED_TEXT_COLUMN.test(h)));
  return matrix ? cellsIn(table, text, COMMENTED_TEXT_COLUMN, source).map((c) => [c.start, c.end]) : [];
}

/**
 * The runs of a block that are comments matrices with a column of comments,
 * proposals or the commented text's wording (not only a table of contents by
 * paragraph, "| Para. | Topic |"), as spans: a document that holds one
 * comments on another text (see objectives/resolve.ts).
 */
export function extractCommentsMatrices(block: Block): Span[] {
  const out: Span[] = [];
  for (const run of block.runs) {
    if (run.kind !== 'paragraph' || !run.text.includes('|')) continue;
    if (matrixHeader(run.text)?.headings.some((h) => COMMENT_COLUMN.test(h) || COMMENTED_TEXT_COLUMN.test(h))) out.push({ start: run.start, end: run.end });
  }
  return out;
}

/** Whether a reference's keyword, matched case-insensitively, is "OP" as written for an operative paragraph ("OP 17", not "op 7" or "Op 12"). */
export function isOperativeLabel(keyword: string): boolean {
  return /^OPs?$/.test(keyword);
}

/**
 * The titles of objectives and the first sentences of paragraphs as hovers,
 * the outline and completion show them: read from the source of the file
 * that defines them (see text/display.ts), not from the checks' text, where
 * code, addresses and link destinations are masked.
 */
import type { DocumentModel } from '../model/model';
import type { Span } from '../text/span';
import { plainInline } from '../text/display';
import { firstSentence } from './extract';
import type { ObjectiveDef, ParagraphDef } from './index';

/** The text of the file at `uri` among `models`, if one of them is it. */
function textOf(uri: string, models: readonly DocumentModel[]): string | undefined {
  return models.find((m) => m.uri === uri)?.text;
}

/** Markup that the checks' text masks where a drafter reads words: code, addresses, links, images, HTML. */
const MASKED_MARKUP = /[`<[]|:\/\/|www\./;

/** The rest of the line after `from` (up to `end` at most), as read: past the number's punctuation and a label's colon ("1. ", ": ") and a heading's closing "#"s; undefined where nothing was masked in it. */
function restOfLine(text: string, from: number, end: number): string | undefined {
  const nl = text.indexOf('\n', from);
  const line = text.slice(from, nl < 0 ? end : Math.min(nl, end));
  if (!MASKED_MARKUP.test(line)) return undefined;
  // Past the number's punctuation and a label's colon, and without the closing sequence of a heading ("## Objective 2: Share data ##").
  const words = line.replace(/^[\s*_]*[.:)–—-]?[\s*_]*/, '');
  const closing = /[ \t]#+[ \t]*$/.exec(words);
  return plainInline(closing && isHeadingLine(text, from) ? words.slice(0, closing.index) : words);
}

/** Whether the line that holds `at` is an ATX heading ("## …"). */
function isHeadingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^ {0,3}#{1,6}[ \t]/.test(text.slice(start, start + 10));
}

/** An objective's title, as read in its file ("Use the KNOMAD data and https://data.example.org portals"). */
export function titleShown(def: ObjectiveDef, models: readonly DocumentModel[]): string {
  const text = textOf(def.uri, models);
  if (text === undefined || def.title === '') return def.title;
  return restOfLine(text, def.numberSpan.end, def.line.end) || def.title;
}

/** A paragraph's first sentence, as read in its file. */
export function sentenceShown(para: ParagraphDef, models: readonly DocumentModel[]): string {
  const text = textOf(para.uri, models);
  if (text === undefined) return para.sentence;
  const body = text.slice(para.numberSpan.end, para.body.end);
  if (!MASKED_MARKUP.test(body)) return para.sentence;
  return firstSentence(plainInline(body.replace(/^[.)]/, '').replace(/^\s*>\s?/gm, ' '))).slice(0, 400) || para.sentence;
}

/** The line of a lettered subparagraph after its label, as read ("(a) first item with the chart"). */
export function letterLineShown(uri: string, label: Span, fallback: string, models: readonly DocumentModel[]): string {
  const text = textOf(uri, models);
  return text === undefined ? fallback : restOfLine(text, label.end, text.length) || fallback;
}

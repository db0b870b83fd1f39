/**
 * Random edits for property tests: an arbitrary text with an edit somewhere
 * in it, placed by arbitrary numbers so that every position and length is
 * reached whatever the text's length.
 */
import fc from 'fast-check';

export interface TextEdit {
  readonly text: string;
  /** [start, oldEnd) of `text` was replaced by `inserted`, giving `next`. */
  readonly start: number;
  readonly oldEnd: number;
  readonly inserted: string;
  readonly next: string;
  /** End of the inserted text in `next`. */
  readonly end: number;
}

/** A text from `texts`, with up to `maxRemoved` characters replaced by a text from `inserts` at any position. */
export function textEdit(texts: fc.Arbitrary<string>, maxRemoved: number, inserts: fc.Arbitrary<string> = texts): fc.Arbitrary<TextEdit> {
  return fc.tuple(texts, fc.nat(), fc.nat({ max: maxRemoved }), inserts).map(([text, at, removed, inserted]) => {
    const start = at % (text.length + 1);
    const oldEnd = Math.min(text.length, start + removed);
    return { text, start, oldEnd, inserted, next: text.slice(0, start) + inserted + text.slice(oldEnd), end: start + inserted.length };
  });
}

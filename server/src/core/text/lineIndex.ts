/**
 * Converts between offsets and (line, character) positions. Lines are 0-based
 * and characters are UTF-16 code units, exactly as in LSP; line breaks are
 * "\n", "\r\n" and "\r", as in LSP. The CLI adds 1 to both for its output.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;
  /** The text indexed (held already by whoever holds the index), for the length of a line's break. */
  readonly #text: string;

  constructor(text: string, starts?: number[]) {
    if (!starts) {
      starts = [0];
      scan(text, 0, text.length, starts);
    }
    this.#starts = starts;
    this.#length = text.length;
    this.#text = text;
  }

  /**
   * The index of `text`, made from `previous`, the index of the text before one
   * change: [start, oldEnd) of the old text became [start, end) of `text`.
   * Only the lines around the change are scanned; the others are copied, moved
   * by the change's length difference. Equal to `new LineIndex(text)`.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, end: number): LineIndex {
    const old = previous.#starts;
    const delta = end - oldEnd;
    // Keep the lines before the one above the change: a CR ending that line may pair with an inserted LF.
    const keep = Math.max(0, previous.positionAt(start).line - 1);
    const starts = old.slice(0, keep + 1);
    // Scan until a line starts after the change (its break unchanged): from there, the old lines follow.
    const resume = scan(text, old[keep] as number, text.length, starts, end + 1);
    if (resume >= 0) {
      let k = previous.positionAt(resume - delta).line + 1;
      while (k < old.length) starts.push((old[k++] as number) + delta);
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))] ?? 0;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.#starts[lo] ?? 0) };
  }

  /**
   * The offset of a position. A character past the end of its line stands for
   * the line's end, before its break, as LSP says; a line past the last, for
   * the end of the text.
   */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#starts.length) return this.#length;
    const start = this.#starts[position.line] ?? 0;
    let end = this.#length;
    if (position.line + 1 < this.#starts.length) {
      end = (this.#starts[position.line + 1] ?? this.#length) - 1;
      // "\r\n" is one break of two characters.
      if (end > start && this.#text.charCodeAt(end) === 10 && this.#text.charCodeAt(end - 1) === 13) end--;
    }
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }
}

/**
 * Pushes the start of every line that begins in (from, to] onto `starts`. With
 * `stopAt`, stops at the first line start at or after it and returns it; -1
 * when the scan ends first. The breaks are found by native searches, one per
 * line, not by a loop over every character: a batch run indexes every file
 * once, mostly before the engine has optimized anything. A text without a
 * carriage return is searched for line feeds alone; telling that costs a
 * search to the end of the range, so only a scan of the whole range asks (an
 * edit's scan, with `stopAt`, ends near the change).
 */
function scan(text: string, from: number, to: number, starts: number[], stopAt = Infinity): number {
  if (stopAt === Infinity && !hasCarriageReturn(text, from, to)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return -1;
  }
  const re = /\r\n?|\n/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const next = m.index + m[0].length;
    starts.push(next);
    if (next >= stopAt) return next;
  }
  return -1;
}

function hasCarriageReturn(text: string, from: number, to: number): boolean {
  const cr = text.indexOf('\r', from);
  return cr !== -1 && cr < to;
}

/**
 * Spans are the core's only position unit: half-open ranges of UTF-16 code-unit
 * offsets into the document text, the same unit as JavaScript string indices and
 * remark's `position.offset`. Adapters convert them to LSP ranges or 1-based
 * line:column at their edge (see lineIndex.ts).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function contains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A set of spans that answers "does this span overlap any of them?" by binary
 * search: the spans are merged into disjoint ones, sorted. For checks that
 * test every fact of one kind against every fact of another.
 */
export class SpanSet {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.#ends.length - 1;
      if (last >= 0 && s.start < (this.#ends[last] as number)) this.#ends[last] = Math.max(this.#ends[last] as number, s.end);
      else {
        this.#starts.push(s.start);
        this.#ends.push(s.end);
      }
    }
  }

  /** Whether `span` shares a character with one of the spans (as `overlaps`). */
  overlaps(span: Span): boolean {
    // The last merged span that starts before `span` ends is the only one that can overlap it.
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#starts[mid] as number) < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && span.start < (this.#ends[lo - 1] as number);
  }
}

/**
 * Returns `value` with every object that has numeric `start` and `end`
 * properties (a Span, possibly with more fields) moved by `delta`. Facts
 * extracted from a block are plain data, so this is how a block that did not
 * change keeps its facts when an edit before it moves it. Facts are never
 * mutated, so what holds nothing to move (strings, empty lists, a block's
 * record of no facts) is returned as it is; everything on the way to a span is
 * copied.
 */
export function shiftSpans<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shiftValue(value, delta) as T;
}

function shiftValue(value: unknown, delta: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const moved = shiftValue(value[i], delta);
      if (moved !== value[i]) (out ??= value.slice())[i] = moved;
    }
    return out ?? value;
  }
  const src = value as Record<string, unknown>;
  const isSpan = typeof src['start'] === 'number' && typeof src['end'] === 'number';
  // A spread copy keeps the source's shape, so the fields written below are updated in place.
  let out: Record<string, unknown> | undefined = isSpan ? { ...src } : undefined;
  for (const key in src) {
    const v = src[key];
    if (v === null || typeof v !== 'object') continue;
    const moved = shiftValue(v, delta);
    if (moved !== v) (out ??= { ...src })[key] = moved;
  }
  if (out && isSpan) {
    out['start'] = (src['start'] as number) + delta;
    out['end'] = (src['end'] as number) + delta;
  }
  return out ?? src;
}

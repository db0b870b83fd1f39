/**
 * Prepares raw document text for remark without changing its length, so that
 * every offset remark reports is an offset into the original text:
 * - a leading byte-order mark becomes a space (remark would not count it);
 * - YAML or TOML front matter becomes blank lines (it is never checked).
 */
export interface Prepared {
  readonly text: string;
  /** Span of the front matter, if any, so it can be reported as excluded. */
  readonly frontMatterEnd: number;
}

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;

export function prepare(text: string): Prepared {
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) out = ' ' + out.slice(1);
  const m = FRONT_MATTER.exec(out);
  if (!m) return { text: out, frontMatterEnd: 0 };
  const end = m[0].length;
  return { text: blankOut(out.slice(0, end)) + out.slice(end), frontMatterEnd: end };
}

/** Replaces every character but line breaks by a space. */
export function blankOut(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

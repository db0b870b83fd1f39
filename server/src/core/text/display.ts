/**
 * Words of the document as a drafter reads them, for hovers, the outline and
 * completion details: the source text with its inline Markdown read, not the
 * text the checks see, in which code, addresses and link destinations are
 * masked (shown, they would leave holes: "the Hub ( ) and the declaration ,").
 */

/** An image (its alt text), a link (its text) or a reference link; code spans; autolinks; inline HTML; footnote references; escapes. */
const INLINE = /!\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]*)\]\[[^\]\n]*\]|(`+)([^`]+?)\4(?!`)|<((?:https?:\/\/|mailto:)[^>\s]*)>|\[\^[^\]\s]+\]|<\/?[A-Za-z][^>\n]*>|\\([!-/:-@[-`{-~])/g;
/** Emphasis, strong emphasis and strikethrough markers. */
const MARKERS = /\*{1,3}|~~|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])/gu;

/** Inline Markdown source as plain text, single-spaced. */
export function plainInline(source: string): string {
  const text = source.replace(INLINE, (whole, alt?: string, link?: string, ref?: string, _ticks?: string, code?: string, auto?: string, escaped?: string) => {
    if (alt !== undefined) return alt;
    if (link !== undefined) return link;
    if (ref !== undefined) return ref;
    if (code !== undefined) return `\u0001${code.trim()}\u0002`;
    if (auto !== undefined) return auto;
    if (escaped !== undefined) return `\u0003${escaped}`;
    return whole.startsWith('[^') || whole.startsWith('<') ? '' : whole;
  });
  // Markers are read outside code spans only; an escaped character stays as written.
  return text
    .split(/(\u0001[^\u0002]*\u0002|\u0003.)/)
    .map((part) => (part.startsWith('\u0001') ? part.slice(1, -1) : part.startsWith('\u0003') ? part.slice(1) : part.replace(MARKERS, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .trim();
}

/** Plain text written into Markdown (a hover) so that it shows as written: "*", "_", "[", "<"… escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/**
 * "a" or "an" before words put in place of others, made to agree with them:
 * "an illegal migrant" becomes "a migrant in an irregular situation", "an
 * NGO" becomes "a non-governmental organization (NGO)".
 */
import type { Span } from '../text/span';
import type { TextEdit } from '../checks/check';

/** "a" or "an" and the space right before a term, as written. */
const ARTICLE = /(?<![\p{L}\p{N}])(an?)([ \t]+)$/iu;

/** Whether "a" or "an" stands right before `at`, with spaces or tabs between. */
export function indefiniteBefore(text: string, at: number): boolean {
  return ARTICLE.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * The edit that puts `replacement` in place of the term at `span`, with the
 * article before it made to agree: "an illegal migrant" becomes "a migrant in
 * an irregular situation", not "an migrant…".
 */
export function withArticle(text: string, span: Span, replacement: string): TextEdit {
  const m = ARTICLE.exec(text.slice(Math.max(0, span.start - 4), span.start));
  const article = m?.[1];
  const gap = m?.[2];
  const an = takesAn(replacement);
  if (!article || gap === undefined || an === (article.length === 2)) return { span, newText: replacement };
  const right = an ? 'an' : 'a';
  const written = article.length > 1 && article === article.toUpperCase() ? right.toUpperCase() : article[0] === 'A' ? `A${right.slice(1)}` : right;
  return { span: { start: span.start - gap.length - article.length, end: span.end }, newText: `${written}${gap}${replacement}` };
}

/** Whether words take "an": they start with a vowel sound ("an irregular", "an office"), not a "you" or "wuh" sound ("a United Nations…", "a European…", "a one-stop"). */
function takesAn(words: string): boolean {
  return /^[aeiou]/i.test(words) && !/^(?:uni(?!dent)|us[eu]|uti|eu|one\b|once)/i.test(words);
}

/**
 * The one place that calls remark. Everything else works on blocks.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { toBlocks, type Block } from './blocks';

const processor = unified().use(remarkParse);

/**
 * Parses `text.slice(from, to)` as a Markdown document and returns its
 * top-level blocks with offsets into `text`. `text` must already be prepared
 * (see preprocess.ts).
 */
export function parseBlocks(text: string, from = 0, to = text.length): Block[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tree = processor.parse(slice) as Root;
  return toBlocks(tree.children, text, from);
}

/**
 * remark's tree of a chunk, packed into numbers and strings so that another
 * thread can turn it into blocks (see the CLI's pipeline, cli/parallel.ts).
 *
 * Turning a tree into blocks (toBlocks) builds every run's masked text, about
 * 25 ms per megabyte in a fresh process, on the thread that parses; packing
 * the same trees takes about 5 ms, and a packed tree crosses to another thread
 * as one array of numbers and one of strings instead of thousands of objects.
 * Only what toBlocks reads is kept: each node's type, offsets, children,
 * heading depth, whether a link reference is a full one and, for text and
 * HTML, its value. `unpack` rebuilds nodes
 * with exactly those fields, so toBlocks gives the same blocks from either.
 */
import type { RootContent } from 'mdast';

/** Six numbers per node, in pre-order: type, start, end (-1 without a position), children, depth, value (-1 without). */
const FIELDS = 6;

export interface PackedTree {
  readonly ints: Int32Array;
  /** Node types, indexed by the first field. */
  readonly types: readonly string[];
  /** Values of text and HTML nodes, indexed by the last field. */
  readonly values: readonly string[];
  /** The top-level nodes. */
  readonly count: number;
  /** Where the last top-level node with a position ends, or -1: where its block would end. */
  readonly lastEnd: number;
  /** The type of that node, or "" without one. */
  readonly lastType: string;
  /** Where that node starts, or -1. */
  readonly lastStart: number;
  /** Holds a link reference definition where toBlocks finds one (see Block.definitions). */
  readonly definitions: boolean;
}

/** Containers whose children toBlocks walks as blocks. */
const BLOCK_CONTAINERS = new Set(['blockquote', 'list', 'listItem']);

interface AnyNode {
  readonly type: string;
  readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
  readonly children?: readonly AnyNode[];
  readonly depth?: number;
  readonly value?: string;
  readonly referenceType?: string;
}

export function pack(nodes: readonly RootContent[]): PackedTree {
  const ints: number[] = [];
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const values: string[] = [];
  let lastEnd = -1;
  let lastType = '';
  let lastStart = -1;
  let definitions = false;
  // Each node, and whether toBlocks reaches it as a block.
  const stack: [AnyNode, boolean][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i] as AnyNode, true]);
  for (const n of nodes as readonly AnyNode[]) {
    const end = n.position?.end.offset;
    const start = n.position?.start.offset;
    if (start !== undefined && end !== undefined) {
      lastEnd = end;
      lastType = n.type;
      lastStart = start;
    }
  }
  while (stack.length) {
    const [node, block] = stack.pop() as [AnyNode, boolean];
    let type = typeIndex.get(node.type);
    if (type === undefined) {
      type = types.length;
      typeIndex.set(node.type, type);
      types.push(node.type);
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const located = start !== undefined && end !== undefined;
    const children = node.children;
    let value = -1;
    if ((node.type === 'text' || node.type === 'html') && node.value !== undefined) {
      value = values.length;
      values.push(node.value);
    }
    if (block && located && node.type === 'definition') definitions = true;
    // The fifth field: a heading's depth; for a link reference, 1 when it names its label apart from its text (see toBlocks).
    const detail = node.type === 'heading' ? (node.depth ?? 0) : node.type === 'linkReference' && node.referenceType === 'full' ? 1 : 0;
    ints.push(type, located ? start : -1, located ? end : -1, children ? children.length : -1, detail, value);
    const blocks = block && located && BLOCK_CONTAINERS.has(node.type);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as AnyNode, blocks]);
  }
  return { ints: Int32Array.from(ints), types, values, count: nodes.length, lastEnd, lastType, lastStart, definitions };
}

/**
 * The top-level nodes of a packed tree, with the fields toBlocks reads.
 * Iterative, as toBlocks is: the nodes of a parent follow it in pre-order.
 */
export function unpack(tree: PackedTree): RootContent[] {
  const { ints, types, values } = tree;
  const top: AnyNode[] = [];
  // The children lists being filled, and how many nodes each still lacks.
  const lists: AnyNode[][] = [top];
  const missing: number[] = [tree.count];
  for (let k = 0; k < ints.length; k += FIELDS) {
    while ((missing[missing.length - 1] as number) === 0) {
      lists.pop();
      missing.pop();
    }
    const type = types[ints[k] as number] as string;
    const start = ints[k + 1] as number;
    const childCount = ints[k + 3] as number;
    const value = ints[k + 5] as number;
    const node: { -readonly [K in keyof AnyNode]: AnyNode[K] } = { type };
    if (start >= 0) node.position = { start: { offset: start }, end: { offset: ints[k + 2] as number } };
    if (type === 'heading') node.depth = ints[k + 4] as number;
    if (type === 'linkReference') node.referenceType = ints[k + 4] === 1 ? 'full' : 'shortcut';
    if (value >= 0) node.value = values[value] as string;
    (lists[lists.length - 1] as AnyNode[]).push(node);
    missing[missing.length - 1] = (missing[missing.length - 1] as number) - 1;
    if (childCount >= 0) {
      const children: AnyNode[] = [];
      node.children = children;
      lists.push(children);
      missing.push(childCount);
    }
  }
  return top as unknown as RootContent[];
}

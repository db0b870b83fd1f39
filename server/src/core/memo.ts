/**
 * Caches for what the core derives from objects that never change: the
 * lookups built from reference data, and what several extractors compute from
 * the same block.
 */
import type { Block } from './parse/blocks';

/**
 * `compute`, run once per object (a registry, a glossary) and kept as long as
 * the object lives. The last object asked for is compared first: the
 * callers run at every word of a draft, almost always with the same data, and
 * one comparison costs less than a WeakMap lookup. That last object and its
 * value stay referenced until another object is asked for.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  let lastKey: K | undefined;
  let last: V | undefined;
  return (key) => {
    if (key !== lastKey) {
      let value = cache.get(key);
      if (value === undefined) {
        value = compute(key);
        cache.set(key, value);
      }
      lastKey = key;
      last = value;
    }
    return last as V;
  };
}

const forgetters: (() => void)[] = [];

/**
 * `compute`, remembered for the last block (and `key`) it was called with.
 * extractFacts runs every extractor on a block before it moves to the next,
 * so one entry is enough for extractors to share what they compute from a
 * block (the tokens of its runs, its acronyms). It costs one comparison,
 * where a WeakMap keyed by run cost, on a long draft, about 40% as much as
 * the tokenizing it shared. extractFacts calls forgetLastBlock when it is
 * done with a block, so nothing of it is kept afterwards.
 */
export function lastBlockMemo<K, V>(compute: (block: Block, key: K) => V): (block: Block, key: K) => V {
  let lastBlock: Block | undefined;
  let lastKey: K | undefined;
  let last: V | undefined;
  forgetters.push(() => {
    lastBlock = undefined;
    lastKey = undefined;
    last = undefined;
  });
  return (block, key) => {
    if (block !== lastBlock || key !== lastKey) {
      last = compute(block, key);
      lastBlock = block;
      lastKey = key;
    }
    return last as V;
  };
}

/** Drops what every lastBlockMemo remembers. */
export function forgetLastBlock(): void {
  for (const forget of forgetters) forget();
}

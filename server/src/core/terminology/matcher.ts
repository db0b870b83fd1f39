/**
 * A multi-phrase matcher over tokens: a trie keyed by normalised tokens,
 * compiled once from all the phrases of a data set. Matching walks the trie
 * from each token, so a run of n tokens costs at most n × (longest phrase)
 * steps whatever the number of phrases — one pass for hundreds of terms, not
 * one regular expression per term. Matches are the longest at each position,
 * left to right, never overlapping.
 */
import { phraseWords, type Token } from './tokens';

interface Node<T> {
  /** Undefined at the last word of a phrase that no longer phrase continues: most nodes, since most phrases are one word. */
  next: Map<string, Node<T>> | undefined;
  payloads: T[];
}

export interface Match<T> {
  /** Token indexes, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly payloads: readonly T[];
}

export class PhraseMatcher<T> {
  readonly #root: Node<T> = { next: new Map(), payloads: [] };

  add(phrase: string, payload: T): void {
    this.addWords(phraseWords(phrase), payload);
  }

  /** Adds a phrase already read into its normalised words (see phraseWords). */
  addWords(words: readonly string[], payload: T): void {
    let node = this.#root;
    if (!words.length) return;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: undefined, payloads: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.payloads.push(payload);
  }

  /** The longest match starting at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number): Match<T> | undefined {
    let node: Node<T> | undefined = this.#root;
    let best: Match<T> | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'barrier') break;
      node = node.next?.get(t.norm);
      if (node?.payloads.length) best = { first: i, last: j + 1, payloads: node.payloads };
    }
    return best;
  }

  /** The normalised words a phrase can start with. */
  firstWords(): IterableIterator<string> {
    return (this.#root.next as Map<string, Node<T>>).keys();
  }

  /**
   * Every longest, non-overlapping match, left to right. `starts`, if given,
   * lists in ascending order every index at which the token is the first
   * word of a phrase (other indexes may be listed too): a match is looked for
   * only there, with the same result.
   */
  matchAll(tokens: readonly Token[], starts?: readonly number[]): Match<T>[] {
    const out: Match<T>[] = [];
    if (starts) {
      let next = 0;
      for (const i of starts) {
        if (i < next) continue;
        const m = this.matchAt(tokens, i);
        if (m) {
          out.push(m);
          next = m.last;
        }
      }
      return out;
    }
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}

/**
 * Exact matching of instrument names over the words of a run: a trie of the
 * normalised words of every name, built once per registry, walked from each
 * word. The longest name wins; a match never crosses an excluded segment.
 * Cost is linear in the words of the run times the length of the longest name,
 * however many instruments the registry holds.
 */
import type { InstrumentRegistry } from '../data/instruments';
import { instrumentNames, type InstrumentName } from './names';
import { isCapitalized, type Token } from './tokens';
import { perObject } from '../memo';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  names: InstrumentName[];
}

export interface ExactMatch {
  readonly name: InstrumentName;
  /** Token indexes, end exclusive. */
  readonly from: number;
  readonly to: number;
}

const trieOf = perObject((registry: InstrumentRegistry): TrieNode => {
  const root: TrieNode = { next: new Map(), names: [] };
  for (const name of instrumentNames(registry)) {
    let node = root;
    for (const w of name.words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), names: [] }));
      node = child;
    }
    node.names.push(name);
  }
  return root;
});

/** The normalised first words of the registry's names: no name starts at any other word. */
export function firstWords(registry: InstrumentRegistry): Iterable<string> {
  return trieOf(registry).next.keys();
}

/** The longest name that starts at token `from`, if any. */
export function matchAt(tokens: readonly Token[], from: number, registry: InstrumentRegistry): ExactMatch | undefined {
  let node: TrieNode | undefined = trieOf(registry);
  const segment = tokens[from]?.segment;
  let best: ExactMatch | undefined;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.segment !== segment) break;
    node = node.next.get(t.norm);
    if (!node) break;
    for (const name of node.names) {
      if (fits(name, tokens, from)) {
        best = { name, from, to: i + 1 };
        break;
      }
    }
  }
  return best;
}

/** Whether the text's spelling fits the name: acronyms exactly, short names with their capitals. */
function fits(name: InstrumentName, tokens: readonly Token[], from: number): boolean {
  if (name.form === 'title') return true;
  const words = tokens.slice(from, from + name.words.length);
  if (name.form === 'acronym') {
    const spelled = name.text.split(/[\s-]+/);
    return words.every((t, k) => t.raw === spelled[k]);
  }
  const shouted = words.every((t) => t.raw === t.raw.toUpperCase());
  return shouted || words.every((t, k) => !name.capitals[k] || isCapitalized(t.raw));
}

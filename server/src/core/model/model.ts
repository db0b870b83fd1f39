/**
 * The document model: built once per document version, read by every check
 * and editor feature, never mutated. It holds the blocks (prose runs, list
 * items, comments) and the facts extracted from each block; flattened views of
 * the facts and derived structures are computed on first use and cached.
 */
import type { Block, Run } from '../parse/blocks';
import { neutralized, type Guards } from '../parse/preprocess';
import type { Span } from '../text/span';
import type { Config } from '../config/types';
import type { ReferenceData } from '../data/reference';
import { LineIndex } from '../text/lineIndex';
import { FACT_INDEX, FACT_KEYS, NO_FACTS, type BlockFacts, type FactKey, type FactMap } from './facts';

export interface AnalyzedBlock extends Block {
  readonly facts: BlockFacts;
}

/** Why a document was not analysed (too large, binary…). */
export interface Skipped {
  readonly reason: 'too-large' | 'binary' | 'encoding' | 'unreadable';
  readonly message: string;
}

/** What preparing the text for the parser found and changed (see parse/preprocess.ts). */
export type SyntaxNotes = Guards;

const NO_NOTES: SyntaxNotes = { frontMatterEnd: 0, delimiters: [], nesting: [] };

export class DocumentModel {
  #facts: readonly (readonly unknown[])[] | undefined;
  readonly #derived = new Map<string, unknown>();
  #lines: LineIndex | undefined;
  #makeLines: (() => LineIndex) | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly blocks: readonly AnalyzedBlock[],
    readonly config: Config,
    readonly data: ReferenceData,
    readonly skipped: Skipped | undefined = undefined,
    readonly notes: SyntaxNotes = NO_NOTES,
    /** Makes the line index from the previous version's (see incremental.ts); by default it is built from the text. */
    lines?: () => LineIndex,
  ) {
    this.#makeLines = lines;
  }

  get lines(): LineIndex {
    if (!this.#lines) {
      this.#lines = this.#makeLines ? this.#makeLines() : new LineIndex(this.text);
      this.#makeLines = undefined;
    }
    return this.#lines;
  }

  /** Every region whose markup the parser's guards blanked, in order. */
  get neutralized(): readonly Span[] {
    return this.derived('model/neutralized', () => neutralized(this.notes));
  }

  /** The line index if it has been built, for the next version to start from. */
  get builtLines(): LineIndex | undefined {
    return this.#lines;
  }

  /** The prose run (paragraph or heading) holding a document offset, its end included; found by bisecting the blocks. */
  runAt(offset: number): Run | undefined {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((blocks[mid] as AnalyzedBlock).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return blocks[lo]?.runs.find((r) => r.start <= offset && offset <= r.end);
  }

  /** All facts of one kind, in document order. */
  facts<K extends FactKey>(key: K): readonly FactMap[K][] {
    this.#facts ??= gatherFacts(this.blocks);
    return this.#facts[FACT_INDEX[key]] as readonly FactMap[K][];
  }

  /**
   * A value derived from the model, computed once. `key` must identify
   * `compute` (use the name of the module and function that calls this).
   */
  derived<T>(key: string, compute: (model: DocumentModel) => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const value = compute(this);
    this.#derived.set(key, value);
    return value;
  }
}

/**
 * The facts of every kind, in document order, gathered in one pass over the
 * blocks. The checks read every kind on every version; one pass reads each
 * block's list of kinds once, where a pass per kind would walk thousands of
 * blocks scattered in memory thirteen times.
 */
function gatherFacts(blocks: readonly AnalyzedBlock[]): unknown[][] {
  const out: unknown[][] = FACT_KEYS.map(() => []);
  for (let i = 0; i < blocks.length; i++) {
    const facts = (blocks[i] as AnalyzedBlock).facts;
    if (facts === NO_FACTS) continue;
    for (let k = 0; k < facts.length; k++) {
      const list = facts[k] as readonly unknown[];
      if (list.length === 0) continue;
      const into = out[k] as unknown[];
      for (let j = 0; j < list.length; j++) into.push(list[j]);
    }
  }
  return out;
}

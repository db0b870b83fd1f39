/**
 * The facts the model holds, by kind. Each domain owns the type of its facts
 * and an extractor that finds them in one block; this file is the one list of
 * them. Facts are plain data whose positions are Spans (objects with numeric
 * `start` and `end`), so a block moved by an edit can shift them without
 * re-extracting (see shiftSpans and shiftBlock).
 */
import type { Block } from '../parse/blocks';
import { forgetLastBlock } from '../memo';
import type { Config } from '../config/types';
import type { ReferenceData } from '../data/reference';
import type { SdgRef, SdgQuote } from '../sdg/extract';
import { extractSdgRefs, extractSdgQuotes } from '../sdg/extract';
import type { Heading } from './headings';
import { extractHeadings } from './headings';
import { extractInstrumentMentions, type InstrumentMention } from '../instruments/extract';
import { extractObjectiveHeads, extractNumbered, extractLetters, type ObjectiveHead, type NumberedItem, type Letter } from '../objectives/extract';
import { extractPartRefs, type PartRef } from '../objectives/refs';
import { extractTermMentions, type TermMention } from '../terminology/terms';
import { extractSpellingSlips, type SpellingSlip } from '../terminology/spelling';
import { extractFixedTermSlips, type FixedTermSlip } from '../terminology/fixedTerms';
import { extractAcronymUses, extractAcronymDefinitions, type AcronymUse, type AcronymDefinition } from '../terminology/acronyms';
import { extractCommentsMatrices } from '../parse/tables';
import type { Span } from '../text/span';

export interface FactMap {
  headings: Heading;
  sdgRefs: SdgRef;
  sdgQuotes: SdgQuote;
  instrumentMentions: InstrumentMention;
  objectiveHeads: ObjectiveHead;
  numbered: NumberedItem;
  letters: Letter;
  partRefs: PartRef;
  termMentions: TermMention;
  spellingSlips: SpellingSlip;
  fixedTermSlips: FixedTermSlip;
  acronymUses: AcronymUse;
  acronymDefinitions: AcronymDefinition;
  /** Tables of comments on another text, by paragraph (see parse/tables.ts). */
  commentsMatrices: Span;
}

export type FactKey = keyof FactMap;
/**
 * A block's facts: one list per kind, at the kind's index in FACT_KEYS. An
 * array rather than an object keyed by kind, so that gathering one kind from
 * thousands of blocks (DocumentModel.facts, on every version) is an indexed
 * load, not a lookup by name.
 */
export type BlockFacts = readonly (readonly unknown[])[];

export interface ExtractEnv {
  readonly config: Config;
  readonly data: ReferenceData;
}

type Extractors = { readonly [K in FactKey]: (block: Block, env: ExtractEnv) => readonly FactMap[K][] };

/** The registry of extractors: one line per kind of fact. */
export const EXTRACTORS: Extractors = {
  headings: extractHeadings,
  sdgRefs: extractSdgRefs,
  sdgQuotes: extractSdgQuotes,
  instrumentMentions: extractInstrumentMentions,
  objectiveHeads: extractObjectiveHeads,
  numbered: extractNumbered,
  letters: extractLetters,
  partRefs: extractPartRefs,
  termMentions: extractTermMentions,
  spellingSlips: extractSpellingSlips,
  fixedTermSlips: extractFixedTermSlips,
  acronymUses: extractAcronymUses,
  acronymDefinitions: extractAcronymDefinitions,
  commentsMatrices: extractCommentsMatrices,
};

export const FACT_KEYS = Object.keys(EXTRACTORS) as FactKey[];

/** The index of each kind in a block's facts. */
export const FACT_INDEX = Object.fromEntries(FACT_KEYS.map((k, i) => [k, i])) as { readonly [K in FactKey]: number };

const EMPTY: readonly never[] = Object.freeze([]);

/** The facts of a block that has none, shared: many blocks of a long draft (code, HTML, a thematic break) have none. */
export const NO_FACTS: BlockFacts = Object.freeze(FACT_KEYS.map(() => EMPTY));

export function extractFacts(block: Block, env: ExtractEnv): BlockFacts {
  let any = false;
  try {
    const facts = FACT_KEYS.map((key) => {
      const list = EXTRACTORS[key](block, env);
      if (list.length === 0) return EMPTY;
      any = true;
      return list;
    });
    return any ? facts : NO_FACTS;
  } finally {
    // What the extractors shared about this block (its tokens) is of no use for the next.
    forgetLastBlock();
  }
}

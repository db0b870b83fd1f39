/**
 * Builds a DocumentModel from text: prepare, parse, extract facts. The
 * incremental path (incremental.ts) reuses the blocks an edit did not touch and
 * must produce exactly what this produces.
 */
import type { Config } from '../config/types';
import { referenceData } from '../data/reference';
import { guardsOf, prepare } from '../parse/preprocess';
import { parseBlocks } from '../parse/parse';
import type { Block } from '../parse/blocks';
import { extractFacts, type ExtractEnv } from './facts';
import { DocumentModel, type AnalyzedBlock, type Skipped } from './model';

export interface Source {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Set by an adapter that could not read the file as text (too large, invalid UTF-8). */
  readonly skip?: Skipped;
}

export function buildModel(source: Source, config: Config): DocumentModel {
  const data = referenceData(config);
  const skipped = source.skip ?? checkInput(source.text, config);
  if (skipped) return new DocumentModel(source.uri, source.version, source.text, [], config, data, skipped);
  const prepared = prepare(source.text);
  const env: ExtractEnv = { config, data };
  const blocks = analyzeBlocks(parseBlocks(prepared.text), env);
  return new DocumentModel(source.uri, source.version, source.text, blocks, config, data, undefined, guardsOf(prepared));
}

export function analyzeBlocks(blocks: readonly Block[], env: ExtractEnv): AnalyzedBlock[] {
  return blocks.map((b) => ({ ...b, facts: extractFacts(b, env) }));
}

/**
 * Decides whether a text can be analysed at all. `changed` is the only part
 * that may hold a NUL character, when the text is a new version of one that
 * had none (its other characters were checked before).
 */
export function checkInput(text: string, config: Config, changed: { readonly start: number; readonly end: number } = { start: 0, end: text.length }): Skipped | undefined {
  if (text.length * 3 > config.maxFileSize) {
    const bytes = utf8Length(text);
    if (bytes > config.maxFileSize) return tooLarge(bytes, config.maxFileSize);
  }
  const nul = changed.start === 0 && changed.end === text.length ? text.includes('\u0000') : text.slice(changed.start, changed.end).includes('\u0000');
  return nul ? BINARY : undefined;
}

/** The one wording of each reason a file is not analysed (the CLI checks files before reading them). */
export function tooLarge(bytes: number, limit: number): Skipped {
  return { reason: 'too-large', message: `File not analysed: it is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} (setting "maxFileSize").` };
}

export const BINARY: Skipped = { reason: 'binary', message: 'File not analysed: it contains NUL bytes, so it looks like a binary file, not Markdown.' };

/**
 * The UTF-8 length of `text` (a lone surrogate counts 3, as it is written as
 * U+FFFD). Runs of non-ASCII characters are found by pattern, so that mostly
 * ASCII text costs a native scan, not a loop over every character: this runs
 * on every version of a document.
 */
export function utf8Length(text: string): number {
  let n = text.length;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(text); m; m = NON_ASCII_RUN.exec(text)) {
    // Two bytes per character below U+0800, four per surrogate pair (two code units), three otherwise.
    if (m[1] !== undefined) n += m[1].length;
    else if (m[2] !== undefined) n += m[2].length;
    else if (m[3] !== undefined) n += 2 * m[3].length;
    else n += 2;
  }
  return n;
}

const NON_ASCII_RUN = /([\u0080-\u07ff]+)|((?:[\ud800-\udbff][\udc00-\udfff])+)|([\u0800-\ud7ff\ue000-\uffff]+)|[\ud800-\udfff]/g;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/**
 * Builds a DocumentModel from text: prepare, parse, extract facts. The
 * incremental path (incremental.ts) reuses the blocks an edit did not touch and
 * must produce exactly what this produces.
 */
import type { Config } from '../config/types';
import { referenceData } from '../data/reference';
import { guardsOf, prepare } from '../parse/preprocess';
import { blocksOfPacked, finish, parsePacked, parseSteps, type PackedChunk } from '../parse/parse';
import type { Block } from '../parse/blocks';
import { extractFacts, type ExtractEnv } from './facts';
import { DocumentModel, type AnalyzedBlock, type Skipped, type SyntaxNotes } from './model';

export interface Source {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Set by an adapter that could not read the file as text (too large, invalid UTF-8). */
  readonly skip?: Skipped;
}

export function buildModel(source: Source, config: Config): DocumentModel {
  return finish(buildSteps(source, config));
}

/**
 * buildModel in steps: the generator pauses after each chunk it parses and
 * after every few blocks whose facts it extracts, and returns the model. The
 * language server runs it a slice of time at a time when it reads the
 * workspace's files, so that typing in an open draft is not held up.
 */
export function* buildSteps(source: Source, config: Config): Generator<void, DocumentModel> {
  return yield* modelSteps(yield* parseSourceSteps(source, config), config);
}

/**
 * A source with its syntax: the first of the two steps of buildModel. It is
 * plain data (no functions, no shared objects), so the CLI can parse on one
 * thread and extract facts on another.
 */
export interface ParsedSource extends Source {
  /** Empty when the source is skipped. */
  readonly blocks: readonly Block[];
  readonly notes?: SyntaxNotes;
}

/** Checks, prepares and parses a source: everything of buildModel that calls remark, and nothing after it. */
export function parseSource(source: Source, config: Config): ParsedSource {
  return finish(parseSourceSteps(source, config));
}

function* parseSourceSteps(source: Source, config: Config): Generator<void, ParsedSource> {
  const skip = source.skip ?? checkInput(source.text, config);
  if (skip) return { ...source, skip, blocks: [] };
  const prepared = prepare(source.text);
  return { ...source, blocks: yield* parseSteps(prepared.text), notes: guardsOf(prepared) };
}

/**
 * parseSource in two steps, for two threads: the syntax packed (see
 * parse/packed.ts) by the thread that calls remark, and turned into blocks
 * by `unpackSource` on the thread that extracts the facts.
 */
export interface PackedSource extends Source {
  /**
   * The prepared text the chunks were parsed from, when it is not `text`
   * itself (most texts have nothing to blank): a string crosses to another
   * thread as a copy.
   */
  readonly prepared?: string;
  readonly chunks: readonly PackedChunk[];
  readonly notes?: SyntaxNotes;
}

export function packSource(source: Source, config: Config): PackedSource {
  const skip = source.skip ?? checkInput(source.text, config);
  if (skip) return { ...source, skip, chunks: [] };
  const prepared = prepare(source.text);
  return { ...source, ...(prepared.text === source.text ? {} : { prepared: prepared.text }), chunks: parsePacked(prepared.text), notes: guardsOf(prepared) };
}

/** The ParsedSource that parseSource gives for the same source and configuration. */
export function unpackSource(packed: PackedSource): ParsedSource {
  const { prepared, chunks, ...source } = packed;
  return { ...source, blocks: blocksOfPacked(prepared ?? source.text, chunks) };
}

/** The second step of buildModel: extracts the facts of a parsed source's blocks, with the same configuration. */
export function modelOf(parsed: ParsedSource, config: Config): DocumentModel {
  return finish(modelSteps(parsed, config));
}

function* modelSteps(parsed: ParsedSource, config: Config): Generator<void, DocumentModel> {
  const data = referenceData(config);
  if (parsed.skip) return new DocumentModel(parsed.uri, parsed.version, parsed.text, [], config, data, parsed.skip);
  const env: ExtractEnv = { config, data };
  return new DocumentModel(parsed.uri, parsed.version, parsed.text, yield* analyzeSteps(parsed.blocks, env), config, data, undefined, parsed.notes);
}

export function analyzeBlocks(blocks: readonly Block[], env: ExtractEnv): AnalyzedBlock[] {
  return finish(analyzeSteps(blocks, env));
}

/** How many blocks analyzeSteps extracts the facts of between two pauses: a few milliseconds' work. */
const BLOCKS_PER_STEP = 16;

function* analyzeSteps(blocks: readonly Block[], env: ExtractEnv): Generator<void, AnalyzedBlock[]> {
  const out: AnalyzedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    out.push({ ...b, facts: extractFacts(b, env) });
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
  }
  return out;
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
  return text.slice(changed.start, changed.end).includes('\u0000') ? BINARY : undefined;
}

/** The one wording of each reason a file is not analysed (the CLI checks files before reading them). */
export function tooLarge(bytes: number, limit: number): Skipped {
  // Sizes that round alike are given in bytes: "4,128 bytes, over the limit of 4,096 bytes", not "4.0 KB, over … 4.0 KB".
  const [size, max] = formatBytes(bytes) === formatBytes(limit) ? [inBytes(bytes), inBytes(limit)] : [formatBytes(bytes), formatBytes(limit)];
  return { reason: 'too-large', message: `File not analysed: it is ${size}, over the limit of ${max} (setting "maxFileSize").` };
}

function inBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

export const BINARY: Skipped = { reason: 'binary', message: 'File not analysed: it contains NUL bytes, so it looks like a binary file, not Markdown.' };

/**
 * The UTF-8 length of `text` (a lone surrogate counts 3, as it is written as
 * U+FFFD). Text that is all ASCII, most drafts, is recognized by one native
 * pattern scan.
 */
export function utf8Length(text: string): number {
  if (ASCII.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const ASCII = /^[\u0000-\u007f]*$/;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

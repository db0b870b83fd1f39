/**
 * Go to definition, find references, rename: each domain (SDG targets,
 * instruments, objectives, paragraphs…) provides a `Navigator` that says which
 * symbol is at an offset and where a symbol is defined and referenced in a
 * set of documents. Symbols are identified by a string key such as
 * "sdg-target:10.7" or "objective:3".
 */
import type { Span } from '../text/span';
import type { DocumentModel } from '../model/model';
import type { FeatureContext } from './types';
import type { TextEdit } from '../checks/check';
import { sdgNavigator } from '../sdg/navigation';
import { instrumentNavigator } from '../instruments/navigation';
import { objectiveNavigator, paragraphNavigator } from '../objectives/navigation';

export interface Location {
  readonly uri: string;
  readonly span: Span;
}

export interface SymbolAt {
  readonly key: string;
  /** The characters that name the symbol at the cursor (what rename replaces). */
  readonly span: Span;
}

export interface Navigator {
  symbolAt(model: DocumentModel, offset: number, ctx: FeatureContext): SymbolAt | undefined;
  definitions(key: string, models: readonly DocumentModel[], ctx: FeatureContext): Location[];
  references(key: string, models: readonly DocumentModel[], ctx: FeatureContext): Location[];
  /** Edits per document URI, or a message saying why the rename is refused. */
  rename?(key: string, newName: string, models: readonly DocumentModel[], ctx: FeatureContext): { edits: Map<string, TextEdit[]> } | { error: string };
  /** Why a rename of the symbol would be refused whatever the new name, said before the user types one; undefined if it can go ahead. */
  renameRefused?(key: string, models: readonly DocumentModel[]): string | undefined;
  /** The symbol is the draft's own (an objective or paragraph it numbers): its definitions and references are all in the draft's files. */
  inDraftOnly?(key: string): boolean;
}

/** The registry: one navigator per kind of symbol, asked in this order. */
const NAVIGATORS: readonly Navigator[] = [sdgNavigator, instrumentNavigator, objectiveNavigator, paragraphNavigator];

function find(model: DocumentModel, offset: number, ctx: FeatureContext): { nav: Navigator; symbol: SymbolAt } | undefined {
  for (const nav of NAVIGATORS) {
    const symbol = nav.symbolAt(model, offset, ctx);
    if (symbol) return { nav, symbol };
  }
  return undefined;
}

/**
 * How far navigation from the offset must look: 'draft' when the symbol
 * there is the draft's own, whose definitions and references are all in the
 * document and the other files of its draft, so that the rest of the
 * workspace need not be read; 'workspace' otherwise (an SDG target, an
 * instrument, a GCM objective); undefined when there is no symbol.
 */
export function reachAt(model: DocumentModel, offset: number, ctx: FeatureContext): 'draft' | 'workspace' | undefined {
  const f = find(model, offset, ctx);
  return f ? (f.nav.inDraftOnly?.(f.symbol.key) ? 'draft' : 'workspace') : undefined;
}

/** `models` must include `model` itself. */
export function definitionsAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext): Location[] {
  const f = find(model, offset, ctx);
  return f ? f.nav.definitions(f.symbol.key, models, ctx) : [];
}

export function referencesAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext, includeDeclaration: boolean): Location[] {
  const f = find(model, offset, ctx);
  if (!f) return [];
  const refs = f.nav.references(f.symbol.key, models, ctx);
  if (!includeDeclaration) return refs;
  const defs = f.nav.definitions(f.symbol.key, models, ctx).filter((d) => d.uri !== 'data:');
  return [...defs, ...refs];
}

/** The symbol a rename at the offset would rename, or why it cannot be; `models` are the documents the rename would reach. */
export function prepareRenameAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext): SymbolAt | { error: string } | undefined {
  const f = find(model, offset, ctx);
  if (!f) return undefined;
  if (!f.nav.rename) return { error: 'This reference cannot be renamed.' };
  const refused = f.nav.renameRefused?.(f.symbol.key, models);
  return refused ? { error: refused } : f.symbol;
}

export function renameAt(model: DocumentModel, offset: number, newName: string, models: readonly DocumentModel[], ctx: FeatureContext): { edits: Map<string, TextEdit[]> } | { error: string } | undefined {
  const f = find(model, offset, ctx);
  if (!f) return undefined;
  if (!f.nav.rename) return { error: 'This reference cannot be renamed.' };
  return f.nav.rename(f.symbol.key, newName, models, ctx);
}

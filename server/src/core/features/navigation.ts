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
  /**
   * The symbol is the draft's own (an objective or paragraph it numbers): its
   * definitions and references are all in the draft's files. Any other symbol
   * (an SDG target, an instrument, a GCM objective) is defined by the
   * reference data, in no document.
   */
  inDraftOnly?(key: string): boolean;
}

/** The registry: one navigator per kind of symbol, asked in this order. */
const NAVIGATORS: readonly Navigator[] = [sdgNavigator, instrumentNavigator, objectiveNavigator, paragraphNavigator];

/** The symbol at an offset, with its navigator and how far its definitions and references may be (see navigationAt). */
export interface NavigationTarget {
  readonly nav: Navigator;
  readonly symbol: SymbolAt;
  /**
   * 'draft' when the symbol is the draft's own, whose definitions and
   * references are all in the document and the other files of its draft, so
   * that the rest of the workspace need not be read; 'workspace' otherwise
   * (an SDG target, an instrument, a GCM objective): other documents may
   * cite it, but its definitions are in the reference data, in no document.
   */
  readonly reach: 'draft' | 'workspace';
}

/**
 * What navigation from an offset is about, found once: an adapter asks for
 * it, reads the documents its reach needs, then asks for definitions,
 * references or a rename of it (the *Of functions). Which symbol is at the
 * offset depends on the document alone, not on `ctx.others`.
 */
export function navigationAt(model: DocumentModel, offset: number, ctx: FeatureContext): NavigationTarget | undefined {
  for (const nav of NAVIGATORS) {
    const symbol = nav.symbolAt(model, offset, ctx);
    if (symbol) return { nav, symbol, reach: nav.inDraftOnly?.(symbol.key) ? 'draft' : 'workspace' };
  }
  return undefined;
}

/** `models` must include the document of the target. */
export function definitionsOf(t: NavigationTarget, models: readonly DocumentModel[], ctx: FeatureContext): Location[] {
  return t.nav.definitions(t.symbol.key, models, ctx);
}

export function referencesOf(t: NavigationTarget, models: readonly DocumentModel[], ctx: FeatureContext, includeDeclaration: boolean): Location[] {
  const refs = t.nav.references(t.symbol.key, models, ctx);
  if (!includeDeclaration) return refs;
  const defs = t.nav.definitions(t.symbol.key, models, ctx).filter((d) => d.uri !== 'data:');
  return [...defs, ...refs];
}

/** The symbol a rename would rename, or why it cannot be; `models` are the documents the rename would reach. */
export function prepareRenameOf(t: NavigationTarget, models: readonly DocumentModel[]): SymbolAt | { error: string } {
  if (!t.nav.rename) return { error: 'This reference cannot be renamed.' };
  const refused = t.nav.renameRefused?.(t.symbol.key, models);
  return refused ? { error: refused } : t.symbol;
}

export function renameOf(t: NavigationTarget, newName: string, models: readonly DocumentModel[], ctx: FeatureContext): { edits: Map<string, TextEdit[]> } | { error: string } {
  if (!t.nav.rename) return { error: 'This reference cannot be renamed.' };
  return t.nav.rename(t.symbol.key, newName, models, ctx);
}

// The same by offset, for callers whose documents are all at hand. `models` must include `model` itself.

export function definitionsAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext): Location[] {
  const t = navigationAt(model, offset, ctx);
  return t ? definitionsOf(t, models, ctx) : [];
}

export function referencesAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext, includeDeclaration: boolean): Location[] {
  const t = navigationAt(model, offset, ctx);
  return t ? referencesOf(t, models, ctx, includeDeclaration) : [];
}

export function prepareRenameAt(model: DocumentModel, offset: number, models: readonly DocumentModel[], ctx: FeatureContext): SymbolAt | { error: string } | undefined {
  const t = navigationAt(model, offset, ctx);
  return t && prepareRenameOf(t, models);
}

export function renameAt(model: DocumentModel, offset: number, newName: string, models: readonly DocumentModel[], ctx: FeatureContext): { edits: Map<string, TextEdit[]> } | { error: string } | undefined {
  const t = navigationAt(model, offset, ctx);
  return t && renameOf(t, newName, models, ctx);
}

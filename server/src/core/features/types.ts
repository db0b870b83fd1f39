/**
 * What editor features answer, in the core's terms (offsets, Markdown
 * strings). The language server converts these to LSP types.
 */
import type { Span } from '../text/span';
import type { TextEdit } from '../checks/check';
import type { DocumentModel } from '../model/model';
import type { ReferenceData } from '../data/reference';

export interface HoverResult {
  readonly span: Span;
  /** Markdown. */
  readonly contents: string;
}

export type CompletionKind = 'goal' | 'target' | 'indicator' | 'instrument' | 'term' | 'acronym' | 'objective' | 'paragraph';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label. */
  readonly detail?: string;
  /** Markdown shown in the documentation panel. */
  readonly documentation?: string;
  /** Text inserted over `replace`; defaults to the label. */
  readonly insertText?: string;
  /** The text the entry replaces (what the drafter has typed of it). */
  readonly replace: Span;
  readonly filterText?: string;
  readonly sortText?: string;
  /** Further edits, e.g. defining an acronym at its first use. */
  readonly additionalEdits?: readonly TextEdit[];
}

export interface FeatureContext {
  readonly data: ReferenceData;
  /** Other documents of the same draft, or of the workspace for references. */
  readonly others: readonly DocumentModel[];
}

export type HoverProvider = (model: DocumentModel, offset: number, ctx: FeatureContext) => HoverResult | undefined;
/**
 * How completion was asked for: by the drafter ("invoked"), by typing a
 * trigger character ("character": a space or a full stop), or again while a
 * list the editor was told is incomplete is open ("continued").
 */
export type CompletionTrigger = 'invoked' | 'character' | 'continued';

export type CompletionProvider = (model: DocumentModel, offset: number, ctx: FeatureContext, trigger: CompletionTrigger) => readonly CompletionEntry[];

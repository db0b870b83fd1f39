/**
 * What a check is and what it produces. A check is plain data plus a `run`
 * function over the document model; it never parses text itself.
 */
import type { Span } from '../text/span';
import type { Severity } from '../config/types';
import type { DocumentModel } from '../model/model';
import type { ReferenceData } from '../data/reference';
import type { Config } from '../config/types';
import { suppressionFilter } from '../model/suppressions';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes are applied by `compact-lint --fix`; the others only on request in the editor. */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

export interface RelatedInfo {
  readonly uri?: string;
  readonly span: Span;
  readonly message: string;
}

/** A finding as a check reports it: severity comes from the registry and config. */
export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedInfo[];
}

export interface Finding extends Report {
  readonly checkId: string;
  readonly severity: Severity;
}

export interface CheckContext {
  readonly config: Config;
  readonly data: ReferenceData;
  /** Other documents of the same draft (see `draft.files`); empty for a lone file. */
  readonly draft: readonly DocumentModel[];
}

export type CheckCategory = 'sdg' | 'instruments' | 'references' | 'terminology' | 'document';

export interface Check {
  /** Stable, never reused: used in config, suppression comments and diagnostics. */
  readonly id: string;
  readonly category: CheckCategory;
  readonly defaultSeverity: Severity;
  /** One line, shown in docs/rules.md and the config schema. */
  readonly description: string;
  /** Markdown: why it matters, how to fix it, an example. */
  readonly docs: string;
  run(model: DocumentModel, ctx: CheckContext): Iterable<Report>;
}

/** The severity the document's configuration gives a check, or 'off'. */
export function settingOf(model: DocumentModel, check: Check): Finding['severity'] | 'off' {
  return model.config.checks[check.id] ?? check.defaultSeverity;
}

/** Whether a finding of the check at the offset would be reported: the check is on for the document and no suppression comment silences it there. */
export function reportsAt(model: DocumentModel, check: Check, offset: number): boolean {
  return settingOf(model, check) !== 'off' && !suppressionFilter(model)(check.id, offset);
}

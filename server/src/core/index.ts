/**
 * The public API of the analysis core. The core is pure: no editor, no LSP
 * transport, no file system, no process. Text and configuration come in; the
 * document model, findings and editor answers (hover, completion…) go out, with
 * positions as offsets (Spans).
 */
export type { Span } from './text/span';
export { LineIndex, type Position } from './text/lineIndex';
export type { Config, Severity, SeveritySetting, UserInstrument, UserConcept } from './config/types';
export { DEFAULT_CONFIG, FRAMEWORKS, SEVERITIES, SPELLING_CONVENTIONS } from './config/types';
export { parseConfig, unknownDisabledConcepts, type PartialConfig, type ConfigProblem, type ParsedConfig, type WrittenString } from './config/parse';
export { mergeConfigs } from './config/merge';
export { isDraftMember } from './config/draft';
export type { Check, Finding, Fix, TextEdit, RelatedInfo } from './checks/check';
export { CHECKS, CHECKS_BY_ID } from './checks/index';
export { DocumentModel } from './model/model';
export { buildModel, buildSteps, parseSource, packSource, unpackSource, modelOf, checkInput, tooLarge, BINARY, utf8Length, type Source, type ParsedSource, type PackedSource } from './model/build';
export type { Skipped } from './model/model';
export { lintModel, lintText, type LintOptions } from './lint';
export { applyFixes, applyEditGroups, asOneEdit, selectEditGroups, type FixResult } from './fixes';
export type { HoverResult, CompletionEntry, CompletionKind, CompletionTrigger, FeatureContext } from './features/types';
export { hover } from './features/hover';
export { complete } from './features/completion';
export { updateModel, type Edit } from './model/incremental';
export { outline, type OutlineNode } from './features/outline';
export { objectiveSymbols, type PartSymbol } from './objectives/symbols';
export { renumberAll, type EditResult } from './objectives/renumber';
export { definitionsAt, definitionsOf, navigationAt, prepareRenameAt, prepareRenameOf, referencesAt, referencesOf, renameAt, renameOf, type NavigationTarget, type Location, type Navigator, type SymbolAt } from './features/navigation';

/**
 * The registry: every check, in the order their findings are listed when they
 * start at the same offset. A check is added here and nowhere else.
 */
import type { Check } from './check';
import { notAnalysed } from './document/not-analysed';
import { partlyAnalysed } from './document/partly-analysed';
import { unknownSuppression } from './document/unknown-suppression';
import { unknownGoal } from './sdg/unknown-goal';
import { unknownTarget } from './sdg/unknown-target';
import { unknownIndicator } from './sdg/unknown-indicator';
import { misquotedTarget } from './sdg/misquoted-target';
import { wrongKeyword } from './sdg/wrong-keyword';
import { misnamedTitle } from './instruments/misnamed-title';
import { wrongYear } from './instruments/wrong-year';
import { wrongIloNumber } from './instruments/wrong-ilo-number';
import { ambiguousName } from './instruments/ambiguous-name';
import { unknownInstrument } from './instruments/unknown-instrument';
import { unknownObjective } from './references/unknown-objective';
import { unknownParagraph } from './references/unknown-paragraph';
import { wrongDirection } from './references/wrong-direction';
import { duplicateObjective } from './references/duplicate-objective';
import { objectiveNumbering } from './references/objective-numbering';
import { objectiveTitleMismatch } from './references/objective-title-mismatch';
import { deprecatedTerm } from './terminology/deprecated-term';
import { mixedVariants } from './terminology/mixed-variants';
import { spelling } from './terminology/spelling';
import { fixedTerm } from './terminology/fixed-term';
import { acronymUndefined } from './terminology/acronym-undefined';
import { acronymRedefined } from './terminology/acronym-redefined';

export const CHECKS: readonly Check[] = [
  notAnalysed,
  partlyAnalysed,
  unknownSuppression,
  unknownGoal,
  unknownTarget,
  unknownIndicator,
  wrongKeyword,
  misquotedTarget,
  misnamedTitle,
  wrongYear,
  wrongIloNumber,
  ambiguousName,
  unknownInstrument,
  unknownObjective,
  unknownParagraph,
  wrongDirection,
  duplicateObjective,
  objectiveNumbering,
  objectiveTitleMismatch,
  deprecatedTerm,
  mixedVariants,
  spelling,
  fixedTerm,
  acronymUndefined,
  acronymRedefined,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c) => [c.id, c]));

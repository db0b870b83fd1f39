/**
 * The registry: every check, in the order their findings are listed when they
 * start at the same offset. A check is added here and nowhere else.
 */
import type { Check } from './check';
import { notAnalysed } from './document/not-analysed';
import { partlyAnalysed } from './document/partly-analysed';
import { unknownGoal } from './sdg/unknown-goal';
import { unknownTarget } from './sdg/unknown-target';
import { unknownIndicator } from './sdg/unknown-indicator';
import { misquotedTarget } from './sdg/misquoted-target';

export const CHECKS: readonly Check[] = [
  notAnalysed,
  partlyAnalysed,
  unknownGoal,
  unknownTarget,
  unknownIndicator,
  misquotedTarget,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c) => [c.id, c]));

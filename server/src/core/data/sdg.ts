/**
 * Typed access to the SDG framework: 17 goals, 169 targets, the global
 * indicators (data/sdg.json, from the UN Statistics Division's global indicator
 * framework after the 2023 refinement; see data/SOURCES.md).
 */
import raw from '../../../../data/sdg.json';

export interface SdgGoal {
  readonly number: number;
  readonly id: string;
  readonly short: string;
  readonly title: string;
  readonly targets: readonly string[];
}

export interface SdgTarget {
  readonly id: string;
  readonly goal: number;
  readonly text: string;
  readonly indicators: readonly string[];
}

export interface SdgIndicator {
  readonly id: string;
  readonly target: string;
  readonly goal: number;
  readonly text: string;
}

export interface SdgData {
  readonly goals: ReadonlyMap<string, SdgGoal>;
  readonly targets: ReadonlyMap<string, SdgTarget>;
  readonly indicators: ReadonlyMap<string, SdgIndicator>;
  /** Indicators removed in a refinement: what became of each, with the data's note when it has one. */
  readonly withdrawnIndicators: ReadonlyMap<string, string>;
}

let cache: SdgData | undefined;

export function sdgData(): SdgData {
  if (cache) return cache;
  const r = raw as unknown as {
    goals: SdgGoal[];
    targets: SdgTarget[];
    indicators: SdgIndicator[];
    withdrawnIndicators: { id: string; status: string; note?: string }[];
  };
  cache = {
    goals: new Map(r.goals.map((g) => [g.id, g])),
    targets: new Map(r.targets.map((t) => [t.id, t])),
    indicators: new Map(r.indicators.map((i) => [i.id, i])),
    withdrawnIndicators: new Map(r.withdrawnIndicators.map((w) => [w.id, w.note ? `${w.status}. ${w.note.replace(/\.$/, '')}` : w.status])),
  };
  return cache;
}

/** The official page of a goal on the UN's SDG site. */
export function goalUrl(goal: number): string {
  return `https://sdgs.un.org/goals/goal${goal}`;
}

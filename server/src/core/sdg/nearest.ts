/**
 * Explains a reference to an SDG goal, target or indicator that does not exist
 * by naming the real ones nearest to it.
 */
import type { SdgData } from '../data/sdg';

export function unknownGoalMessage(id: string): string {
  return `There is no SDG ${id}: the Sustainable Development Goals are numbered 1 to 17.`;
}

export function unknownTargetMessage(id: string, sdg: SdgData): string {
  const [goal, sub] = id.split('.') as [string, string];
  const g = sdg.goals.get(goal);
  if (!g) return `SDG target ${id} does not exist: there is no Goal ${goal} (the goals are numbered 1 to 17).`;
  const nearest = nearestIds(sub, g.targets.map((t) => t.split('.')[1] as string)).map((s) => `${goal}.${s}`);
  return `SDG target ${id} does not exist. Goal ${goal} has targets ${describe(g.targets)}; nearest: ${nearest.join(', ')}.`;
}

export function unknownIndicatorMessage(id: string, sdg: SdgData): string {
  const withdrawn = sdg.withdrawnIndicators.get(id);
  if (withdrawn) return `SDG indicator ${id} is ${withdrawn}.`;
  const parts = id.split('.');
  const targetId = `${parts[0]}.${parts[1]}`;
  const t = sdg.targets.get(targetId);
  if (!t) return `SDG indicator ${id} does not exist: ${unknownTargetMessage(targetId, sdg)}`;
  if (t.indicators.length === 0) return `SDG indicator ${id} does not exist: target ${targetId} has no indicator.`;
  return `SDG indicator ${id} does not exist. Target ${targetId} has ${t.indicators.length === 1 ? 'indicator' : 'indicators'} ${t.indicators.join(', ')}.`;
}

/** The one or two candidates closest to `sub` (numbers by value, letters by alphabet). */
function nearestIds(sub: string, candidates: readonly string[]): string[] {
  const key = (s: string): number => (/^\d+$/.test(s) ? Number(s) : 100 + s.charCodeAt(0) - 96);
  const k = key(sub);
  const sameKind = candidates.filter((c) => /^\d+$/.test(c) === /^\d+$/.test(sub));
  const pool = sameKind.length ? sameKind : [...candidates];
  return pool
    .map((c) => ({ c, d: Math.abs(key(c) - k) }))
    .sort((a, b) => a.d - b.d || key(a.c) - key(b.c))
    .slice(0, 2)
    .map((x) => x.c);
}

/** "10.1–10.7 and 10.a–10.c" */
function describe(ids: readonly string[]): string {
  const numeric = ids.filter((i) => /\.\d+$/.test(i));
  const lettered = ids.filter((i) => /\.[a-z]$/.test(i));
  const range = (xs: string[]): string => (xs.length > 1 ? `${xs[0]}–${xs[xs.length - 1]}` : (xs[0] ?? ''));
  return [range(numeric), range(lettered)].filter(Boolean).join(' and ');
}

/**
 * Typed access to the adopted Global Compact for Safe, Orderly and Regular
 * Migration (A/RES/73/195, annex): its 23 objectives with their titles and
 * the paragraph each is set out in (data/gcm.json; see data/SOURCES.md). Used
 * when a draft cites "GCM objective 6" or selects the GCM as its framework.
 */
import raw from '../../../../data/gcm.json';

export interface GcmObjective {
  readonly number: number;
  readonly title: string;
  readonly shortLabel: string;
  /** The paragraph of the Compact that sets the objective out (objective N is paragraph 16 + N). */
  readonly paragraph: number;
}

export interface GcmData {
  readonly title: string;
  readonly symbol: string;
  readonly objectives: ReadonlyMap<number, GcmObjective>;
  /** The number of the Compact's last paragraph (its follow-up and review part ends the text). */
  readonly lastParagraph: number;
}

let cache: GcmData | undefined;

export function gcmData(): GcmData {
  if (cache) return cache;
  const r = raw as unknown as { title: string; documentSymbol: string; objectives: GcmObjective[]; structure: { followUpAndReviewParagraphs: string } };
  cache = {
    title: r.title,
    symbol: r.documentSymbol,
    objectives: new Map(r.objectives.map((o) => [o.number, { number: o.number, title: o.title, shortLabel: o.shortLabel, paragraph: o.paragraph }])),
    lastParagraph: Number(r.structure.followUpAndReviewParagraphs.split('-').pop()),
  };
  return cache;
}

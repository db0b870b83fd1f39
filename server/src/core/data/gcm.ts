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
  /** What paragraph `n` of the Compact sets out, as far as the data says (see paragraphPart); undefined for the paragraphs before the guiding principles. */
  paragraphPart(n: number): GcmParagraphPart | undefined;
  /** The letters of paragraph `n`'s subparagraphs, where the data holds them all (the guiding principles of paragraph 15); undefined elsewhere. */
  subparagraphs(n: number): readonly string[] | undefined;
}

/** A part of the Compact a paragraph belongs to, and what the data names in that paragraph itself. */
export interface GcmParagraphPart {
  /** "Guiding principles", "Objective 6: Facilitate fair and ethical recruitment…", "Implementation", "Follow-up and review". */
  readonly part: string;
  /** Its paragraphs, "40–47", when it has more than one. */
  readonly range?: string;
  /** The bodies or principles the paragraph (or its lettered subparagraph) sets out: "International Migration Review Forum". */
  readonly names: readonly string[];
}

interface RawGcm {
  title: string;
  documentSymbol: string;
  objectives: GcmObjective[];
  structure: { guidingPrinciplesParagraph: number; cooperativeFrameworkParagraph: number; implementationParagraphs: string; followUpAndReviewParagraphs: string };
  guidingPrinciples: { letter: string; name: string }[];
  followUpBodies: { name: string; paragraph: string | null }[];
}

/** "40-47" → [40, 47]. */
function bounds(range: string): [number, number] {
  const [from, to] = range.split('-').map(Number);
  return [from as number, (to ?? from) as number];
}

let cache: GcmData | undefined;

export function gcmData(): GcmData {
  if (cache) return cache;
  const r = raw as unknown as RawGcm;
  const objectives = new Map(r.objectives.map((o) => [o.number, { number: o.number, title: o.title, shortLabel: o.shortLabel, paragraph: o.paragraph }]));
  const byParagraph = new Map([...objectives.values()].map((o) => [o.paragraph, o]));
  const implementation = bounds(r.structure.implementationParagraphs);
  const followUp = bounds(r.structure.followUpAndReviewParagraphs);
  const bodies = (n: number): string[] => r.followUpBodies.filter((b) => b.paragraph === String(n)).map((b) => b.name);
  const principles = { letters: r.guidingPrinciples.map((g) => g.letter), names: r.guidingPrinciples.map((g) => `(${g.letter}) ${g.name}`) };
  cache = {
    title: r.title,
    symbol: r.documentSymbol,
    objectives,
    lastParagraph: followUp[1],
    paragraphPart(n) {
      if (n === r.structure.guidingPrinciplesParagraph) return { part: 'Guiding principles', names: principles.names };
      if (n === r.structure.cooperativeFrameworkParagraph) return { part: 'Cooperative framework', names: [] };
      const o = byParagraph.get(n);
      if (o) return { part: `Objective ${o.number}: ${o.title}`, names: [] };
      if (n >= implementation[0] && n <= implementation[1]) return { part: 'Implementation', range: `${implementation[0]}–${implementation[1]}`, names: bodies(n) };
      if (n >= followUp[0] && n <= followUp[1]) return { part: 'Follow-up and review', range: `${followUp[0]}–${followUp[1]}`, names: bodies(n) };
      return undefined;
    },
    subparagraphs(n) {
      return n === r.structure.guidingPrinciplesParagraph ? principles.letters : undefined;
    },
  };
  return cache;
}

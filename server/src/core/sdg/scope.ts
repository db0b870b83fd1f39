import type { DocumentModel } from '../model/model';
import type { SdgKind, SdgRef } from './extract';

/** A heading that numbers a goal, target or indicator of the document's own: "## Goal 1: …", "### Target 1.8: …". */
const OWN_HEADING = /^(Goal|Target|Indicator)\s+\d+(?:\.\w+){0,2}\b/;

/**
 * What a document numbers of its own in its headings (an action plan with
 * "## Goal 1: …" and "### Target 1.8: …"): goals, targets, indicators. Its
 * indicators are numbered after its targets, so a plan with targets of its
 * own has indicators of its own too.
 */
export function ownLevels(model: DocumentModel): ReadonlySet<SdgKind> {
  return model.derived('sdg/ownLevels', (m) => {
    const levels = new Set<SdgKind>();
    for (const h of m.facts('headings')) {
      const level = OWN_HEADING.exec(h.title)?.[1]?.toLowerCase() as SdgKind | undefined;
      if (level) levels.add(level);
    }
    if (levels.has('target')) levels.add('indicator');
    return levels;
  });
}

/**
 * The document's references to the SDGs. In a document that numbers goals,
 * targets or indicators of its own, a bare "Goal 18", "target 1.8" or
 * "indicator 1.8.1" of that level is the document's, not an SDG reference;
 * "SDG 18", "SDG target 1.8" always are.
 */
export function sdgRefsOf(model: DocumentModel): readonly SdgRef[] {
  return model.derived('sdg/refs', (m) => {
    const own = ownLevels(m);
    const refs = m.facts('sdgRefs');
    return own.size === 0 ? refs : refs.filter((r) => r.keyword === 'sdg' || !own.has(r.kind));
  });
}

import type { DocumentModel } from '../model/model';
import type { SdgRef } from './extract';

/** A heading that numbers a goal, target or indicator of the document's own: "## Goal 1: …", "### Target 1.8: …". */
const OWN_HEADING = /^(?:Goal|Target|Indicator)\s+\d+(?:\.\w+){0,2}\b/;

/**
 * A document that numbers goals, targets or indicators of its own (an action
 * plan with "## Goal 1: …" and "### Target 1.8: …") uses the bare words for
 * those: there, a bare "Goal 18", "target 1.8" or "indicator 1.8.1" is not an
 * SDG reference; "SDG 18", "SDG target 1.8" always are.
 */
export function numbersOwnFramework(model: DocumentModel): boolean {
  return model.derived('sdg/numbersOwnFramework', (m) => m.facts('headings').some((h) => OWN_HEADING.test(h.title)));
}

/** The document's references to the SDGs: its SDG references, less the bare ones that name its own goals, targets and indicators. */
export function sdgRefsOf(model: DocumentModel): readonly SdgRef[] {
  return model.derived('sdg/refs', (m) => (numbersOwnFramework(m) ? m.facts('sdgRefs').filter((r) => r.keyword === 'sdg') : m.facts('sdgRefs')));
}

import type { DocumentModel } from '../model/model';

/**
 * A document that numbers goals of its own (an action plan with "## Goal 1: …")
 * uses "Goal N" for those, so a bare "Goal N" there is not an SDG reference.
 */
export function definesOwnGoals(model: DocumentModel): boolean {
  return model.derived('sdg/definesOwnGoals', (m) => m.facts('headings').some((h) => /^Goal\s+\d+\b/.test(h.title)));
}

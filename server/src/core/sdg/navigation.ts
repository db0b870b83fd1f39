/**
 * Find references of an SDG goal, target or indicator across documents.
 * Symbols are keyed "sdg-goal:10", "sdg-target:10.7", "sdg-indicator:10.7.2".
 * The SDGs are defined in the 2030 Agenda, not in the workspace, so there is
 * no definition to go to; and an official number cannot be renamed.
 */
import type { Location, Navigator } from '../features/navigation';
import type { DocumentModel } from '../model/model';
import type { SdgRef } from './extract';
import { definesOwnGoals } from './scope';
import { refAt } from './hover';

function keyOf(ref: SdgRef): string {
  return `sdg-${ref.kind}:${ref.id}`;
}

/** The SDG references of a document; a bare "Goal N" is the document's own goal when it numbers goals of its own. */
function sdgRefs(model: DocumentModel): readonly SdgRef[] {
  const refs = model.facts('sdgRefs');
  return definesOwnGoals(model) ? refs.filter((r) => !(r.kind === 'goal' && r.keyword === 'goal')) : refs;
}

export const sdgNavigator: Navigator = {
  symbolAt(model, offset) {
    const ref = refAt(sdgRefs(model), offset);
    return ref ? { key: keyOf(ref), span: ref.span } : undefined;
  },
  definitions() {
    return [];
  },
  references(key, models) {
    const out: Location[] = [];
    for (const model of models) {
      for (const ref of sdgRefs(model)) if (keyOf(ref) === key) out.push({ uri: model.uri, span: ref.span });
    }
    return out;
  },
};

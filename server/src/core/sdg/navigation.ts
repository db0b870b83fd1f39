/**
 * Find references of an SDG goal, target or indicator across documents.
 * Symbols are keyed "sdg-goal:10", "sdg-target:10.7", "sdg-indicator:10.7.2".
 * The SDGs are defined in the 2030 Agenda, not in the workspace, so there is
 * no definition to go to; and an official number cannot be renamed.
 */
import type { Location, Navigator } from '../features/navigation';
import type { SdgRef } from './extract';
import { sdgRefsOf } from './scope';
import { refAt } from './hover';

function keyOf(ref: SdgRef): string {
  return `sdg-${ref.kind}:${ref.id}`;
}

export const sdgNavigator: Navigator = {
  symbolAt(model, offset) {
    const ref = refAt(sdgRefsOf(model), offset);
    return ref ? { key: keyOf(ref), span: ref.span } : undefined;
  },
  definitions() {
    return [];
  },
  references(key, models) {
    const out: Location[] = [];
    for (const model of models) {
      for (const ref of sdgRefsOf(model)) if (keyOf(ref) === key) out.push({ uri: model.uri, span: ref.span });
    }
    return out;
  },
};

/**
 * Find all references to an instrument across documents, whatever name each
 * uses (title, short name, acronym, ILO number). Symbols are keyed
 * "instrument:<id>". Instruments are defined in the registry, not in the
 * workspace, so there is no definition to go to and nothing to rename.
 */
import type { Location, Navigator } from '../features/navigation';
import { mentionAt } from './hover';
import { documentMentions } from './documentMentions';

export const instrumentNavigator: Navigator = {
  symbolAt(model, offset) {
    const m = mentionAt(model, offset);
    return m && m.ids.length === 1 ? { key: `instrument:${m.ids[0]}`, span: m.span } : undefined;
  },
  definitions() {
    return [];
  },
  references(key, models) {
    const id = key.slice('instrument:'.length);
    const out: Location[] = [];
    for (const model of models) {
      for (const m of documentMentions(model)) if (m.ids.length === 1 && m.ids[0] === id) out.push({ uri: model.uri, span: m.span });
    }
    return out;
  },
};

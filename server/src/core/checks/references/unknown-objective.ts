/**
 * A reference to an objective the draft does not define, or that the GCM
 * does not have. References that name another document's objectives
 * ("MiGOF objective 1", "objective 2 of the 2030 Agenda") are not checked.
 */
import type { Check, Report } from '../check';
import { draftOf, objectiveIn, objectiveScope } from '../../objectives/resolve';
import { lowest, numberList } from '../../objectives/describe';

export const unknownObjective: Check = {
  id: 'references/unknown-objective',
  category: 'references',
  defaultSeverity: 'error',
  description: 'A reference to an objective that is not defined ("objective 24" when there are 23).',
  docs: `Objectives are renumbered as a draft evolves; a reference that was right in one revision can point at nothing in the next. A reference resolves to the objectives the draft defines (in this file or in the other files of the draft, see \`draft.files\`); when the draft defines none, to the framework selected by \`framework\` (the GCM's 23 objectives by default). "GCM objective 6", "the Global Compact for Migration objective 6", "the GCM, objective 6", "objective 6 of the Global Compact" and "objective 6 (GCM)" always name the GCM's, as does "the Compact's objective 6" in a document that writes about the GCM (a report or a review) rather than being a compact. References to another document's objectives ("objective 2 of resolution 70/1", "the Global Compact on Refugees' objective 2", "the Strategic Plan's objective 2", "its objective 2", an objective in a sentence that names the Global Compact on Refugees and not the GCM, unless the words after it name the draft ("objective 3 of this Compact"), or inside a block quotation) are not checked, nor numbers below the first objective of a draft whose objectives start above 1 (it continues another text). A draft whose objectives repeat the GCM's (a commentary or review with a heading per GCM objective) resolves references to the GCM's objectives, and to those it adds after them ("Objective 24: …").

References may abbreviate the keyword: "Obj. 3", "Objs. 2 and 5".

Invalid: \`in line with objective 24\` (the GCM has 23). Valid: \`in line with objective 23\`, \`objectives 2 to 5\`.`,
  *run(model, ctx): Iterable<Report> {
    const refs = model.facts('partRefs');
    if (refs.length === 0) return;
    const draft = draftOf(model, ctx.draft);
    for (const ref of refs) {
      if (ref.kind !== 'objective') continue;
      const scope = objectiveScope(ref, draft, ctx.data);
      if (scope.kind === 'none') continue;
      const found = objectiveIn(scope, ref.number, ctx.data);
      if (found.defs.length > 0 || found.gcm) continue;
      // A draft whose objectives start above 1 continues another text: lower numbers are that text's.
      if (scope.kind === 'draft' && ref.number < lowest(scope.defs)) continue;
      const message =
        scope.kind === 'gcm'
          ? `The GCM has no objective ${ref.number}: its objectives are numbered 1 to ${ctx.data.gcm.objectives.size}${scope.added ? `, and this draft adds ${definedObjectives([...scope.added.keys()])}` : ''}.`
          : `Objective ${ref.number} is not defined in this draft (it defines ${definedObjectives(scope.defs.map((d) => d.number))}).`;
      yield { span: ref.span, message };
    }
  },
};

/** "objective 3", "objectives 1, 2" or "objectives 1–4". */
function definedObjectives(numbers: readonly number[]): string {
  return new Set(numbers).size === 1 ? `objective ${numberList(numbers)}` : `objectives ${numberList(numbers)}`;
}

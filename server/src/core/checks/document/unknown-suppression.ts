import type { Check, Report } from '../check';
import { directives } from '../../model/suppressions';
// The registry imports this check: its ids are read when the check runs, after the registry is built.
import { CHECKS_BY_ID } from '../index';
import { closestOf } from '../../text/editDistance';

export const unknownSuppression: Check = {
  id: 'document/unknown-suppression',
  category: 'document',
  defaultSeverity: 'warning',
  description: 'A suppression comment names a check that does not exist, so it suppresses nothing.',
  docs: `A comment such as \`<!-- compact-lint-disable-next-line terminology/speling -->\` is meant to silence one check; with a misspelt id it silences nothing, and the finding it was written for stays. Each id that names no check is reported, with a quick fix to the closest check id when one is close. Words after \`--\` are a reason, not ids: \`<!-- compact-lint-disable-next-line sdg/unknown-goal -- cited as written -->\`.

Invalid: \`<!-- compact-lint-disable terminology/speling -->\`. Valid: \`<!-- compact-lint-disable terminology/spelling -->\`.`,
  *run(model): Iterable<Report> {
    for (const d of directives(model)) {
      for (let k = 0; k < d.ids.length; k++) {
        const id = d.ids[k] as string;
        const span = d.idSpans[k];
        if (!span || CHECKS_BY_ID.has(id)) continue;
        const closest = closestOf(id, CHECKS_BY_ID.keys());
        yield {
          span,
          message: `No check has the id "${id}": this comment does not suppress it.${closest ? ` Did you mean "${closest}"?` : ''}`,
          ...(closest ? { fixes: [{ title: `Write "${closest}"`, edits: [{ span, newText: closest }], safe: false, preferred: true }] } : {}),
        };
      }
    }
  },
};

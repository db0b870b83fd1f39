import type { Check, Fix, Report } from '../check';
import { distinctName } from '../../instruments/describe';

export const ambiguousName: Check = {
  id: 'instruments/ambiguous-name',
  category: 'instruments',
  defaultSeverity: 'info',
  description: 'A short name that stands for several instruments ("the Palermo Protocol").',
  docs: `Some short names are used for more than one instrument: "the Palermo Protocol" may be the Trafficking in Persons Protocol or the Smuggling of Migrants Protocol, both adopted at Palermo with the Organized Crime Convention. Name the one you mean; a quick fix is offered for each.

Invalid: \`the Palermo Protocol\`. Valid: \`the Trafficking in Persons Protocol\`, \`the Smuggling of Migrants Protocol\`.`,
  *run(model, ctx): Iterable<Report> {
    const registry = ctx.data.instruments;
    for (const m of model.facts('instrumentMentions')) {
      if (m.ids.length < 2) continue;
      const fixes: Fix[] = [];
      const names: string[] = [];
      for (const id of m.ids) {
        const instrument = registry.byId(id);
        if (!instrument) continue;
        const name = distinctName(instrument, registry);
        names.push(`the ${name}`);
        fixes.push({ title: `Write "${name}"${name === instrument.title ? '' : ` (${instrument.title})`}`, edits: [{ span: m.span, newText: name }], safe: false });
      }
      yield { span: m.span, message: `"${m.name}" may mean ${names.join(' or ')}: name the one you mean.`, fixes };
    }
  },
};

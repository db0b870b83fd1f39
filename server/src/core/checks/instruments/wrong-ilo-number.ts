import type { Check, Report } from '../check';

export const wrongIloNumber: Check = {
  id: 'instruments/wrong-ilo-number',
  category: 'instruments',
  defaultSeverity: 'error',
  description: 'An ILO number written with a known ILO convention that is not its number ("Convention No. 98 on Migration for Employment").',
  docs: `ILO conventions are cited by number as often as by title, and the two are easily mixed up: Convention No. 97 is the Migration for Employment Convention (Revised), 1949; No. 98 is another convention. The number is compared where the text also names the convention by its subject after the number ("ILO Convention No. 98 on Migration for Employment", "Convention No. 190 concerning Domestic Workers") or by its title and its own year before the number ("the Domestic Workers Convention, 2011 (No. 190)", or in the ILO's short form, "(C190)"). A short name with another number and no year, or with another year, names another convention ("the Forced Labour Convention, 1957 (No. 105)" is the Abolition of Forced Labour Convention) and is not compared; nor is a subject of one or two words after a number the registry does not know ("Convention No. 105 on Forced Labour"), which another convention may share. The quick fix writes the convention's number; \`--fix\` leaves it to the drafter, who may mean the convention that bears the number.

Invalid: \`ILO Convention No. 98 on Migration for Employment\`, \`the Domestic Workers Convention, 2011 (No. 190)\`. Valid: \`ILO Convention No. 97 on Migration for Employment\`, \`the Domestic Workers Convention, 2011 (No. 189)\`.`,
  *run(model, ctx): Iterable<Report> {
    for (const m of model.facts('instrumentMentions')) {
      if (!m.number || m.ids.length !== 1) continue;
      const instrument = ctx.data.instruments.byId(m.ids[0] as string);
      if (!instrument || instrument.iloNumber === null || instrument.iloNumber === m.number.value) continue;
      const right = String(instrument.iloNumber);
      // Not applied by --fix: the drafter may mean the convention that bears the number written.
      yield {
        span: m.number.span,
        message: `The ${instrument.title} is ILO Convention No. ${right}, not No. ${m.number.value}.`,
        fixes: [{ title: `Write ${right}`, edits: [{ span: m.number.span, newText: right }], safe: false, preferred: true }],
      };
    }
  },
};

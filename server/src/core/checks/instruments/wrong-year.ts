import type { Check, Report } from '../check';
import { rightYear } from '../../instruments/describe';

export const wrongYear: Check = {
  id: 'instruments/wrong-year',
  category: 'instruments',
  defaultSeverity: 'error',
  description: 'A year written with a known instrument that is not its year ("the 1952 Refugee Convention").',
  docs: `Instruments are often named with their year: the 1951 Refugee Convention, the 1989 Convention on the Rights of the Child, the Forced Labour Convention, 1930. The year is that of adoption (or of the title itself), not of entry into force: a wrong year points readers to a different text, or to none. A short name inside the title of another instrument ("the Abolition of Forced Labour Convention, 1957", "the Universal Declaration on Cultural Diversity"), or followed by another ILO number ("(No. 105)", "(ILO No. 97)"), names that instrument, and its year is not compared; so does a short name after "ILO" ("the ILO Migrant Workers Convention" is not the 1990 Convention). Nor is a year compared before a compound ("the 2017 CMW–CRC joint general comments") or after an acronym ("the CRC of 2023" is a session of the Committee). A year given as the year of adoption after any form of the name, an acronym included (", adopted in 1951", "(adopted by the General Assembly on 20 November 1989)"), is compared too, and so is the year of a treaty's one protocol named after the treaty ("the 1951 Refugee Convention and its 1968 Protocol", "the Forced Labour Convention, 1930, and its 2015 Protocol", or "its Protocol of 2015" as the ILO writes it). The quick fix writes the instrument's year; \`--fix\` leaves it to the drafter, who may mean another instrument. A bare year in parentheses after a name ("the Convention on the Rights of the Child (1990)"), or after a comma for an instrument other than an ILO convention, is not compared either: lists of ratifications write the year a State became a party that way.

Invalid: \`the 1990 CRC\`, \`the 1952 Refugee Convention\`. Valid: \`the 1989 Convention on the Rights of the Child\`, \`the 1951 Refugee Convention and its 1967 Protocol\`.`,
  *run(model, ctx): Iterable<Report> {
    for (const m of model.facts('instrumentMentions')) {
      if (!m.year || m.ids.length !== 1) continue;
      const instrument = ctx.data.instruments.byId(m.ids[0] as string);
      const year = instrument && rightYear(instrument);
      if (!instrument || year === undefined || instrument.years.includes(m.year.value)) continue;
      // Not applied by --fix: the drafter may mean another instrument, whose year it is.
      yield {
        span: m.year.span,
        message: `The ${instrument.title} dates from ${instrument.adopted ? instrument.adopted.slice(0, 4) : instrument.years.join(' or ')}, not ${m.year.value}.`,
        fixes: [{ title: `Write ${year}`, edits: [{ span: m.year.span, newText: String(year) }], safe: false, preferred: true }],
      };
    }
  },
};

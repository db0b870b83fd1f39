import type { Check, Fix, Report } from '../check';
import type { SpanSet } from '../../text/span';
import { reportedTitleMisnamings } from '../terminology/deprecated-term';

export const misnamedTitle: Check = {
  id: 'instruments/misnamed-title',
  category: 'instruments',
  defaultSeverity: 'warning',
  description: 'A title that is close to, but not, the official title or short name of a known instrument.',
  docs: `An instrument is cited by its official title or an established short name. A title with a word left out, swapped, misspelt or put in the singular or the plural ("Forced Labor Convention", "… All Migrant Workers and their Families", "Convention on the Right of the Child") reads as careless in a negotiated text and may not be found by readers searching for the official one. A title written without its leading "International" ("Covenant on Civil and Political Rights") is one too, as is one whose first word is misspelt ("the Convension on the Rights of the Child") when its second word is right, and one with another year inside it after "of" ("the Protocol of 2015 to the Forced Labour Convention, 1930"; a year after a name, as in "Forced Labour Convention, 1957", is instruments/wrong-year's, or another convention's). The quick fix writes the name it resembles, over the whole of the text that stands for it (words swapped at the end included: "by Land, Air and Sea"). A name whose last word is in another number is taken for another instrument ("the Geneva Conventions"). A misnaming that the glossary lists, with its reason ("Global Compact on Safe, Orderly and Regular Migration", "New York Declaration on Refugees and Migrants"), is reported as \`terminology/deprecated-term\` instead, with a fix that \`--fix\` applies.

Invalid: \`the International Convention on the Protection of the Rights of All Migrant Workers and their Families\`. Valid: \`the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families\`, \`the Migrant Workers Convention\`.`,
  *run(model, ctx): Iterable<Report> {
    let glossary: SpanSet | undefined;
    for (const m of model.facts('instrumentMentions')) {
      if (m.match !== 'near') continue;
      // A misnaming the glossary names, with its reason, is reported as a deprecated term (terminology/deprecated-term), with a fix that --fix applies.
      glossary ??= reportedTitleMisnamings(model);
      if (glossary.overlaps(m.span)) continue;
      const instrument = ctx.data.instruments.byId(m.ids[0] ?? '');
      if (!instrument) continue;
      const fixes: Fix[] = [{ title: `Write "${m.name}"`, edits: [{ span: m.span, newText: m.name }], safe: false, preferred: true }];
      if (m.name !== instrument.title) fixes.push({ title: `Write the official title "${instrument.title}"`, edits: [{ span: m.span, newText: instrument.title }], safe: false });
      const official = m.name === instrument.title ? '' : ` (official title: ${instrument.title})`;
      yield { span: m.span, message: `Not quite the name of the instrument: write "${m.name}"${official}.`, fixes };
    }
  },
};


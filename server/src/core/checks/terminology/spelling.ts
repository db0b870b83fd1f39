import type { Check, Report } from '../check';

export const spelling: Check = {
  id: 'terminology/spelling',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'A word spelled against the configured convention (default: UN style, British spelling with -ize).',
  docs: `United Nations texts follow one spelling: British spelling with Oxford -ize (labour, programme, centre, defence, organization, recognize; but analyse). A draft written by many hands mixes American and -ise spellings; each is reported with a quick fix, applied by \`--fix\`.

Set \`"spelling"\` in \`.compact-lint.json\` to \`"un"\` (default), \`"us"\`, \`"en-gb-ise"\` or \`"off"\`. Quotations, code, URLs and official names keep their own spelling ("World Health Organization", "International Labour Organization", "Department of Defense"), as does any capitalized word inside a name, and a name in French or Spanish, also where it opens a sentence ("Organisation internationale pour les migrations", "Organisation des Nations Unies"). A table cell starts a sentence, like a paragraph. One of the official names the data lists, written in another spelling ("International Labor Organization", "World Health Organisation"), is reported with its official form under every convention, since a body's name is spelled one way; names that another body may spell otherwise ("Department of Labor") are not. In a heading written in title case ("Labor Migration Programs") every word is capitalized, so none can be told from a name ("the Center for Migration Studies"): such a heading is not checked, nor is text in capitals. Ambiguous forms ("judgment" of a court, "license" as a verb, "meter" the device) are not reported, nor is "program" as a computer\'s ("computer program", "software programs", "program code").

Invalid: \`The labor market and the organisation of work.\` Valid: \`The labour market and the organization of work.\``,
  *run(model): Iterable<Report> {
    // Instrument names, even misspelled ones, are the instrument checks' concern.
    const names = model.facts('instrumentMentions');
    // Both lists are in document order: one walk over the names, keeping the furthest end of
    // those that start before the slip; the slip is inside a name when that end reaches past it.
    let k = 0;
    let reach = -1;
    for (const s of model.facts('spellingSlips')) {
      for (; k < names.length && (names[k] as (typeof names)[number]).span.start <= s.span.start; k++) reach = Math.max(reach, (names[k] as (typeof names)[number]).span.end);
      if (reach >= s.span.end) continue;
      yield {
        span: s.span,
        message: s.name ? `"${s.found}" is an official name, spelled "${s.replacement}".` : `"${s.found}" is spelled "${s.replacement}" in ${conventionName(model.config.spelling)}.`,
        fixes: [{ title: `${s.name ? 'Write' : 'Spell'} "${s.replacement}"`, edits: [{ span: s.span, newText: s.replacement }], safe: true, preferred: true }],
      };
    }
  },
};

function conventionName(c: string): string {
  return c === 'us' ? 'American spelling' : c === 'en-gb-ise' ? 'British -ise spelling' : 'UN style';
}

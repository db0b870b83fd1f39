import type { Check, Report } from '../check';

export const unknownInstrument: Check = {
  id: 'instruments/unknown-instrument',
  category: 'instruments',
  defaultSeverity: 'info',
  description: 'A capitalized "Convention on …", "Protocol …", "Covenant …", "Agreement …" or "Declaration …" title that is not a known instrument.',
  docs: `A title that looks like an instrument's but is in neither the built-in registry nor your configuration may be misremembered, or may be an instrument the registry does not hold. Check the title; if it is right, add the instrument to \`instruments\` in \`.compact-lint.json\` (with its acronyms and short names) to have it recognized, checked and explained on hover. Headings are not checked, and a title is reported once, at its first use. Turn the check off with \`"checks": { "instruments/unknown-instrument": "off" }\`.

Invalid (unless configured): \`the Convention on Biological Diversity\`. Valid: \`the Convention on the Rights of the Child\`, \`a convention on labour standards\`.`,
  *run(model): Iterable<Report> {
    // Once for each title, at its first use: the title is in the registry or not, wherever it is written.
    const seen = new Set<string>();
    for (const m of model.facts('instrumentMentions')) {
      if (m.match !== 'unknown') continue;
      const key = m.name.replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      yield { span: m.span, message: `"${m.name}" is not a known instrument: check the title or add it to your configuration ("instruments" in .compact-lint.json).` };
    }
  },
};

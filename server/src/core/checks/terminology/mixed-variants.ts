import type { Check, Report } from '../check';
import type { TermMention } from '../../terminology/terms';
import { matchCase } from '../../terminology/terms';

export const mixedVariants: Check = {
  id: 'terminology/mixed-variants',
  category: 'terminology',
  defaultSeverity: 'info',
  description: 'Two or more forms of one concept in a document ("trafficking in persons" and "human trafficking").',
  docs: `A reader of a negotiated text takes two different words for two different things. When a document uses several accepted forms of one glossary concept, the less frequent uses are reported, naming the form the document uses most (the glossary's preferred form on a tie), with a quick fix to it; "Fix all" in the editor aligns the whole document at once. The fix is not applied by \`--fix\`, because a sentence may need rewording around the new form.

Quotations and block quotes are not counted.

Invalid: \`Trafficking in persons is a crime. … victims of human trafficking …\`. Valid: the same form throughout.`,
  *run(model): Iterable<Report> {
    const byConcept = new Map<string, TermMention[]>();
    for (const m of model.facts('termMentions')) {
      if (m.role === 'deprecated' || m.quoted || m.inName) continue;
      const list = byConcept.get(m.concept) ?? [];
      list.push(m);
      byConcept.set(m.concept, list);
    }
    for (const mentions of byConcept.values()) {
      const counts = new Map<string, number>();
      for (const m of mentions) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
      if (counts.size < 2) continue;
      const preferred = mentions[0]?.preferred ?? '';
      const majority = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === preferred) - Number(a[0] === preferred))[0]?.[0] ?? preferred;
      const count = counts.get(majority) ?? 0;
      for (const m of mentions) {
        if (m.term === majority) continue;
        const replacement = matchCase(m.text, majority);
        yield {
          span: m.span,
          message: `"${m.text}" and "${majority}" name the same concept; this document uses "${majority}" ${count === 1 ? 'once' : `${count} times`}.`,
          fixes: [{ title: `Replace with "${replacement}"`, edits: [{ span: m.span, newText: replacement }], safe: false, preferred: true }],
        };
      }
    }
  },
};

import type { Check, Report } from '../check';

export const fixedTerm: Check = {
  id: 'terminology/fixed-term',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'A fixed term written in the wrong case or hyphenation ("member states", "the follow up mechanism").',
  docs: `Some terms have one form in UN usage: "Member States" and "States parties" (State is capitalized when it means a country), "Secretary-General", "General Assembly", "human rights" in running text, "follow-up" as a noun or adjective, "non-refoulement", "whole-of-government approach", "capacity-building", "cooperation". Each occurrence in another form is reported with the reason and a quick fix, applied by \`--fix\`.

Precision comes first: "follow up" is a verb after "to", a modal or a subject ("States will follow up on …") and is reported only as a noun ("the follow up", "follow up mechanism"); proper names ("Human Rights Council") and text in capitals are left alone, as are quotations.

Invalid: \`The follow up mechanism reports to member states.\` Valid: \`The follow-up mechanism reports to Member States.\``,
  *run(model): Iterable<Report> {
    const terms = new Map(model.data.terminology.fixedTerms.map((t) => [t.id, t]));
    for (const s of model.facts('fixedTermSlips')) {
      const reason = firstSentence(terms.get(s.term)?.reason ?? '');
      yield {
        span: s.span,
        message: `Write "${s.replacement}", not "${s.found}". ${reason}`.trim(),
        fixes: [{ title: `Write "${s.replacement}"`, edits: [{ span: s.span, newText: s.replacement }], safe: true, preferred: true }],
      };
    }
  },
};

/** The first sentence of a reason: the message stays one line; the hover and docs carry the rest. */
function firstSentence(text: string): string {
  // An end is followed by a capital (or nothing), so "paras. 15" does not end a sentence.
  const end = text.search(/[.!?](?:\s+[A-Z“"]|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

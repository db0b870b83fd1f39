import type { Check, Report } from '../check';

export const fixedTerm: Check = {
  id: 'terminology/fixed-term',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'A fixed term written in the wrong case or hyphenation ("member states", "the follow up mechanism").',
  docs: `Some terms have one form in UN usage: "Member States" (the Members of the United Nations; "member States" after or before the name of another organization, "member States of the European Union") and "States parties" (State is capitalized when it means a country), "Secretary-General", "General Assembly", "human rights" in running text, "follow-up" as a noun or adjective, "non-refoulement", "whole-of-government approach", "capacity-building", "cooperation". Each occurrence in another form is reported with the reason and a quick fix, applied by \`--fix\`.

Precision comes first: "follow up" is a verb after "to", a modal or a subject ("States will follow up on …") and is reported only as a noun ("the follow up", "follow up mechanism"); "follow-up" is reported as a verb after a modal or "to", but not after "to" before a word it modifies ("access to follow-up care"); proper names ("Human Rights Council") are left alone, as are quotations; headings and the header row of a table may capitalize "Human Rights"; text in capitals is not checked for case ("MEMBER STATES"), only for hyphenation ("THE FOLLOW-UP").

Invalid: \`The follow up mechanism reports to member states.\` Valid: \`The follow-up mechanism reports to Member States.\``,
  *run(model): Iterable<Report> {
    const slips = model.facts('fixedTermSlips');
    if (slips.length === 0) return;
    const terms = new Map(model.data.terminology.fixedTerms.map((t) => [t.id, t]));
    // A draft repeats the same few slips: each reason is shortened once.
    const reasons = new Map<string, string>();
    for (const s of slips) {
      const key = s.reason ?? s.term;
      let reason = reasons.get(key);
      if (reason === undefined) reasons.set(key, (reason = firstSentence(s.reason ?? terms.get(s.term)?.reason ?? '')));
      yield {
        span: s.span,
        message: `Write "${s.replacement}", not "${s.found}". ${reason}`.trim(),
        fixes: [{ title: `Write "${s.replacement}"`, edits: [{ span: s.span, newText: s.replacement }], safe: true, preferred: true }],
      };
    }
  },
};

/**
 * The first sentence of a reason: the message stays short; the docs carry the
 * rest. A sentence ends at ". " before a capital, outside parentheses (which
 * hold abbreviations such as "e.g." and "para.").
 */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || (text[i + 1] === ' ' && /[A-Z“"]/.test(text[i + 2] ?? '')))) return text.slice(0, i + 1);
  }
  return text;
}

/**
 * Whether a glossary term is mentioned rather than used: named by the
 * drafter as a term, in a style guide, a glossary or a table of terms to
 * avoid. The terminology checks leave a mentioned term alone, as they do a
 * quoted one.
 */
import type { Span } from '../text/span';
import { startsSentence } from './context';
import type { Token } from './tokens';

/**
 * The words before a term that name it rather than use it, as quotation marks
 * would: "so-called", "the term", "do not say", "avoid using", "please avoid"
 * ("the term illegal migrant should not be used", "do not say illegal aliens").
 */
const NAMING_BEFORE = /\b(?:so[-\u2010\u2011\s]called|the\s+(?:terms?|words?|expressions?|phrases?)|avoid(?:ing)?\s+(?:using|saying|writing)|please\s+avoid|(?:do\s+not|don['’]t|never)\s+(?:say|use|write))\s+$/i;
/** The end of a clause right after a term: "Avoid illegal migrants; …". */
const CLAUSE_END_AFTER = /^[ \t]*(?:[;.:)\n]|$)/;
/** "instead of" or "rather than" right before a term. */
const INSTEAD_OF = /(?:[Ii]nstead\s+of|[Rr]ather\s+than)\s+$/;
/** Where a clause ends, looking back from a term: a semicolon, a line break, or a full stop before a capital (not "e.g.," or "p. 5"). */
const CLAUSE_CUT = /[;\n]|[.!?]\s+(?=[A-Z])/g;
/** Where a sentence ends, looking on from a term: a line break, or a full stop before a capital (a semicolon does not end it: "Avoid X, and do not say Y; write Z"). */
const SENTENCE_END = /\n|[.!?]\s+(?=[A-Z])/;
/** A term that opens its paragraph, item or cell as a label, after a colon or a dash: an entry of a glossary. */
const LABEL_AFTER = /^[\s*_]*[:–—]/;
/** The first words of a glossary entry that says the term is not to be used, or what to use: "not used", "deprecated", "a term to avoid", "use …". */
const ADVICE_START = /^[\s*_]*[:–—][\s*_]*(?:not\s+(?:used|to\s+be\s+used|recommended)|do\s+not\s+use|don['’]t\s+use|deprecated|outdated|obsolete|discouraged\b(?!\s+by)|(?:an?\s+)?(?:term|word|expression)\s+to\s+avoid|avoid\b|use\b(?!\s+of\b))/i;
/** A verb that tells a writer what to write: "write", "use", "prefer", "the Glossary recommends". */
const WRITE_VERB = /\b(?:writes?|says?|uses?|prefers?|recommend(?:s|ed)?|replaces?|choose)\b/i;
/** What may stand between the term to write and "instead of" right after it: closing markup or quotation marks, and a parenthesis ("*migrants in an irregular situation* (see the Glossary, p. 5) rather than"). */
const BEFORE_INSTEAD = /^[\s*_"”’'`)\]]*(?:\([^()]{0,80}\)[\s*_"”’']*)?$/;
/** The end of a table cell right after a term: markup, then "|". */
const CELL_END_AFTER = /^[ \t*_]*\|/;

/**
 * The spans of the terms a writer may be told to write instead of the one
 * looked at (another term of its concept, not a deprecated one) that start in
 * [from, to) of the run's text.
 */
export type TermsInstead = (from: number, to: number) => readonly Span[];

/**
 * Whether the term at tokens [first, last) of a run (whose text is `text`) is
 * mentioned, not used. After NAMING_BEFORE it is named. After an "Avoid" that
 * opens its sentence, or after "instead of" or "rather than", it is named
 * where the sentence tells the writer to write another term of its concept in
 * its place (`instead`): "write migrants in an irregular situation instead of
 * illegal migrants", "Instead of illegal migrants, the Glossary recommends
 * migrants in an irregular situation", "Avoid illegal migrants, and do not
 * say …; write migrants in an irregular situation", or where the clause ends
 * after "Avoid X". As the label of a glossary entry, it is named where the
 * entry opens with ADVICE_START or its line names a term to write instead; in
 * a table, where it fills its cell and its row names one. "employers of
 * migrants in an irregular situation rather than illegal migrants themselves"
 * and "Avoid illegal migration by reducing the drivers of irregular
 * migration" tell no writer anything: uses.
 */
export function mentioned(text: string, tokens: readonly Token[], first: number, last: number, instead: TermsInstead): boolean {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  if (NAMING_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  const sentenceEnd = (): number => {
    const cut = SENTENCE_END.exec(text.slice(end, end + 150));
    return cut ? end + cut.index : Math.min(text.length, end + 150);
  };
  const avoid = tokens[first - 1];
  if (avoid?.raw === 'Avoid' && startsSentence(tokens, first - 1) && (CLAUSE_END_AFTER.test(text.slice(end, end + 4)) || advisedIn(text, end, sentenceEnd(), instead))) return true;
  const insteadFrom = Math.max(0, start - 20);
  const insteadOf = INSTEAD_OF.exec(text.slice(insteadFrom, start));
  if (insteadOf && (advisedRightBefore(text, clauseStart(text, insteadFrom + insteadOf.index), insteadFrom + insteadOf.index, instead) || advisedIn(text, end, sentenceEnd(), instead))) return true;
  // What stands before it on its line, or in its cell: markup alone (looked at near the term only).
  const before = text.slice(Math.max(0, start - 40), start);
  const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('|')) + 1;
  if (!((from > 0 || start <= 40) && /^[\s\u0000>*+-]*$/.test(before.slice(from)))) return false;
  const lineEnd = (): number => {
    const nl = text.indexOf('\n', end);
    return nl < 0 || nl - end > 300 ? Math.min(text.length, end + 300) : nl;
  };
  // A table of terms to avoid: the term fills its cell, and another cell of its row names the term to write ("| illegal migrants | migrants in an irregular situation |").
  if (before[from - 1] === '|' && CELL_END_AFTER.test(text.slice(end, end + 20))) {
    const head = text.slice(Math.max(0, start - 300), start);
    if (instead(Math.max(0, start - 300) + head.lastIndexOf('\n') + 1, lineEnd()).length > 0) return true;
  }
  if (!LABEL_AFTER.test(text.slice(end, end + 6))) return false;
  // The entry opens by saying the term is not used, or its line names the term to write instead.
  return ADVICE_START.test(text.slice(end, end + 40)) || instead(end, Math.min(lineEnd(), end + 150)).length > 0;
}

/** Where the clause that ends at `at` starts (at most 150 characters back; see CLAUSE_CUT). */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 150);
  const gap = text.slice(from, at);
  let start = 0;
  CLAUSE_CUT.lastIndex = 0;
  for (let c = CLAUSE_CUT.exec(gap); c; c = CLAUSE_CUT.exec(gap)) start = c.index + c[0].length;
  return from + start;
}

/** Whether a term to write instead stands in text[from, to) after a verb that tells a writer what to write. */
function advisedIn(text: string, from: number, to: number, instead: TermsInstead): boolean {
  const verb = WRITE_VERB.exec(text.slice(from, to));
  return verb !== null && instead(from + verb.index, to).length > 0;
}

/** Whether a term to write instead ends right before `to` (past closing markup and a parenthesis), after a verb that tells a writer what to write: "write migrants in an irregular situation" before "instead of". */
function advisedRightBefore(text: string, from: number, to: number, instead: TermsInstead): boolean {
  const last = instead(from, to).at(-1);
  return last !== undefined && BEFORE_INSTEAD.test(text.slice(last.end, to)) && WRITE_VERB.test(text.slice(from, last.start));
}

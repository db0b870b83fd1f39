/**
 * Capitalized titles of instruments that the registry does not know: a
 * "Convention", "Protocol", "Covenant", "Agreement" or "Declaration" followed by
 * "on", "against", "relating to"… and capitalized words ("Convention on
 * Biological Diversity"), with the capitalized words before it ("European
 * Agreement on …"). Lower-case uses ("a convention on labour standards") and
 * a head word alone ("the Convention") are never titles.
 */
import { FUNCTION_WORDS, isCapitalized, type Token } from './tokens';

/** The words an unknown title is built around, as written. */
export const TITLE_HEADS: ReadonlySet<string> = new Set(['Convention', 'Protocol', 'Covenant', 'Agreement', 'Declaration']);
const MAX_WORDS = 30;
const MAX_WORDS_BEFORE = 4;
const CONNECTORS = new Set(['on', 'against', 'relating', 'concerning', 'for', 'of', 'to', 'between']);

/** Between two words of one title: only spaces, line breaks, commas or hyphens, or an apostrophe before "Rights" ("Peoples' Rights"; "Species' Conference" is a body's name). */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[\s,\-–]*$/.test(gap) || (b.raw === 'Rights' && /^['’]\s+$/.test(gap));
}

/** Whether token k continues the capitalized phrase of the token before it ("High-level" is one word of it). */
function continues(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1] as Token;
  return t.segment === prev.segment && joined(text, prev, t) && (isCapitalized(t.raw) || FUNCTION_WORDS.has(t.norm) || CONNECTORS.has(t.norm) || hyphenated(text, prev, t));
}

/** "High-level": the second part of a word joined by a hyphen, in whatever case. */
function hyphenated(text: string, a: Token, b: Token): boolean {
  return /^[-‐‑–]$/.test(text.slice(a.end, b.start));
}

/** The end of a phrase too long to be a title: every head inside it is skipped. */
function runEnd(tokens: readonly Token[], k: number, text: string): number {
  while (k < tokens.length && continues(tokens, k, text)) k++;
  return k;
}

/** The token range of an unknown title whose head word is at `head`, not starting before `floor`. */
export function titleAt(tokens: readonly Token[], head: number, floor: number, text: string): { from: number; to: number } | { skipTo: number } | undefined {
  const h = tokens[head];
  if (!h || !TITLE_HEADS.has(h.raw)) return undefined;
  let j = head + 1;
  const connector = tokens[j];
  if (!connector || !CONNECTORS.has(connector.raw) || !/^\s+$/.test(text.slice(h.end, connector.start))) return undefined;
  if (connector.raw === 'relating') {
    if (tokens[j + 1]?.raw !== 'to') return undefined;
    j++;
  }
  let end = -1;
  for (let k = j + 1; k < tokens.length; k++) {
    // Titles are short: a longer run of capitalized words is a heading-like line, not a title (and scanning it all would be quadratic).
    if (k - head > MAX_WORDS) return { skipTo: runEnd(tokens, k, text) };
    const t = tokens[k] as Token;
    if (!continues(tokens, k, text)) break;
    if (t.norm === 'and' || t.norm === 'or') {
      // "… Diversity and the Convention …", "… and to the …": a second title, not this one's last words.
      const next = tokens[k + 1];
      if (!next || FUNCTION_WORDS.has(next.norm) || TITLE_HEADS.has(next.raw)) break;
    }
    // ", the Convention on …", ", and …": a comma before a small word ends the title (a title's comma comes before a capital: "Prevent, Suppress").
    if (FUNCTION_WORDS.has(t.norm) && text.slice((tokens[k - 1] as Token).end, t.start).includes(',')) break;
    if (FUNCTION_WORDS.has(t.norm) || CONNECTORS.has(t.norm)) continue;
    if ((!isCapitalized(t.raw) && !hyphenated(text, tokens[k - 1] as Token, t)) || /^\d/.test(t.raw)) break;
    end = k;
  }
  // "Agreement on Objective 3": a numbered part of a text, not a title.
  const after = tokens[end + 1];
  if (end < 0 || (after && /^\d/.test(after.raw) && /^\s+$/.test(text.slice((tokens[end] as Token).end, after.start)))) return undefined;
  // "… of Individuals Who are not Nationals of …", "… (Revised 1949)": the title goes on in words or marks its capitals do not follow, and where it ends is unknown.
  if (RELATIVES.has((tokens[end] as Token).norm) || /^\s*\(Revised\b/.test(text.slice((tokens[end] as Token).end, (tokens[end] as Token).end + 12))) return { skipTo: end + 1 };
  let from = head;
  while (from - 1 >= floor && head - from < MAX_WORDS_BEFORE) {
    const p = tokens[from - 1] as Token;
    if (!before(p, tokens[from] as Token, h, text)) break;
    if (!FUNCTION_WORDS.has(p.norm)) {
      from--;
      continue;
    }
    // "Council of Europe Convention": "of" between two capitalized words of the name, not right before the head ("Ratification of Convention …").
    const q = tokens[from - 2];
    if (p.norm !== 'of' || from === head || from - 2 < floor || head - (from - 2) > MAX_WORDS_BEFORE || !q || !before(q, p, h, text) || FUNCTION_WORDS.has(q.norm)) break;
    from -= 2;
  }
  return { from, to: end + 1 };
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);

/** Whether `p` continues the words of a title back from `t`: capitalized (or "of"), in the head's segment, and joined by a space or a hyphen ("Inter-American"). */
function before(p: Token, t: Token, h: Token, text: string): boolean {
  return p.segment === h.segment && (isCapitalized(p.raw) || p.norm === 'of') && !/^\d/.test(p.raw) && /^(?:\s+|[-–])$/.test(text.slice(p.end, t.start));
}

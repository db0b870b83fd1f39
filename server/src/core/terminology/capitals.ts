/**
 * Words in capitals that are not acronyms: text written in capitals for
 * emphasis or as a heading ("THE GCM: WHY IS IT IMPORTANT?", "MEMBER
 * STATES"), an ordinary word in capitals for emphasis ("States MUST ensure",
 * "NOT", "ALL": the RFC 2119 keywords and English function words of the
 * data), a place's designation after its name ("Hong Kong SAR", "Lao PDR"),
 * parts of document symbols ("A/RES/71/280") and currencies before an amount
 * ("US$8 million", "EUR 5 million").
 */
import { adjacent, isAllCaps, type Token } from './tokens';

type Listed = (acronym: string) => boolean;

/**
 * A neighbouring word in capitals that is not a listed acronym: words written
 * in capitals for emphasis ("MEMBER STATES"), a short function word among
 * them too ("ORGANISATION OF WORK").
 */
export function shouting(t: Token | undefined, listed: Listed): boolean {
  return t?.kind === 'word' && (t.raw.length >= 3 || SHORT_WORDS.has(t.raw)) && isAllCaps(t.raw) && !listed(t.raw);
}

const SHORT_WORDS = new Set(['OF', 'IN', 'ON', 'TO', 'AT', 'BY', 'OR', 'AS', 'AN']);

/**
 * The line of a token in `text` (how many line breaks come before it), for
 * tokens asked for in document order. Tokens hold no line break, so the count
 * is of the text before the token; the next line break not yet counted is
 * remembered, so the text is scanned once in all, however many tokens are
 * asked for, and not at all if none is.
 */
export function lineCounter(text: string): (t: Token) => number {
  let breaks = 0;
  // -2: not looked for yet; -1: none left.
  let next = -2;
  return (t) => {
    if (next === -2) next = text.indexOf('\n');
    while (next !== -1 && next < t.start) {
      breaks++;
      next = text.indexOf('\n', next + 1);
    }
    return breaks;
  };
}

/**
 * Lines of a run written in capitals ("THE GCM: WHY IS IT IMPORTANT?"): more
 * words in capitals that are not listed acronyms (nor parts of document
 * symbols) than words in lower case.
 * Their words are not acronyms.
 */
export function shoutedLines(text: string, tokens: readonly Token[], listed: Listed): Set<number> {
  // Most runs have no word in capitals that is not a listed acronym, and so no such line: no need to count.
  if (!tokens.some((t) => t.kind === 'word' && isAllCaps(t.raw) && !listed(t.raw))) return new Set();
  const caps = new Map<number, number>();
  const lower = new Map<number, number>();
  const lineOf = lineCounter(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !/\p{L}/u.test(t.raw)) continue;
    const line = lineOf(t);
    // The parts of document symbols ("See A/RES/76/266, E/CN.3/2024/2") are not words in capitals.
    if (isAllCaps(t.raw) && !listed(t.raw) && !inSymbol(tokens, i)) caps.set(line, (caps.get(line) ?? 0) + 1);
    else if (t.raw !== t.raw.toUpperCase() && !listed(t.raw)) lower.set(line, (lower.get(line) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [l, n] of caps) if (n > (lower.get(l) ?? 0)) out.add(l);
  return out;
}

/**
 * A designation from the data right after the place it belongs to: "Hong
 * Kong SAR", "Lao PDR". Elsewhere it may be an acronym ("the SAR team", "the
 * Maltese SAR zone": search and rescue).
 */
export function designation(text: string, tokens: readonly Token[], i: number, designations: ReadonlySet<string>): boolean {
  const t = tokens[i] as Token;
  const name = tokens[i - 1];
  return name?.kind === 'word' && designations.has(`${name.raw} ${t.raw}`) && adjacent(text, name, t);
}

/**
 * A currency before an amount: "US$8 million", "EUR 5 million". A currency's
 * code has three letters: "the ARCP 5 members" names an acronym.
 */
export function amount(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  return (n?.norm === '$' && n.start === t.end) || (t.raw.length === 3 && n?.kind === 'word' && /^\d/.test(n.raw));
}

/**
 * A negotiation's label of an operative or preambular paragraph: "OP 3",
 * "PP2", "OPs 4–6", or the heading of a comments matrix's column of them
 * ("| OP | Proposed text |", "| OP/PP |"), alone in its cell.
 */
export function paragraphLabel(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!PARAGRAPH_LABELS.has(t.raw)) return false;
  const n = tokens[i + 1];
  // Alone in a header's cell, or beside the other label there ("| OP/PP |").
  const around = (t: Token | undefined): boolean => t?.raw === '|' || t?.raw === '/';
  return (n?.kind === 'word' && /^\d/.test(n.raw)) || (around(tokens[i - 1]) && around(n));
}

const PARAGRAPH_LABELS = new Set(['OP', 'PP', 'OPs', 'PPs']);

/**
 * Part of a document symbol such as "A/RES/71/280": a single letter or a
 * number across a slash, or the series letter that opens a symbol of two
 * slashes or more ("A" of "A/HRC/35/25", "E" of "E/CN.3/2024/2").
 */
export function inSymbol(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  const n = tokens[i + 1];
  const nn = tokens[i + 2];
  const short = (w: Token | undefined): boolean => w?.kind === 'word' && (w.raw.length === 1 || /^\d+$/.test(w.raw));
  if ((p?.norm === '/' && p.end === t.start && short(pp)) || (n?.norm === '/' && n.start === t.end && (short(nn) || (t.raw.length === 1 && slashesAfter(tokens, i) >= 2)))) return true;
  return ((p?.norm === '/' && p.end === t.start) || (n?.norm === '/' && n.start === t.end) || (n?.norm === '.' && n.start === t.end)) && numberedSymbolAt(tokens, i);
}

/** The most tokens a document symbol has ("ECE/TRANS/WP.29/2024/45" has 11): longer runs without spaces are no symbol, and are not walked further. */
const MAX_SYMBOL_TOKENS = 40;

/**
 * Whether the token at `i` is part of a symbol written without spaces with two
 * slashes or more and a number: "CRC/GC/2005/6", "GB.341/INS/5",
 * "ECE/TRANS/WP.29/2024/45" (not "UNHCR/IOM").
 */
function numberedSymbolAt(tokens: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && (tokens[from - 1] as Token).end === (tokens[from] as Token).start) {
    if (i - --from >= MAX_SYMBOL_TOKENS) return false;
  }
  let slashes = 0;
  let number = false;
  for (let k = from; k < tokens.length && (k === from || (tokens[k] as Token).start === (tokens[k - 1] as Token).end); k++) {
    if (k - from >= MAX_SYMBOL_TOKENS) return false;
    const w = tokens[k] as Token;
    if (w.norm === '/') slashes++;
    else if (w.kind === 'word' && /^\d+$/.test(w.raw)) number = true;
  }
  return slashes >= 2 && number;
}

/** The slashes in the text written without a space from token `i` on (within a symbol's length, see MAX_SYMBOL_TOKENS). */
function slashesAfter(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_SYMBOL_TOKENS && (tokens[k] as Token).start === (tokens[k - 1] as Token).end; k++) if ((tokens[k] as Token).norm === '/') n++;
  return n;
}

/**
 * Acronym definitions: an acronym in parentheses right after its long form.
 * The long form is the acronym's expansion from the data or the instrument
 * registry when the text ends with it, else the words before the parenthesis
 * whose initials spell the acronym (small words such as "of" and "the" may be
 * skipped); null when neither fits.
 */
import type { ExtractEnv } from '../model/facts';
import { dataPhraseWords, isAllCaps, isCapitalized, type Token } from './tokens';
import { ACRONYM_SHAPE, acronymKey, expansionOf } from './acronymData';

/** Where a definition's long form is, as token indexes (end exclusive); null when none fits. */
export interface Definition {
  readonly long: { readonly first: number; readonly last: number } | null;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'del', 'los', 'las', 'y', 'para', 'pour']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
/** Words before a quoted acronym in parentheses. */
const QUOTE_LEADS = new Set(['the', 'hereinafter', 'hereafter']);
/** The words that may follow "hereinafter" before the acronym: "(hereinafter referred to as “IOM”)", "(hereinafter called the IOM)". */
const HEREINAFTER_WORDS = new Set(['referred', 'to', 'as', 'called', 'the']);

/** The index of "hereinafter" (or "hereafter") when it and the words that may follow it stand right before `first`, after "(" or ",". */
function hereinafterBefore(tokens: readonly Token[], first: number): number | undefined {
  let k = first;
  while (HEREINAFTER_WORDS.has(tokens[k - 1]?.norm ?? '') && first - k < 4) k--;
  const word = tokens[k - 1]?.norm;
  const opener = tokens[k - 2]?.norm;
  return (word === 'hereinafter' || word === 'hereafter') && (opener === '(' || opener === ',') ? k - 1 : undefined;
}
/**
 * Where a legal definition's parentheses open when the quoted acronym comes
 * after other quoted short names, "or" between them: "The Committee on
 * Migrant Workers ("the Committee" or "CMW")". `first` is the acronym's
 * opening quote (or the "the" before it); the result is the first quote of
 * the first alternative, or `first` itself.
 */
function pastAlternatives(tokens: readonly Token[], first: number): number {
  let at = first;
  while (tokens[at - 1]?.norm === 'or' && CLOSING_QUOTES.has(tokens[at - 2]?.norm ?? '')) {
    let k = at - 3;
    while (k >= at - 10 && k >= 0 && !OPENING_QUOTES.has((tokens[k] as Token).norm)) k--;
    if (k < at - 10 || k < 0) break;
    while (QUOTE_LEADS.has(tokens[k - 1]?.norm ?? '')) k--;
    at = k;
  }
  return at;
}

/** What may stand between an acronym and a long form that follows it: "ABC (Long Name)", "ABC: Long Name", "ABC – Long Name", "ABC = Long Name", "| ABC | Long Name |" in a table of abbreviations. */
const LEADS = new Set(['(', '–', '—', ':', '|', '-', '=']);

/** A generation's number after an acronym: "II", "3". */
const GENERATION = /^(?:I{2,3}|IV|VI{0,3}|\d)$/;

/**
 * An acronym in parentheses right after words: "Long Name (ABC)", also
 * quoted, "Long Name ("ABC")" or "(the “ABC”)", "(UN ABC)" after a known acronym, "(ABC/DEF)" for a ratio, "(ABC Convention)"
 * after a convention's name, and "(ABC, 2007)" when the words before spell
 * it. Or an acronym followed by the words that spell it: "ABC (Long Name)",
 * "ABC Initiative – Long Name".
 */
export function definitionAt(tokens: readonly Token[], acronym: string, first: number, last: number, env: ExtractEnv): Definition | null {
  // The legal way of defining a term: "International Organization for Migration ("IOM")", "(the “ILO”)", "(hereinafter “IOM”)".
  if (OPENING_QUOTES.has(tokens[first - 1]?.norm ?? '') && CLOSING_QUOTES.has(tokens[last]?.norm ?? '')) {
    first--;
    last++;
    while (QUOTE_LEADS.has(tokens[first - 1]?.norm ?? '')) first--;
    first = pastAlternatives(tokens, first);
  }
  // "(hereinafter referred to as “IOM”)", "(hereinafter IOM)": the words of a legal definition, quoted or not.
  const lead = hereinafterBefore(tokens, first);
  if (lead !== undefined) first = lead;
  const joint = jointDefinition(tokens, first, last, env);
  if (joint !== null) return joint;
  let paren = first - 1;
  if (tokens[paren]?.kind === 'word' && isAllCaps((tokens[paren] as Token).raw) && tokens[paren - 1]?.norm === '(') paren--;
  // "the Migration Multi-Partner Trust Fund (Migration MPTF)": a short form that keeps a word of the name before the acronym.
  else if (tokens[paren]?.kind === 'word' && isCapitalized((tokens[paren] as Token).raw) && tokens[paren - 1]?.norm === '(' && inNameBefore(tokens, paren - 1, (tokens[paren] as Token).norm)) paren--;
  // "official development assistance (ODA/GNI)": a ratio named after its long form defines both acronyms.
  const second = tokens[paren]?.norm === '/' && capsWord(tokens[paren - 1]) && tokens[paren - 2]?.norm === '(';
  if (second) paren -= 2;
  const paired = tokens[last]?.norm === '/' && capsWord(tokens[last + 1]) && tokens[last + 2]?.norm === ')';
  // Only when the words before spell the first: "jointly (UNHCR/IOM)" names two bodies, it defines neither.
  if ((second || paired) && longFormBefore(tokens, paren, (tokens[paren + 1] as Token).raw, env) === null) return null;
  // "the Schengen Information System (SIS II)": the number of a system's generation after the acronym belongs to its name.
  const close = paired || (GENERATION.test(tokens[last]?.raw ?? '') && tokens[last + 1]?.norm === ')') ? ')' : tokens[last]?.norm;
  // ", hereafter ILO,": the comma opens the legal definition as a parenthesis would.
  if ((tokens[paren]?.norm === '(' || (lead !== undefined && tokens[paren]?.norm === ',')) && tokens[paren - 1]?.kind === 'word') {
    // "(CRC Committee)" after the Committee's name defines the acronym without spelling it: its long form is the instrument's.
    if (namesKind(tokens, paren, last)) return { long: null };
    if (close === ')' || close === ',') {
      const long = longFormBefore(tokens, paren, acronym, env);
      if (long !== null) return { long: { first: withNameBefore(tokens, long), last: paren } };
      // A long form the initials do not spell exactly is capitalized ("the UN Refugee Agency (UNHCR)"), has them in order among
      // other words ("inter-state consultation mechanisms on migration (ISCM)"), or is a ratio's other part (checked above);
      // after other words in lower case, "(IOM)" cites a source ("migrant deaths rose (IOM)").
      if ((close === ')' || lead !== undefined) && (second || paired || !startsLower((tokens[paren - 1] as Token).raw) || initialsBefore(tokens, paren, acronym))) return { long: null };
    }
  }
  const cell = wholeCellBefore(tokens, first, last, acronym);
  if (cell !== null) return { long: { first: pastArticle(tokens, cell, first - 1), last: first - 1 } };
  const apposition = appositionAfter(tokens, last, acronym, env);
  if (apposition !== null) return { long: apposition };
  // An entry of a list of abbreviations written inline, "Abbreviations: CSO, civil society organization; NCM, …": a comma leads it.
  if (tokens[last]?.norm === ',' && inlineListEntry(tokens, first)) {
    const end = wholeEntryAfter(tokens, first, last, acronym);
    if (end !== null) return { long: { first: last + 1, last: end } };
  }
  for (const lead of [last, last + 1]) {
    if (!LEADS.has(tokens[lead]?.norm ?? '') || (lead > last && tokens[last]?.kind !== 'word')) continue;
    const end = longFormAfter(tokens, lead + 1, acronym, env) ?? wholeEntryAfter(tokens, first, lead, acronym) ?? nameInParentheses(tokens, lead, acronym);
    // "IOM: the International Organization for Migration".
    if (end !== null) return { long: { first: pastArticle(tokens, lead + 1, end), last: end } };
  }
  return null;
}

/** The first word of a long form from `first` to `end` (exclusive) past a leading article, which is not part of it ("| The International Organization for Migration | IOM |"). */
function pastArticle(tokens: readonly Token[], first: number, end: number): number {
  return ARTICLES.has(tokens[first]?.norm ?? '') && end > first + 1 ? first + 1 : first;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** What may end a long form set after its acronym between commas. */
const APPOSITION_ENDS = new Set([',', ';', '.', ')', ':']);

/**
 * A long form set after the acronym between commas: "UNHCR, the Office of the
 * United Nations High Commissioner for Refugees, supports …", "MPTF, the
 * Migration Multi-Partner Trust Fund, …". After a comma the long form (see
 * longFormAfter, after up to three capitalized words of the name) must be
 * written as a name, in capitals but for small words, and end its clause:
 * "IOM, in order to manage …" spells the letters but defines nothing.
 */
function appositionAfter(tokens: readonly Token[], last: number, acronym: string, env: ExtractEnv): { first: number; last: number } | null {
  if (tokens[last]?.norm !== ',' || tokens[last + 1]?.kind !== 'word') return null;
  const from = tokens[last + 1]?.norm === 'the' ? last + 2 : last + 1;
  for (let at = from; at <= from + 3 && isCapitalized(tokens[at]?.raw ?? ''); at++) {
    const end = longFormAfter(tokens, at, acronym, env);
    if (end !== null && writtenAsName(tokens, from, end) && (end >= tokens.length || APPOSITION_ENDS.has((tokens[end] as Token).norm))) return { first: from, last: end };
  }
  return null;
}

/** Whether the words from `from` to `end` (exclusive) are capitalized, small words in lower case between them. */
function writtenAsName(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && !wordOfName(tokens, j)) return false;
  }
  return true;
}

/** Whether the word at `j` may be written in a name: capitalized, a small word ("of", "and"), or after a hyphen ("Multi-partner"). */
function wordOfName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return isCapitalized(t.raw) || SMALL_WORDS.has(t.norm) || tokens[j - 1]?.norm === '-';
}

/** What separates the acronyms of a list in one pair of parentheses: "(IOM and UNDP)", "(CMW–CRC)", "(RCPs/IRFs)", "(IOM, UNHCR and UNICEF)". */
const LIST_SEPARATORS = new Set(['and', ',', '/', '–', '-', '&']);

/** An acronym in a list, in the singular or the plural ("RCPs"). */
function listed(t: Token | undefined): boolean {
  return t?.kind === 'word' && ACRONYM_SHAPE.test(t.raw);
}

/**
 * The acronyms of a list in one pair of parentheses that holds the acronym
 * at tokens `first` to `last` (end exclusive; one word) ("(CMW–CRC)",
 * "(IOM and UNDP)", "(IOM, UNHCR and UNICEF)"): the token index of each,
 * and of the opening parenthesis; undefined when the acronym is not in
 * such a list.
 */
export function acronymListAt(tokens: readonly Token[], first: number, last: number): { readonly open: number; readonly items: readonly number[] } | undefined {
  if (last !== first + 1) return undefined;
  let open = first - 1;
  while (open > 0 && first - open <= 12 && (LIST_SEPARATORS.has(tokens[open]?.norm ?? '') || listed(tokens[open]))) open--;
  if (tokens[open]?.norm !== '(') return undefined;
  // From the parenthesis: an acronym, one or two separators ("and", ", and"), an acronym… then ")".
  const items: number[] = [];
  let j = open + 1;
  for (;;) {
    if (!listed(tokens[j])) return undefined;
    items.push(j++);
    const from = j;
    while (j - from < 2 && LIST_SEPARATORS.has(tokens[j]?.norm ?? '')) j++;
    if (j === from) break;
  }
  return items.length >= 2 && items.includes(first) && tokens[j]?.norm === ')' ? { open, items } : undefined;
}

/**
 * Acronyms listed in one pair of parentheses after their long forms, listed
 * in the same order: "the Committee on Migrant Workers and the Committee on
 * the Rights of the Child (CMW–CRC)", "the International Organization for
 * Migration and the United Nations Development Programme (IOM and UNDP)".
 * Each long form must spell its acronym (or be its known expansion), and
 * the long forms must be joined by "and" or a comma ("the" may follow);
 * otherwise null, and the list is read as any other acronyms in parentheses
 * ("jointly (UNHCR/IOM)" defines neither).
 */
function jointDefinition(tokens: readonly Token[], first: number, last: number, env: ExtractEnv): Definition | null {
  const list = acronymListAt(tokens, first, last);
  if (!list) return null;
  const { open, items } = list;
  const at = items.indexOf(first);
  // The long forms, from the last back to the first.
  let end = open;
  let mine: { first: number; last: number } | null = null;
  for (let k = items.length - 1; k >= 0; k--) {
    const start = longFormBefore(tokens, end, (tokens[items[k] as number] as Token).raw, env);
    if (start === null || start === end) return null;
    if (k === at) mine = { first: start, last: end };
    if (k === 0) break;
    let sep = start;
    if (tokens[sep - 1]?.norm === 'the') sep--;
    if (tokens[sep - 1]?.norm === 'and') sep--;
    if (tokens[sep - 1]?.norm === ',') sep--;
    if (sep === start || (sep === start - 1 && tokens[start - 1]?.norm === 'the')) return null;
    end = sep;
  }
  return mine === null ? null : { long: mine };
}

/**
 * The end (exclusive) of a long form that fills an entry of a table or list
 * of abbreviations, written as the body calls itself ("| MPTF | Migration
 * Multi-Partner Trust Fund |", "MPTF: Migration Multi-Partner Trust Fund",
 * "…; NCM, national coordination mechanism;"), when its words hold the
 * acronym's letters, in order, as initials: the whole cell, or the rest of
 * an entry that the acronym opens (up to a full stop or a semicolon). Null otherwise.
 */
function wholeEntryAfter(tokens: readonly Token[], first: number, lead: number, acronym: string): number | null {
  const cell = tokens[lead]?.norm === '|';
  if (!cell && first !== 0 && !inlineListEntry(tokens, first)) return null;
  const want = letters(acronym);
  let end = lead + 1;
  let words = 0;
  for (; end < tokens.length; end++) {
    const t = tokens[end] as Token;
    // "IOM: The International Organization for Migration (IOM) stressed …" is a statement under a speaker's label, not an entry.
    if (t.kind === 'word') {
      if (t.raw === acronym) return null;
      words++;
    } else if (cell ? t.norm === '|' : t.norm === '.' || t.norm === ';') break;
    else if (!/^[-,&'’()]$/.test(t.norm)) return null;
  }
  if ((cell && tokens[end]?.norm !== '|') || words === 0 || words > reachOf(want)) return null;
  return spellsInOrder(tokens, lead + 1, end, want) ? end : null;
}

/**
 * An entry of a list of abbreviations pasted from a word processor, the
 * acronym opening its line and a tab after it: "IOM⇥International
 * Organization for Migration". The long form is the rest of the line, when
 * its words hold the acronym's letters, in order, as initials. `text` is the
 * run's text, which tokens do not keep the tabs of.
 */
export function tabbedEntryAt(text: string, tokens: readonly Token[], first: number, last: number, acronym: string): Definition | null {
  const next = tokens[last];
  const acronymEnd = (tokens[last - 1] as Token).end;
  if (!next || !text.slice(acronymEnd, next.start).includes('\t')) return null;
  // The acronym opens its line, past a few list or quotation markers: looked at near it only, never along a long line.
  const start = (tokens[first] as Token).start;
  const head = text.slice(Math.max(0, start - 12), start);
  const nl = head.lastIndexOf('\n');
  if ((nl < 0 && start > 12) || !/^[ \t>*+-]*$/.test(head.slice(nl + 1))) return null;
  // The long form is the rest of the line: words, within the reach of the acronym's letters.
  const want = letters(acronym);
  const reach = reachOf(want);
  let end = last;
  for (; end < tokens.length; end++) {
    const t = tokens[end] as Token;
    if (text.slice((tokens[end - 1] as Token).end, t.start).includes('\n')) break;
    if (end - last >= reach || (t.kind !== 'word' && !/^[-,&'’()]$/.test(t.norm))) return null;
  }
  return spellsInOrder(tokens, last, end, want) ? { long: { first: last, last: end } } : null;
}

/**
 * Whether the acronym at `first` opens an entry of a list of abbreviations
 * written inline: after the colon of its label ("Abbreviations:", "List of
 * acronyms:") or after a semicolon that ends an earlier entry of that list.
 */
function inlineListEntry(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.norm;
  if (before !== ';' && before !== ':') return false;
  for (let j = first - 1; j > 0; j--) {
    const t = tokens[j] as Token;
    if (t.norm === ':') return LIST_LABELS.has(tokens[j - 1]?.norm ?? '');
    if (t.norm === '.') return false;
  }
  return false;
}

const LIST_LABELS = new Set(['abbreviations', 'acronyms', 'abbreviation', 'acronym']);

/**
 * The first token of a long form that fills the table cell before the
 * acronym's own cell, in a table of abbreviations that gives the name first
 * ("| Global Forum on Migration and Development | GFMD |"), when its words
 * hold the acronym's letters, in order, as initials. Null otherwise.
 */
function wholeCellBefore(tokens: readonly Token[], first: number, last: number, acronym: string): number | null {
  if (tokens[first - 1]?.norm !== '|' || (last < tokens.length && tokens[last]?.norm !== '|')) return null;
  const want = letters(acronym);
  let from = first - 1;
  let words = 0;
  for (; from > 0 && tokens[from - 1]?.norm !== '|'; from--) {
    const t = tokens[from - 1] as Token;
    if (t.kind === 'word') words++;
    else if (!/^[-,&'’()]$/.test(t.norm)) return null;
  }
  if (from === 0 || words === 0 || words > reachOf(want)) return null;
  return spellsInOrder(tokens, from, first - 1, want) ? from : null;
}

/**
 * The end (exclusive) of a name in parentheses after the acronym, "MPTF
 * (Migration Multi-Partner Trust Fund)": capitalized words, with small words
 * and hyphens between them, that hold the acronym's letters in order as
 * initials, up to the closing parenthesis. Null otherwise.
 */
function nameInParentheses(tokens: readonly Token[], lead: number, acronym: string): number | null {
  if (tokens[lead]?.norm !== '(') return null;
  const want = letters(acronym);
  let end = lead + 1;
  for (; end < tokens.length && end - lead <= reachOf(want); end++) {
    const t = tokens[end] as Token;
    if (t.norm === ')') break;
    if (t.kind === 'word' ? !wordOfName(tokens, end) : !/^[-,&'’]$/.test(t.norm)) return null;
  }
  if (tokens[end]?.norm !== ')' || end === lead + 1 || !isCapitalized((tokens[lead + 1] as Token).raw)) return null;
  return spellsInOrder(tokens, lead + 1, end, want) ? end : null;
}

/** Whether words from `from` to `end` (exclusive) start with the acronym's letters, in order, among other words. */
function spellsInOrder(tokens: readonly Token[], from: number, end: number, want: readonly string[]): boolean {
  let k = 0;
  for (let j = from; j < end && k < want.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && initialOf(t.raw) === want[k]) k++;
  }
  return k === want.length;
}

/**
 * "International Convention on Maritime Search and Rescue (SAR Convention)":
 * the acronym, then one capitalized word of the name just before it (the kind
 * of thing named), then the closing parenthesis.
 */
function namesKind(tokens: readonly Token[], paren: number, last: number): boolean {
  const kind = tokens[last];
  if (kind?.kind !== 'word' || !isCapitalized(kind.raw) || isAllCaps(kind.raw) || tokens[last + 1]?.norm !== ')') return false;
  for (let j = paren - 1; j >= 0 && paren - j <= 15; j--) if (tokens[j]?.norm === kind.norm) return true;
  return false;
}

/** Whether a word is among the few words right before `paren`, in the same segment: "Migration" in "the Migration Multi-Partner Trust Fund (Migration MPTF)". */
function inNameBefore(tokens: readonly Token[], paren: number, norm: string): boolean {
  const segment = tokens[paren]?.segment;
  for (let j = paren - 1; j >= 0 && paren - j <= 12 && tokens[j]?.segment === segment; j--) if (tokens[j]?.norm === norm) return true;
  return false;
}

/** Whether the acronym's letters are, in order, initials of the words just before `paren`, in the same sentence. */
function initialsBefore(tokens: readonly Token[], paren: number, acronym: string): boolean {
  const want = letters(acronym);
  let from = paren;
  while (from > 0 && paren - (from - 1) <= reachOf(want) && tokens[from - 1]?.norm !== '.' && tokens[from - 1]?.norm !== ';') from--;
  return spellsInOrder(tokens, from, paren, want);
}

/** A word's first letter in capitals, without its accent: "étrangers" gives "E", as in "Office des étrangers (OE)". */
function initialOf(raw: string): string {
  const c = raw[0] ?? '';
  return c < '\u00c0' ? c.toUpperCase() : (c.normalize('NFD')[0] ?? c).toUpperCase();
}

function startsLower(raw: string): boolean {
  const c = raw[0] ?? '';
  return c !== c.toUpperCase();
}

function capsWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && isAllCaps(t.raw);
}

function letters(acronym: string): string[] {
  return [...acronymKey(acronym)].filter((c) => /[A-Z]/.test(c));
}

/** The most tokens a long form of an acronym of these letters is looked for in: three per letter (a word, a small word between, punctuation), and two more. */
function reachOf(want: readonly string[]): number {
  return want.length * 3 + 2;
}

/**
 * The first token of a long form with the capitalized words right before it
 * that belong to the name (up to three): "the Migration Multi-Partner Trust
 * Fund (MPTF)", whose initials spell only its last words. They belong to it
 * only after an article or a preposition ("the", "by", "from the"): a word
 * that opens a sentence ("In", "The"), follows "and" ("Bangladesh and Nepal
 * Regional Consultative Process") or is in capitals (an acronym) does not.
 */
function withNameBefore(tokens: readonly Token[], first: number): number {
  let f = first;
  while (first - f < 3) {
    const t = tokens[f - 1];
    if (!t || t.kind !== 'word' || !isCapitalized(t.raw) || isAllCaps(t.raw) || t.segment !== (tokens[f] as Token).segment) break;
    f--;
  }
  const lead = tokens[f - 1];
  return f < first && lead?.kind === 'word' && NAME_LEADS.has(lead.raw) && lead.segment === (tokens[f] as Token).segment ? f : first;
}

/** Words after which capitalized words start a name: articles, possessives and prepositions, in lower case. */
const NAME_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'of', 'by', 'from', 'to', 'with', 'for', 'in', 'on', 'at', 'through', 'under', 'via', 'between', 'within']);

/** The index of the first token of the long form ending before `paren`, or null. */
function longFormBefore(tokens: readonly Token[], paren: number, acronym: string, env: ExtractEnv): number | null {
  const known = expansionOf(acronym, env.data);
  if (known) {
    const words = dataPhraseWords(known);
    const at = paren - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]?.norm === w)) return at;
  }
  const want = letters(acronym);
  let k = want.length - 1;
  let start: number | null = null;
  for (let j = paren - 1; j >= 0 && k >= 0 && paren - j <= reachOf(want); j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (/^[-,&']$/.test(t.norm)) continue;
      return null;
    }
    if (initialOf(t.raw) === want[k]) {
      k--;
      start = j;
    } else if (!SMALL_WORDS.has(t.norm)) return null;
  }
  return k < 0 ? start : null;
}

/**
 * The end (exclusive) of the long form from `from`: the acronym's expansion
 * from the data ("UNHCR – Office of the United Nations High Commissioner for
 * Refugees", whose initials do not spell it), or capitalized words whose
 * initials spell the acronym; null when neither is there.
 */
function longFormAfter(tokens: readonly Token[], from: number, acronym: string, env: ExtractEnv): number | null {
  const known = expansionOf(acronym, env.data);
  if (known) {
    const words = dataPhraseWords(known);
    // "UNHCR: the Office of the United Nations High Commissioner for Refugees": an article before the name is not part of it.
    const at = tokens[from]?.norm === 'the' && words[0] !== 'the' ? from + 1 : from;
    if (words.every((w, k) => tokens[at + k]?.norm === w)) return at + words.length;
  }
  const want = letters(acronym);
  let k = 0;
  for (let j = from; j < tokens.length && k < want.length && j - from <= reachOf(want); j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (/^[-,&']$/.test(t.norm)) continue;
      return null;
    }
    // "| CSO | civil society organization |": a generic term's long form is in lower case.
    if (initialOf(t.raw) === want[k]) k++;
    else if (!SMALL_WORDS.has(t.norm)) return null;
    if (k === want.length) return j + 1;
  }
  return null;
}

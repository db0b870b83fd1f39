/**
 * Finds mentions of international instruments in a block's prose: exact names
 * (titles, short names, acronyms, ILO forms and lists), near-misses of a name,
 * and capitalized titles the registry does not know. An acronym that is also
 * an ordinary word ("SAR") counts only where it is defined right after the
 * instrument's name (see contextAcronyms.ts). A year written with a
 * mention ("the 1951 Refugee Convention", "Forced Labour Convention, 1930") is
 * kept with it so that checks can compare it with the instrument's years.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { blockWords, FUNCTION_WORDS, normalize, type Token } from './tokens';
import { firstWords, matchAt, type ExactMatch } from './matcher';
import { misspeltFirstAt, nearMissAt, nearMissStarts, type NearMiss } from './nearMiss';
import type { InstrumentRegistry } from '../data/instruments';
import { iloListAt, LIST_HEAD } from './iloList';
import { numberAfter, numberedSubjectAt, type WrittenNumber } from './iloNumber';
import { titleAt, TITLE_HEADS } from './unknownTitle';
import { perObject } from '../memo';
import { definedAcronymAt } from './contextAcronyms';
import type { NameForm } from './names';
import { isCapitalized as startsWithCapital } from '../terminology/tokens';
import { endsSentence } from '../text/sentences';

export interface InstrumentMention {
  /** exact: a name of the registry; near: almost one; unknown: a title the registry lacks. */
  readonly match: 'exact' | 'near' | 'unknown';
  /** The instruments the mention may stand for: one, several when the name is ambiguous, none when unknown. */
  readonly ids: readonly string[];
  readonly form: NameForm | 'ilo-number' | 'title-like';
  /** The registry's spelling of the name matched or resembled; the text itself when unknown. */
  readonly name: string;
  readonly span: Span;
  /** A year written with the mention. */
  readonly year?: { readonly value: number; readonly span: Span };
  /** An ILO number written with the mention that is not the instrument's, where its title and year or its subject name it (see iloNumber.ts). */
  readonly number?: { readonly value: number; readonly span: Span };
}

const DETERMINERS = new Set(['the', 'its', 'this', 'that', 'their']);
/** Words that may follow an instrument's name without making it a modifier ("the CRC report"). */
const CONTINUATIONS = new Set(['is', 'was', 'has', 'had', 'have', 'which', 'that', 'as', 'states', 'provides', 'provide', 'requires', 'require', 'recognizes', 'recognize', 'recognises', 'guarantees', 'guarantee', 'defines', 'define', 'sets', 'set', 'entered', 'remains', 'remain', 'applies', 'apply', 'also', 'were', 'are', 'guides', 'guide', 'protects', 'protect', 'prohibits', 'prohibit', 'obliges', 'oblige', 'enshrines', 'enshrine', 'affirms', 'affirm', 'reaffirms', 'reaffirm', 'establishes', 'establish', 'contains', 'contain', 'calls', 'call', 'commits', 'commit', 'continues', 'continue', 'will', 'shall', 'should', 'must', 'may', 'can', 'could', 'would']);

/**
 * The normalised words at which a mention can start: the first words of the
 * registry's names (an exact name and most near-misses start with one), the
 * words a near-miss can start with otherwise (see nearMissStarts), the head
 * words of unknown titles and the first word of an ILO list. At every
 * other word, which is most words, the search moves on at once.
 */
const mentionStarts = perObject(
  (registry: InstrumentRegistry): ReadonlySet<string> => new Set([...firstWords(registry), ...nearMissStarts(registry), ...[...TITLE_HEADS, LIST_HEAD].map(normalize)]),
);

export function extractInstrumentMentions(block: Block, env: ExtractEnv): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const words = blockWords(block);
  for (let r = 0; r < block.runs.length; r++) findMentions(block.runs[r] as Run, words[r] as Token[], env, out);
  return out;
}

function findMentions(run: Run, tokens: readonly Token[], env: ExtractEnv, out: InstrumentMention[]): void {
  const registry = env.data.instruments;
  const starts = mentionStarts(registry);
  const at = (from: number, to: number, closing: boolean): Span => {
    const end = (tokens[to - 1] as Token).end;
    return { start: run.start + (tokens[from] as Token).start, end: run.start + end + (closing && run.text[end] === ')' ? 1 : 0) };
  };
  // Unknown titles start after the last mention and are not looked for again inside an unknown title.
  let unknownEnd = 0;
  let consumed = 0;
  for (let i = 0; i < tokens.length; ) {
    // Undefined at a word a mention can start with; at another, the name's first word it misspells ("the Convension on
    // the Rights of the Child"), which may start a near-miss and nothing else, or null: most words, passed at once.
    const misspelt = starts.has((tokens[i] as Token).norm) ? undefined : misspeltFirstAt(tokens, i, registry);
    if (misspelt === null) {
      i++;
      continue;
    }
    // At a misspelt first word no name starts: neither an ILO list, nor a numbered convention, nor an exact name.
    const list = misspelt === undefined ? iloListAt(tokens, i, registry) : undefined;
    if (list) {
      for (const { instrument, index } of list.items) out.push({ match: 'exact', ids: [instrument.id], form: 'ilo-number', name: instrument.title, span: at(index, index + 1, false) });
      i = consumed = list.to;
      continue;
    }
    const numbered = misspelt === undefined ? numberedSubjectAt(tokens, i, registry) : undefined;
    if (numbered) {
      const { instrument, from, to, number } = numbered;
      out.push({ match: 'exact', ids: [instrument.id], form: 'ilo-number', name: instrument.title, span: at(from, to, false), number: { value: number.value, span: at(number.index, number.index + 1, false) } });
      i = consumed = to;
      continue;
    }
    const matched = misspelt === undefined ? longestFrom(tokens, i, registry) : undefined;
    const wrongNumber = matched && numberNotIts(run.text, tokens, matched, registry);
    // A short name at the end of another instrument's title ("Abolition of Forced Labour Convention", "… (No. 105)") names that one, not the registry's.
    const exact = matched && (endsOtherTitle(run.text, tokens, matched) || (!wrongNumber && otherIloNumber(run.text, tokens, matched, registry)) || iloBeforeOther(tokens, matched, registry)) ? undefined : matched;
    const near = outlives(withinClause(run.text, nearMissAt(tokens, i, exact?.to ?? i, registry, misspelt), tokens), tokens, registry);
    const found = near ?? exact;
    if (found) {
      const { name, from, to } = found;
      const mention: InstrumentMention = { match: near ? 'near' : 'exact', ids: name.ids, form: name.form, name: name.text, span: at(from, to, name.text.endsWith(')')) };
      const only = name.ids.length === 1 ? registry.byId(name.ids[0] as string) : undefined;
      // Before a title that goes on ("the 2001 Universal Declaration on Cultural Diversity"), a year may date that other title.
      const year = only && !(found === exact && continuesTitle(tokens, exact)) ? yearWith(run, tokens, from, to, mention.span, only.iloNumber !== null, name.form === 'acronym') : undefined;
      // A near-miss's number is compared too: "the Domestic Worker Convention, 2011 (No. 190)" has two slips.
      const wrong = found === exact ? wrongNumber : numberNotIts(run.text, tokens, found, registry);
      const number = wrong ? { value: wrong.value, span: digitsOf(wrong, at(wrong.index, wrong.index + 1, false)) } : undefined;
      out.push(year || number ? { ...mention, ...(year ? { year } : {}), ...(number ? { number } : {}) } : mention);
      i = consumed = to;
      const defined = definedAcronymAt(run.text, tokens, to, name.ids, registry);
      if (defined) {
        out.push({ match: 'exact', ids: [defined.id], form: 'acronym', name: defined.acronym, span: at(to, to + 1, false) });
        i = consumed = to + 1;
      }
      const protocol = only?.protocol === undefined ? undefined : protocolAfter(run, tokens, i, only.protocol, registry);
      if (protocol) {
        out.push(protocol.mention);
        i = consumed = protocol.to;
      }
      continue;
    }
    if (misspelt === undefined && i >= unknownEnd && run.kind !== 'heading') {
      const title = titleAt(tokens, i, Math.max(unknownEnd, consumed), run.text);
      if (title && 'skipTo' in title) unknownEnd = title.skipTo;
      else if (title) {
        const span = at(title.from, title.to, false);
        out.push({ match: 'unknown', ids: [], form: 'title-like', name: run.text.slice(span.start - run.start, span.end - run.start).replace(/\s+/g, ' '), span });
        unknownEnd = title.to;
      }
    }
    i++;
  }
}

/**
 * "… and its 1967 Protocol" right after the name of a treaty that has one
 * protocol (see Instrument.protocol): a mention of that protocol, with the
 * year written before it, or after it as the ILO writes it ("and its
 * Protocol of 2014"). "Its Protocol to Prevent …" goes on into a title,
 * which the search reads itself.
 */
function protocolAfter(run: Run, tokens: readonly Token[], at: number, protocolId: string, registry: InstrumentRegistry): { mention: InstrumentMention; to: number } | undefined {
  const protocol = registry.byId(protocolId);
  // The mention's last word.
  const last = tokens[at - 1] as Token;
  if (!protocol) return undefined;
  let k = at;
  if (tokens[k]?.norm === 'and' || tokens[k]?.norm === 'or') k++;
  if (tokens[k]?.norm !== 'its') return undefined;
  const year = tokens[k + 1] !== undefined && isYear((tokens[k + 1] as Token).raw) ? (tokens[k + 1] as Token) : undefined;
  const w = k + (year ? 2 : 1);
  const word = tokens[w];
  if (!word || word.raw !== 'Protocol' || word.segment !== last.segment) return undefined;
  const between = (a: Token, b: Token): string => run.text.slice(a.end, b.start);
  if (!/^[\s,)]*$/.test(between(last, tokens[at] as Token))) return undefined;
  for (let j = at; j < w; j++) if (!/^\s+$/.test(between(tokens[j] as Token, tokens[j + 1] as Token))) return undefined;
  const next = tokens[w + 1];
  // "its Protocol of 2014", as the ILO writes it: the year after the word, unless a title goes on ("of 2014 to the …").
  const after = tokens[w + 2];
  const yearAfter =
    !year && next?.norm === 'of' && after !== undefined && isYear(after.raw) && after.segment === word.segment && /^\s+$/.test(between(word, next)) && /^\s+$/.test(between(next, after)) && tokens[w + 3]?.norm !== 'to' ? after : undefined;
  if (!yearAfter && next && next.segment === word.segment && (next.norm === 'to' || TITLE_LINKS.has(next.norm)) && /^\s+$/.test(between(word, next))) return undefined;
  const span = (t: Token): Span => ({ start: run.start + t.start, end: run.start + t.end });
  const dated = year ?? yearAfter;
  const mention: InstrumentMention = {
    match: 'exact',
    ids: [protocol.id],
    form: 'alias',
    name: protocol.title,
    span: { start: span(year ?? word).start, end: span(yearAfter ?? word).end },
    ...(dated ? { year: { value: Number(dated.raw), span: span(dated) } } : {}),
  };
  return { mention, to: yearAfter ? w + 3 : w + 1 };
}

/** Words that join the parts of a title: "Abolition of Forced Labour", "Declaration on Cultural Diversity". */
const TITLE_LINKS = new Set(['of', 'on', 'for', 'against', 'concerning', 'relating']);

/**
 * Whether a short name ("Forced Labour Convention") ends a longer title that
 * the registry does not hold: a capitalized word and a link word before it,
 * not at the start of a sentence ("the Abolition of Forced Labour
 * Convention"). Full titles are never taken for part of another.
 */
function endsOtherTitle(text: string, tokens: readonly Token[], m: ExactMatch): boolean {
  if (m.name.form !== 'alias') return false;
  const link = tokens[m.from - 1];
  const head = tokens[m.from - 2];
  const segment = (tokens[m.from] as Token).segment;
  return !!link && !!head && head.segment === segment && TITLE_LINKS.has(link.norm) && startsWithCapital(head.raw) && !sentenceStart(text, tokens, m.from - 2);
}

/**
 * Whether a short name ("Universal Declaration") is followed by a link word
 * and a capitalized word (not an acronym), as the start of a longer title
 * ("Universal Declaration on Cultural Diversity") or not ("the Refugee
 * Convention for Member States"): the mention stands, but a year before it
 * is not taken for the instrument's.
 */
function continuesTitle(tokens: readonly Token[], m: ExactMatch): boolean {
  if (m.name.form !== 'alias') return false;
  const after = tokens[m.to];
  const word = tokens[m.to + 1];
  return !!after && !!word && word.segment === (tokens[m.from] as Token).segment && TITLE_LINKS.has(after.norm) && startsWithCapital(word.raw) && word.raw !== word.raw.toUpperCase();
}

/** Is token i the first of its run, or after a full stop (not an abbreviation's), a question or exclamation mark, a colon or a semicolon? */
function sentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  const start = (tokens[i] as Token).start;
  // The text from a little before the word before: enough for an abbreviation ("e.g.") and the space after it.
  return i === 0 || endsSentence(text.slice(Math.max(0, start - 32), start), (tokens[i] as Token).raw);
}

/**
 * "Forced Labour Convention, 1957 (No. 105)", "the Migrant Workers Convention
 * (ILO No. 97)": the ILO number written after the name is another convention's.
 */
function otherIloNumber(text: string, tokens: readonly Token[], m: ExactMatch, registry: InstrumentRegistry): boolean {
  if (m.name.ids.length !== 1) return false;
  const number = registry.byId(m.name.ids[0] as string)?.iloNumber ?? null;
  const after = numberAfter(text, tokens, m.to);
  return !!after && after.number.value !== number;
}

/** The span of a written number's digits, in its token's span ("143" of "C143"). */
function digitsOf(number: WrittenNumber, token: Span): Span {
  return { start: token.start + (number.skip ?? 0), end: token.end };
}

/**
 * "the Migration for Employment Convention (Revised), 1949 (No. 98)": an ILO
 * number after a convention's name and its own year is not another
 * convention's (as "Forced Labour Convention, 1957 (No. 105)" is) but a
 * wrong number.
 */
function numberNotIts(text: string, tokens: readonly Token[], m: ExactMatch, registry: InstrumentRegistry): WrittenNumber | undefined {
  const instrument = m.name.ids.length === 1 ? registry.byId(m.name.ids[0] as string) : undefined;
  if (!instrument || instrument.iloNumber === null) return undefined;
  const after = numberAfter(text, tokens, m.to);
  if (!after || after.number.value === instrument.iloNumber) return undefined;
  const dated = after.year !== undefined ? instrument.years.includes(after.year) : m.name.words.some((w) => isYear(w) && instrument.years.includes(Number(w)));
  return dated ? after.number : undefined;
}

/** "the ILO Migrant Workers Convention": a short name after "ILO" is an ILO convention's, not the registry's instrument of another body. */
function iloBeforeOther(tokens: readonly Token[], m: ExactMatch, registry: InstrumentRegistry): boolean {
  if (m.name.form !== 'alias' || tokens[m.from - 1]?.raw !== 'ILO') return false;
  return m.name.ids.every((id) => (registry.byId(id)?.iloNumber ?? null) === null && !id.startsWith('ilo-'));
}

/**
 * A near-miss whose words are not parted by punctuation that the name itself
 * lacks: "the 2030 Agenda. Sustainable Development Goal 10", "the 2030
 * Agenda, Sustainable Development Goal 10" or "(Sustainable Development …"
 * are two things named one after the other, not a slip of one name. (The
 * words of an exact match may be parted by anything, a line break included.)
 */
function withinClause(text: string, near: NearMiss | undefined, tokens: readonly Token[]): NearMiss | undefined {
  if (!near) return undefined;
  for (let j = near.from + 1; j < near.to; j++) {
    const gap = text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start);
    for (const c of gap) if (BREAKS.includes(c) && !near.name.text.includes(c)) return undefined;
  }
  return near;
}

const BREAKS = '.,;:!?()[]–—';

/**
 * The exact name at token `i`, unless it is a short name that starts with a
 * year ("1961 Convention") and a longer name starts right after the year:
 * "the 1961 Convention relating to the Status of Stateless Persons" names the
 * 1954 Convention with the wrong year (which the year check then compares),
 * not the 1961 Convention.
 */
function longestFrom(tokens: readonly Token[], i: number, registry: InstrumentRegistry): ExactMatch | undefined {
  const matched = matchAt(tokens, i, registry);
  if (!matched || !isYear((tokens[i] as Token).raw)) return matched;
  const after = matchAt(tokens, i + 1, registry);
  return after && after.to > matched.to ? undefined : matched;
}

/**
 * A near-miss that swallows the start of an exact name running to its end or
 * beyond is not one: the text names that instrument ("Migrants in Countries in
 * Crisis Guidelines to Protect Migrants in Countries …" is a full title after a label).
 */
function outlives(near: NearMiss | undefined, tokens: readonly Token[], registry: InstrumentRegistry): NearMiss | undefined {
  if (!near) return undefined;
  for (let j = near.from + 1; j < near.to; j++) {
    const exact = matchAt(tokens, j, registry);
    // The name's own last words ("the Protocol of 2015 to the Forced Labour Convention, 1930", whose end is the Convention's title) do not.
    if (exact && exact.to >= near.to && !endsWithWords(near.name.words, exact.name.words)) return undefined;
  }
  return near;
}

function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  const at = words.length - tail.length;
  return at > 0 && tail.every((w, k) => words[at + k] === w);
}

/** "the 1951 Refugee Convention", "Forced Labour Convention, 1930", "the Paris Agreement of 2015". */
function yearWith(run: Run, tokens: readonly Token[], from: number, to: number, span: Span, ilo: boolean, acronym: boolean): InstrumentMention['year'] {
  const before = tokens[from - 1];
  const determiner = tokens[from - 2];
  if (before && determiner && isYear(before.raw) && DETERMINERS.has(determiner.norm) && before.segment === (tokens[from] as Token).segment && endsPhrase(run, tokens, to)) {
    const gaps = run.text.slice(determiner.end, before.start) + run.text.slice(before.end, (tokens[from] as Token).start);
    if (/^[ \t\r\n]+$/.test(gaps)) return { value: Number(before.raw), span: { start: run.start + before.start, end: run.start + before.end } };
  }
  // After the name and the acronym it defines, if any: "the Convention on the Rights of the Child (CRC), adopted in 1989".
  const end = span.end + (ACRONYM_AFTER.exec(run.text.slice(span.end - run.start, span.end - run.start + 24))?.[0].length ?? 0);
  // ", adopted in 1951", "(adopted by the General Assembly on 20 November 1989)": the year the text says the instrument was adopted, after any form of its name.
  const adopted = ADOPTED_IN.exec(run.text.slice(end - run.start, end - run.start + 90));
  if (adopted && isYear(adopted[2] as string)) {
    const start = end + (adopted[1] as string).length;
    return { value: Number(adopted[2]), span: { start, end: start + 4 } };
  }
  // ", 1930" is the ILO's way of dating a convention; elsewhere it may be a ratification year. "The CRC of 2023" is the Committee's session.
  if (acronym) return undefined;
  // A name that holds its year already ("Forced Labour Convention, 1930 (No. 29), 1998"): a year after it is another date, a ratification's.
  if (YEAR_IN.test(run.text.slice(span.start - run.start, span.end - run.start))) return undefined;
  // "of 1951", and in a formal citation "of 28 July 1951".
  const after = (ilo ? /^(,\s*|\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+)?)(\d{4})\b(?![–-]\d)/ : /^(\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+)?)(\d{4})\b(?![–-]\d)/).exec(
    run.text.slice(end - run.start, end - run.start + 28),
  );
  if (after && isYear(after[2] as string)) {
    const start = end + (after[1] as string).length;
    return { value: Number(after[2]), span: { start, end: start + 4 } };
  }
  return undefined;
}

const YEAR_IN = /\b(?:1[89]|20)\d\d\b/;

/** An acronym in parentheses right after a name, which it defines: " (CRC)", " (CMW)", " (UN-Habitat)"; not a word, " (Revised)". */
const ACRONYM_AFTER = /^\s*\([A-Z][a-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?\)/;

/** After a name: ", adopted in 1951", " (which was adopted on 28 July 1951", ", adopted by the General Assembly in 1989". */
const ADOPTED_IN = /^(,?[ \t\r\n]+\(?(?:(?:which|that)[ \t\r\n]+(?:was|were)[ \t\r\n]+)?adopted(?:[ \t\r\n]+by[ \t\r\n]+the(?:[ \t\r\n]+[A-Z][a-z]+){1,4})?[ \t\r\n]+(?:in|on)[ \t\r\n]+(?:\d{1,2}[ \t\r\n]+[A-Z][a-z]{2,8}[ \t\r\n]+)?)(\d{4})\b(?![–-]\d)/;

/**
 * Whether the mention ends its noun phrase, so that a year before it dates the
 * instrument: "the 1990 CRC and …", not "the 2019 CRC report" (a year of the report).
 */
function endsPhrase(run: Run, tokens: readonly Token[], to: number): boolean {
  const end = (tokens[to - 1] as Token).end;
  // "the 2017 CMW–CRC joint general comments", "the 2014 SOLAS/SAR amendments": the year is the compound's.
  if (JOINER.test(run.text.slice(end, end + 2))) return false;
  const next = tokens[to];
  if (!next || !/^[ \t\r\n]+$/.test(run.text.slice(end, next.start))) return true;
  return FUNCTION_WORDS.has(next.norm) || CONTINUATIONS.has(next.norm);
}

/** A hyphen, an en dash or a slash right after a name, before a word: the name is the first part of a compound. An em dash, unspaced in UN style, opens an aside. */
const JOINER = /^[-‐‑–\/][\p{L}\p{N}]/u;

function isYear(s: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(s);
}

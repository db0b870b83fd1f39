/**
 * Finds acronyms in a block's prose, except those every reader knows (UN, SDG…):
 * uses ("IOM", "NGOs", "UN-Habitat") and
 * definitions, an acronym in parentheses right after its long form
 * ("International Organization for Migration (IOM)"). The long form of a
 * definition is the acronym's expansion from the data or the instrument
 * registry when the text ends with it, else the words before the parenthesis
 * whose initials spell the acronym (small words such as "of" and "the" may be
 * skipped); null when neither fits.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { isAllCaps, runTokens, tokenize, type Token } from './tokens';
import { acronymKey, expansionOf } from './acronymData';

export interface AcronymUse {
  readonly span: Span;
  readonly acronym: string;
  readonly heading: boolean;
}

export interface AcronymDefinition {
  readonly span: Span;
  readonly acronym: string;
  readonly expansion: string | null;
  readonly expansionSpan: Span | null;
}

const SHAPE = /^[A-Z][A-Z0-9]*[A-Z]s?$/;
const ROMAN = /^[IVXLCDM]+s?$/;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'des', 'du', 'la', 'le', 'et']);

export function extractAcronymUses(block: Block, env: ExtractEnv): AcronymUse[] {
  const out: AcronymUse[] = [];
  for (const run of block.runs) {
    const tokens = runTokens(run);
    for (const { acronym, first, last, shouted, definition } of acronymsOf(run, env)) {
      if (!definition) out.push({ span: spanOf(run, tokens, first, last), acronym, heading: run.kind === 'heading' || shouted });
    }
  }
  return out;
}

export function extractAcronymDefinitions(block: Block, env: ExtractEnv): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const run of block.runs) {
    const tokens = runTokens(run);
    for (const { acronym, first, last, definition } of acronymsOf(run, env)) {
      if (!definition) continue;
      const { paren, long } = definition;
      out.push({
        span: spanOf(run, tokens, first, last),
        acronym,
        expansion: long !== null ? run.text.slice((tokens[long] as Token).start, (tokens[paren - 1] as Token).end).replace(/\s+/g, ' ') : null,
        expansionSpan: long === null ? null : spanOf(run, tokens, long, paren),
      });
    }
  }
  return out;
}

interface Found {
  readonly acronym: string;
  /** Token indexes, end exclusive. */
  readonly first: number;
  readonly last: number;
  /** On a line written in capitals, which reads as a heading. */
  readonly shouted: boolean;
  /** For a definition: the token index of its "(" and of the first word of its long form (null when none fits). */
  readonly definition: { readonly paren: number; readonly long: number | null } | null;
}

const found = new WeakMap<Run, { readonly env: ExtractEnv['data']; readonly list: readonly Found[] }>();

/** The acronyms of a run, found once for both extractors. */
function acronymsOf(run: Run, env: ExtractEnv): readonly Found[] {
  const cached = found.get(run);
  if (cached?.env === env.data) return cached.list;
  const list = findAcronyms(run, env);
  found.set(run, { env: env.data, list });
  return list;
}

function findAcronyms(run: Run, env: ExtractEnv): Found[] {
  const out: Found[] = [];
  const tokens = runTokens(run);
  const terms = env.data.terminology;
  const listed = (a: string): boolean => terms.knownAcronyms.has(a) || terms.acronyms.has(a) || env.data.instruments.byAcronym(a) !== undefined;
  let shouted: Set<number> | undefined;
  const add = (acronym: string, first: number, last: number, line: number): void => {
    // Acronyms every reader knows (UN, SDG…) are neither uses to check nor definitions to compare.
    if (terms.knownAcronyms.has(acronym) || terms.knownAcronyms.has(acronymKey(acronym))) return;
    shouted ??= shoutedLines(run.text, tokens, listed);
    out.push({ acronym, first, last, shouted: shouted.has(line), definition: definitionAt(tokens, acronym, first, last, env) });
  };
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    line += newlinesBefore(run.text, tokens, i);
    // Every acronym starts with a capital letter.
    if (t.kind !== 'word' || !/[A-Z]/.test(t.raw[0] as string)) continue;
    // A compound such as "UN-Habitat" or "COVID-19" when the data lists it.
    const h = tokens[i + 1];
    const n = tokens[i + 2];
    if (h?.norm === '-' && n?.kind === 'word' && h.start === t.end && n.start === h.end && listed(`${t.raw}-${n.raw}`)) {
      add(`${t.raw}-${n.raw}`, i, i + 3, line);
      i += 2;
      continue;
    }
    const shaped = SHAPE.test(t.raw) && !ROMAN.test(t.raw) && t.raw.length <= 10;
    if (!(shaped || listed(t.raw))) continue;
    if (h?.norm === '-' && h.start === t.end) continue;
    if (shaped && !listed(t.raw)) {
      shouted ??= shoutedLines(run.text, tokens, listed);
      if (shouted.has(line) || shouting(tokens[i - 1], listed) || shouting(tokens[i + 1], listed) || inSymbol(tokens, i) || amount(tokens, i)) continue;
    }
    add(t.raw, i, i + 1, line);
  }
  return out;
}

/** A neighbouring word in capitals that is not a listed acronym: words written in capitals for emphasis ("MEMBER STATES"). */
function shouting(t: Token | undefined, listed: (a: string) => boolean): boolean {
  return t?.kind === 'word' && t.raw.length >= 3 && isAllCaps(t.raw) && !listed(t.raw);
}

function newlinesBefore(text: string, tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let k = i > 0 ? (tokens[i - 1] as Token).end : 0; k < (tokens[i] as Token).start; k++) if (text[k] === '\n') n++;
  return n;
}

/**
 * Lines of a run written in capitals ("THE GCM: WHY IS IT IMPORTANT?"): more
 * words in capitals that are not listed acronyms than words in lower case.
 * Their words are not acronyms.
 */
function shoutedLines(text: string, tokens: readonly Token[], listed: (a: string) => boolean): Set<number> {
  const caps = new Map<number, number>();
  const lower = new Map<number, number>();
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    line += newlinesBefore(text, tokens, i);
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !/\p{L}/u.test(t.raw)) continue;
    if (isAllCaps(t.raw) && !listed(t.raw)) caps.set(line, (caps.get(line) ?? 0) + 1);
    else if (t.raw !== t.raw.toUpperCase() && !listed(t.raw)) lower.set(line, (lower.get(line) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [l, n] of caps) if (n > (lower.get(l) ?? 0)) out.add(l);
  return out;
}

/** A currency before an amount: "US$8 million", "EUR 5 million". */
function amount(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return (n?.norm === '$' && n.start === (tokens[i] as Token).end) || (n?.kind === 'word' && /^\d/.test(n.raw));
}

/** Part of a document symbol such as "A/RES/71/280": a single letter or a number across a slash. */
function inSymbol(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  const n = tokens[i + 1];
  const nn = tokens[i + 2];
  const short = (w: Token | undefined): boolean => w?.kind === 'word' && (w.raw.length === 1 || /^\d+$/.test(w.raw));
  return (p?.norm === '/' && p.end === t.start && short(pp)) || (n?.norm === '/' && n.start === t.end && short(nn));
}

/**
 * An acronym in parentheses right after words: "Long Name (ABC)", also "(UN ABC)"
 * after a known acronym, and "(ABC, 2007)" when the words before spell it.
 */
function definitionAt(tokens: readonly Token[], acronym: string, first: number, last: number, env: ExtractEnv): Found['definition'] {
  let paren = first - 1;
  if (tokens[paren]?.kind === 'word' && isAllCaps((tokens[paren] as Token).raw) && tokens[paren - 1]?.norm === '(') paren--;
  if (tokens[paren]?.norm !== '(' || tokens[paren - 1]?.kind !== 'word') return null;
  const close = tokens[last]?.norm;
  if (close !== ')' && close !== ',') return null;
  const long = longForm(tokens, paren, acronym, env);
  return close === ')' || long !== null ? { paren, long } : null;
}

function spanOf(run: Run, tokens: readonly Token[], first: number, last: number): Span {
  return { start: run.start + (tokens[first] as Token).start, end: run.start + (tokens[last - 1] as Token).end };
}

/** The index of the first token of the long form ending before `paren`, or null. */
function longForm(tokens: readonly Token[], paren: number, acronym: string, env: ExtractEnv): number | null {
  const known = expansionOf(acronym, env.data);
  if (known) {
    const words = tokenize(known).map((t) => t.norm);
    const at = paren - words.length;
    if (at >= 0 && words.every((w, k) => tokens[at + k]?.norm === w)) return at;
  }
  const letters = [...acronymKey(acronym)].filter((c) => /[A-Z]/.test(c));
  let k = letters.length - 1;
  let start: number | null = null;
  for (let j = paren - 1; j >= 0 && k >= 0 && paren - j <= letters.length * 3 + 2; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (/^[-,&']$/.test(t.norm)) continue;
      return null;
    }
    if ((t.raw[0] ?? '').toUpperCase() === letters[k]) {
      k--;
      start = j;
    } else if (!SMALL_WORDS.has(t.norm)) return null;
  }
  return k < 0 ? start : null;
}

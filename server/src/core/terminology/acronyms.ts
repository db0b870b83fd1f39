/**
 * Finds acronyms in a block's prose, except those every reader knows (UN,
 * SDG…): uses ("IOM", "NGOs", "UN-Habitat") and definitions, an acronym in
 * parentheses right after its long form ("International Organization for
 * Migration (IOM)"; see definitions.ts). A word in capitals is an acronym
 * when the data lists it, or when it has the shape of one and is not a Roman
 * numeral, a word of text written in capitals, an ordinary word in capitals
 * for emphasis ("MUST", "NOT"), part of a document symbol or a currency before
 * an amount (see capitals.ts). A place's designation after its name ("Hong
 * Kong SAR") and a paragraph's label in a negotiation ("OP 3", "PP 2") are
 * never acronyms.
 */
import type { Block, Run } from '../parse/blocks';
import type { Span } from '../text/span';
import type { ExtractEnv } from '../model/facts';
import { blockTokens, tokenize, type Token } from './tokens';
import { lastBlockMemo } from '../memo';
import { ACRONYM_SHAPE, acronymKey } from './acronymData';
import { amount, designation, inSymbol, lineCounter, paragraphLabel, shouting, shoutedLines } from './capitals';
import { acronymListAt, definitionAt, tabbedEntryAt, type Definition } from './definitions';
import { startsSentence } from './context';

export interface AcronymUse {
  readonly span: Span;
  readonly acronym: string;
  readonly heading: boolean;
  /** Starts a sentence: a long form written in its place takes a capital. */
  readonly sentenceStart: boolean;
  /** One of a list of acronyms in parentheses ("(CMW–CRC)"): a long form cannot be written in its place. */
  readonly inList: boolean;
}

export interface AcronymDefinition {
  readonly span: Span;
  readonly acronym: string;
  readonly expansion: string | null;
  readonly expansionSpan: Span | null;
  /** Defined in a comments matrix's quotation of the text commented on (see Run.commentedText): that text's definition, which a reader sees, not the document's own wording. */
  readonly inCommentedText?: true;
}

const ROMAN = /^[IVXLCDM]+s?$/;
const ILO_CODE = /^[CPR]\d{1,3}$/;

/**
 * Second parts of a compound whose first part is the acronym used: an
 * organization acting ("IOM-led", "UNHCR-supported") or what the compound
 * is about ("UASC-specific", "GCM-related", "SDG-aligned").
 */
const ACRONYM_COMPOUNDS: ReadonlySet<string> = new Set([
  ...['led', 'supported', 'funded', 'run', 'managed', 'hosted', 'coordinated', 'backed', 'sponsored', 'chaired', 'convened', 'organized', 'organised', 'facilitated', 'implemented', 'commissioned', 'administered', 'operated', 'financed', 'mandated', 'driven'],
  ...['specific', 'related', 'based', 'sensitive', 'responsive', 'compliant', 'aligned', 'focused', 'oriented', 'centred', 'centered', 'relevant', 'eligible', 'affected', 'wide'],
]);

export function extractAcronymUses(block: Block, env: ExtractEnv): AcronymUse[] {
  const out: AcronymUse[] = [];
  const tokensOf = blockTokens(block);
  const found = acronymsOf(block, env);
  for (let r = 0; r < block.runs.length; r++) {
    const run = block.runs[r] as Run;
    const tokens = tokensOf[r] as Token[];
    for (const { acronym, first, last, shouted, definition } of found[r] as Found[]) {
      if (!definition) out.push({ span: spanOf(run, tokens, first, last), acronym, heading: run.kind === 'heading' || shouted, sentenceStart: startsSentence(tokens, first), inList: acronymListAt(tokens, first, last) !== undefined });
    }
  }
  return out;
}

export function extractAcronymDefinitions(block: Block, env: ExtractEnv): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const tokensOf = blockTokens(block);
  const found = acronymsOf(block, env);
  for (let r = 0; r < block.runs.length; r++) {
    const run = block.runs[r] as Run;
    definitionsIn(run, tokensOf[r] as Token[], found[r] as Found[], false, out);
    if (run.commentedText !== undefined) {
      const commented: Run = { ...run, text: run.commentedText };
      const tokens = tokenize(commented.text);
      definitionsIn(commented, tokens, findAcronyms(commented, tokens, env), true, out);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.span.start - b.span.start) : out;
}

function definitionsIn(run: Run, tokens: readonly Token[], found: readonly Found[], inCommentedText: boolean, out: AcronymDefinition[]): void {
  for (const { acronym, first, last, definition } of found) {
    if (!definition) continue;
    const { long } = definition;
    out.push({
      span: spanOf(run, tokens, first, last),
      acronym,
      expansion: long === null ? null : run.text.slice((tokens[long.first] as Token).start, (tokens[long.last - 1] as Token).end).replace(/\s+/g, ' '),
      expansionSpan: long === null ? null : spanOf(run, tokens, long.first, long.last),
      ...(inCommentedText ? { inCommentedText: true as const } : {}),
    });
  }
}

interface Found {
  readonly acronym: string;
  /** Token indexes, end exclusive. */
  readonly first: number;
  readonly last: number;
  /** On a line written in capitals, which reads as a heading. */
  readonly shouted: boolean;
  /** For a definition: where its long form is. */
  readonly definition: Definition | null;
}

/** The acronyms of each run of a block, found once for both extractors. */
const acronymsOf = lastBlockMemo((block: Block, env: ExtractEnv): readonly Found[][] => {
  const tokensOf = blockTokens(block);
  return block.runs.map((run, r) => findAcronyms(run, tokensOf[r] as Token[], env));
});

function findAcronyms(run: Run, tokens: readonly Token[], env: ExtractEnv): Found[] {
  const out: Found[] = [];
  const terms = env.data.terminology;
  const listed = (a: string): boolean => terms.knownAcronyms.has(a) || terms.acronyms.has(a) || env.data.instruments.byAcronym(a) !== undefined;
  let shouted: Set<number> | undefined;
  const add = (acronym: string, first: number, last: number, line: number): void => {
    // Acronyms every reader knows (UN, SDG…) are neither uses to check nor definitions to compare.
    if (terms.knownAcronyms.has(acronym) || terms.knownAcronyms.has(acronymKey(acronym))) return;
    shouted ??= shoutedLines(run.text, tokens, listed);
    out.push({ acronym, first, last, shouted: shouted.has(line), definition: definitionAt(tokens, acronym, first, last, env) ?? tabbedEntryAt(run.text, tokens, first, last, acronym) });
  };
  // Lines are counted only for words in capitals: most words are not.
  const lineOf = lineCounter(run.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Every acronym starts with a capital letter (A–Z).
    const c = t.raw.charCodeAt(0);
    if (t.kind !== 'word' || c < 65 || c > 90) continue;
    // A compound such as "UN-Habitat" or "COVID-19" when the data lists it.
    const h = tokens[i + 1];
    const n = tokens[i + 2];
    if (h?.norm === '-' && n?.kind === 'word' && h.start === t.end && n.start === h.end && listed(`${t.raw}-${n.raw}`)) {
      add(`${t.raw}-${n.raw}`, i, i + 3, lineOf(t));
      i += 2;
      continue;
    }
    const shaped = ACRONYM_SHAPE.test(t.raw) && !ROMAN.test(t.raw) && t.raw.length <= 10;
    // An ILO instrument's code ("C189", "P029", "R205") is its number, not an acronym to define.
    if (!(shaped || listed(t.raw)) || ILO_CODE.test(t.raw)) continue;
    // The first part of a compound ("COVID-19", "OK-ish"), unless the compound is made of the acronym: "IOM-led", "UASC-specific" use it.
    if (h?.norm === '-' && h.start === t.end && !(n?.kind === 'word' && n.start === h.end && ACRONYM_COMPOUNDS.has(n.raw))) continue;
    if (designation(run.text, tokens, i, terms.designations)) continue;
    // A part of a document symbol ("A/HRC/35/25", "CRC/C/GC/6") names a series, not the body.
    if (inSymbol(tokens, i)) continue;
    if (paragraphLabel(tokens, i)) continue;
    // The second part of a name joined by a hyphen ("AFL-CIO"): the name is one, read from its first part.
    const p = tokens[i - 1];
    // A part the data knows is an organization's acronym of its own, to define: "the EU-IOM Joint Initiative".
    if (p?.norm === '-' && p.end === t.start && tokens[i - 2]?.end === p.start && ACRONYM_SHAPE.test(tokens[i - 2]?.raw ?? '') && !listed(t.raw)) continue;
    if (delegationTag(run.text, tokens, i)) continue;
    if (shaped && !listed(t.raw)) {
      if (terms.emphasisWords.has(t.raw) || terms.spellingWords.has(t.norm)) continue;
      shouted ??= shoutedLines(run.text, tokens, listed);
      // A line of capitals is no use of acronyms; it may still define one ("NRM" over ": National Referral Mechanism", a definition list).
      const capitals = shouted.has(lineOf(t)) || shouting(tokens[i - 1], listed) || shouting(tokens[i + 1], listed);
      if ((capitals && definitionAt(tokens, t.raw, i, i + 1, env) === null && tabbedEntryAt(run.text, tokens, i, i + 1, t.raw) === null) || amount(tokens, i)) continue;
    }
    add(t.raw, i, i + 1, lineOf(t));
  }
  return out;
}

/** A delegation or group in a negotiation text's brackets: "EU", "CANZ", "G77", "EU+", "Holy See", "Russian Federation". */
const DELEGATION = String.raw`[A-Z][A-Za-z0-9.’'-]*\+?(?:[ \t]+[A-Z][A-Za-z0-9’'-]*){0,3}`;
/** What separates the delegations or groups before a colon: "EU, CANZ", "JUSCANZ/CH", "EU + Norway", "EU, CANZ, and US". */
const TAG_SEPARATOR = /,|\/|&|[ \t]\+[ \t]|[ \t]and[ \t]/;
/** One of them, also after "Alt." (an alternative proposal). */
const TAG = new RegExp(String.raw`^(?:Alt\.?[ \t]+)?${DELEGATION}$`);

/** Whether `tags` is a list of delegations or groups (see TAG_SEPARATOR and TAG). */
function tagList(tags: string): boolean {
  const parts = tags.split(TAG_SEPARATOR).map((p) => p.trim());
  return parts.every((p, k) => TAG.test(p) || (p === '' && k > 0 && k < parts.length - 1));
}

/** A delegation's position after the colon, in its first words: "retain", "deleted", "supports", "flexible", "OK", "can accept", "prefer original", "alt. text", "in favour", "against", "del.", or the text it proposes, quoted or added ("[CELAC: "migrants in an irregular situation"]", "[CANZ: and objective 7]"). */
const POSITION = /^[\s*_]*(?:["“‘']|(?:and|or|add|insert)[ \t]|(?:[A-Za-z]+[ \t]+){0,2}?(?:(?:retain|delete|add|insert|replace|reserve|support|oppose|object|propose|move|bracket|agree|accept|prefer|keep|remove|strike|reword|amend|merge|query|check)(?:s|d|ed|ing)?|deletion|reservation|objection|proposal|alt|alternative|flexible|flexibility|ok|okay|acceptable|preference|original|yes|no|favour|favor|against|del)\b)/i;
/** What separates the positions in a bracket: "[EU: retain; US: delete]", "[EU: retain — US: delete]". */
const POSITIONS_SEPARATOR = /[;|\u2014\u2013]/;

/**
 * Whether the acronym at token `i` names a delegation or group in the
 * brackets of a negotiation text, in the list of those before a colon and
 * their position ("[EU, CANZ: retain; US: delete]", "[Holy See, US:
 * flexible]"): a label of who said what, not an acronym to define. Bracketed
 * text without such a list ("[IOM, UNHCR and UNICEF will support …]"), or
 * with something else than a position after the colon ("[WHO, UNICEF: 2021
 * estimates]"), uses its acronyms.
 */
function delegationTag(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !(/^[:,/+&]$/.test(next.norm) || next.norm === 'and')) return false;
  // Within a line's bracket of at most a few hundred characters: looked for near the acronym, never across a long text.
  const t = tokens[i] as Token;
  const before = text.slice(Math.max(0, t.start - 300), t.start);
  const open = before.lastIndexOf('[');
  if (open < 0 || open < before.lastIndexOf(']') || open < before.lastIndexOf('\n')) return false;
  const after = text.slice(t.start, t.start + 300);
  const close = after.indexOf(']');
  if (close < 0 || after.slice(0, close).includes('\n')) return false;
  // The part of the bracket that holds the acronym, between separators of positions: its tags, a colon, then the position.
  let head = before.slice(open + 1);
  for (let k = head.length - 1; k >= 0; k--) {
    if (POSITIONS_SEPARATOR.test(head[k] as string)) {
      head = head.slice(k + 1);
      break;
    }
  }
  const inside = after.slice(0, close);
  const colon = inside.indexOf(':');
  if (colon < 0 || POSITIONS_SEPARATOR.test(inside.slice(0, colon))) return false;
  return tagList(head + inside.slice(0, colon)) && POSITION.test(inside.slice(colon + 1));
}

function spanOf(run: Run, tokens: readonly Token[], first: number, last: number): Span {
  return { start: run.start + (tokens[first] as Token).start, end: run.start + (tokens[last - 1] as Token).end };
}

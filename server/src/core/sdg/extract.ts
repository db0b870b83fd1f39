/**
 * Finds SDG references and quotations attributed to SDG targets in prose.
 *
 * A reference needs a keyword: "SDG", "Sustainable Development Goal",
 * "Goal" (capitalized), "target" or "indicator", followed by one id or a list
 * ("targets 8.7, 8.8 and 10.7") or a range ("SDG targets 5.2–5.3"). A number
 * without a keyword is never a reference, and quantities ("target 3.5 million",
 * "the 1.5°C target") are not either: precision matters more than recall.
 */
import { EXCLUDED, type Block, type Run } from '../parse/blocks';
import { columnCells } from '../parse/tables';
import type { Span } from '../text/span';
import { holdsSentenceEnd, lastSentenceStart } from '../text/sentences';

export type SdgKind = 'goal' | 'target' | 'indicator';

export interface SdgRef {
  readonly kind: SdgKind;
  /** As written, in lower case ("10.C" is "10.c"): "10.7", "4.b", "10.7.2", "5". */
  readonly id: string;
  /** The id's own characters. */
  readonly span: Span;
  /** The whole mention, keyword to last id. */
  readonly mention: Span;
  /** "sdg" when the mention names the SDGs; "goal" for a bare "Goal N"; else the keyword. */
  readonly keyword: 'sdg' | 'goal' | 'target' | 'indicator';
  /** This id ends a range that began with the previous reference ("5.2–5.3"). */
  readonly rangeEnd: boolean;
  /**
   * The kind its keyword names, when the id right after that keyword is of the
   * other kind: "target 10.7.2" (an indicator's id), "indicator 10.7" (a
   * target's), with the keyword's own characters.
   */
  readonly calledAs?: { readonly kind: 'target' | 'indicator'; readonly span: Span };
  /** Written after "national" ("a national SDG 18"): a country may number goals of its own after the 17 (see scope.ts). */
  readonly national?: true;
}

// A target's letter is lower case in the official numbering; one in capitals ("10.C") is the same target.
const ID = String.raw`\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]))?(?:\.\d{1,2})?`;
const NOT_AFTER_ID = String.raw`(?![\w°%]|\.\d|\.[a-zA-Z]\b|,\d|\s*(?:°|%|per\s*cent|percent|million|billion|thousand|degrees|years?|months?|days?)\b)`;
// Leading white space is matched once, outside the alternation, so no two branches compete for it.
const SEPARATOR = String.raw`\s*(?:,\s*(?:(?:and|or)\s+)?|\b(?:and|or|to)\s+|[&–—-]\s*)`;
// A few words in parentheses glossing an id before the next: "indicators 10.7.1 (recruitment cost) and 10.7.5", "SDGs 5 (gender equality) and 10".
export const GLOSS = String.raw`\s*\([^()\d\n]{1,60}\)`;
const KEYWORD = String.raw`\b(?:(Sustainable\s+Development\s+Goals?|SDGs?)(?:\s+(?:[Gg]oals?|([Tt]argets?|[Ii]ndicators?)))?|(Goals?)|([Tt]argets?|[Ii]ndicators?))`;
const MENTION = new RegExp(
  // "SDG 18", "SDG18" and "SDG-18".
  String.raw`${KEYWORD}(?:-|\s*)(?:(?:No\.|no\.|number)\s*)?(${ID}${NOT_AFTER_ID}(?:(?:${GLOSS})?${SEPARATOR}${ID}${NOT_AFTER_ID})*)`,
  'g',
);
const ONE_ID = new RegExp(String.raw`(?:${GLOSS})?(${SEPARATOR})?(${ID})${NOT_AFTER_ID}`, 'gy');

export function extractSdgRefs(block: Block): SdgRef[] {
  const out: SdgRef[] = [];
  for (const run of block.runs) {
    if (!/\d/.test(run.text)) continue;
    findRefs(run, out);
    if (run.kind === 'paragraph' && run.text.includes('|')) columnRefs(run, out);
  }
  return out;
}

/** The heading of a table's column of SDG ids: "SDG indicator", "SDG targets", "SDG target/indicator", "SDG indicator no.", or "SDG", "SDGs" alone. */
const SDG_COLUMN = /^SDGs?(?:\s+(?:global\s+)?(?:targets?|indicators?)(?:\s*\/\s*(?:targets?|indicators?))?(?:\s+(?:no\.?|number|#|id|code))?|\s*\(s\))?$/i;
/** What parts the ids of a cell: "10.7.1, 10.7.2", "10.7.1 and 10.7.2". */
const CELL_SEPARATOR = /\s*(?:[,;]|\band\b)\s*/;
const WHOLE_ID = new RegExp(String.raw`^${ID}$`);
const ID_IN_CELL = new RegExp(ID, 'g');

/**
 * The ids that fill the cells of a table's column headed as SDG ids ("| SDG
 * indicator | Baseline |", then "| 10.7.1 | … |"): each an SDG reference, as
 * if "SDG" were written before it, where its parts are those of the kind the
 * heading names (a column of indicators holds ids of three parts); a cell
 * that holds anything else (a value, "67%") holds no reference.
 */
function columnRefs(run: Run, out: SdgRef[]): void {
  const text = run.text;
  const cells = columnCells(text, SDG_COLUMN);
  let added = false;
  for (const { start: from, end: to, heading } of cells) {
    const cell = text.slice(from, to);
    // A cell of ids alone (read part by part: one pattern for the whole list could backtrack exponentially).
    if (!cell.trim().split(CELL_SEPARATOR).every((part) => WHOLE_ID.test(part))) continue;
    const kinds = columnKinds(heading);
    ID_IN_CELL.lastIndex = 0;
    for (let m = ID_IN_CELL.exec(cell); m; m = ID_IN_CELL.exec(cell)) {
      const id = m[0].toLowerCase();
      const kind = kindOf(id);
      if (!kinds.has(kind)) continue;
      const span = { start: run.start + from + m.index, end: run.start + from + m.index + id.length };
      out.push({ kind, id, span, mention: span, keyword: 'sdg', rangeEnd: false });
      added = true;
    }
  }
  // In the order of the text, with the references read in the run's words.
  if (added) out.sort((a, b) => a.span.start - b.span.start);
}

/** The kinds a column's heading names: "SDG indicator" → indicators, "SDG target/indicator" → both, "SDG" alone → goals, targets and indicators. */
function columnKinds(heading: string): ReadonlySet<SdgKind> {
  const kinds = new Set<SdgKind>();
  if (/target/i.test(heading)) kinds.add('target');
  if (/indicator/i.test(heading)) kinds.add('indicator');
  return kinds.size > 0 ? kinds : ALL_KINDS;
}

const ALL_KINDS: ReadonlySet<SdgKind> = new Set(['goal', 'target', 'indicator']);

function findRefs(run: Run, out: SdgRef[]): void {
  const text = run.text;
  // The last "Goal N" of another framework, whose targets a bare keyword may go on to name ("Goal 3, target 3.12").
  let otherGoal: { id: string; end: number } | undefined;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const sdgWord = m[1];
    const subKeyword = m[2];
    const goalWord = m[3];
    const plainKeyword = m[4];
    const list = m[5] as string;
    const listStart = m.index + m[0].length - list.length;
    const keywordText = (subKeyword ?? plainKeyword ?? '').toLowerCase();
    const keyword: SdgRef['keyword'] = sdgWord
      ? 'sdg'
      : goalWord
        ? 'goal'
        : keywordText.startsWith('target')
          ? 'target'
          : 'indicator';
    const only: SdgKind | undefined = keywordText.startsWith('target')
      ? 'target'
      : keywordText.startsWith('indicator')
        ? 'indicator'
        : undefined;
    if (goalWord && isOtherFrameworksGoal(text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
      otherGoal = { id: /^\d+/.exec(list)?.[0] ?? '', end: m.index + m[0].length };
      continue;
    }
    if (plainKeyword && isResultsFrameworkNumber(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "the national plan's target 2.12", "Agenda 2063, target 1.9": another framework's target, as for its goals.
    if (plainKeyword && OTHER_GOALS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (plainKeyword && otherGoal && list.startsWith(`${otherGoal.id}.`) && !holdsSentenceEnd(text.slice(otherGoal.end, m.index))) continue;
    if ((goalWord || plainKeyword) && OWN_DOCUMENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // A bare "target"/"indicator" before a number no goal has ("target 35.5 hours", "the ODA target 0.7") is a quantity.
    if (!sdgWord && !goalWord && !/^(?:[1-9]|1[0-7])\./.test(list)) continue;
    const found: { kind: SdgKind; id: string; span: Span; rangeEnd: boolean; calledAs?: SdgRef['calledAs'] }[] = [];
    ONE_ID.lastIndex = 0;
    let prevKept = false;
    for (let p = ONE_ID.exec(list); p; p = ONE_ID.exec(list)) {
      const sep = p[1] ?? '';
      const written = p[2] as string;
      const id = written.toLowerCase();
      const kind = kindOf(id);
      const idEnd = listStart + p.index + p[0].length;
      if (sep && kind === 'goal' && countsSomethingElse(text.slice(idEnd, idEnd + 20))) break;
      const isRange = /[–—-]|\bto\b/.test(sep);
      const s = run.start + listStart + p.index + p[0].length - written.length;
      if (only && kind !== only) {
        prevKept = false;
        // Only the id right after the keyword is taken for one the keyword misnames; in a list ("targets 8.7 and 10.7.2") the kind of a later id may be meant.
        if (!sep && kind !== 'goal') found.push({ kind, id, span: { start: s, end: s + written.length }, rangeEnd: false, calledAs: { kind: only, span: keywordSpan(run, m, subKeyword ?? plainKeyword ?? '') } });
        continue;
      }
      found.push({ kind, id, span: { start: s, end: s + written.length }, rangeEnd: isRange && prevKept });
      prevKept = true;
    }
    const last = found[found.length - 1];
    if (!last) continue;
    const mention = { start: run.start + m.index, end: last.span.end };
    const national = (sdgWord !== undefined || goalWord !== undefined) && NATIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    for (const f of found) out.push({ kind: f.kind, id: f.id, span: f.span, mention, keyword, rangeEnd: f.rangeEnd, ...(f.calledAs ? { calledAs: f.calledAs } : {}), ...(national ? { national } : {}) });
  }
}

const NATIONAL_BEFORE = /\bnational\s+$/i;

/** The characters of "target" or "indicator" in a mention ("SDG target 10.7.2"): the last time the word occurs before the ids. */
function keywordSpan(run: Run, m: RegExpExecArray, word: string): Span {
  const at = run.start + m.index + m[0].lastIndexOf(word, m[0].length - (m[5] as string).length);
  return { start: at, end: at + word.length };
}

/**
 * A bare "Goal N" that another framework numbers: "Millennium Development
 * Goal 8", "Agenda 2063, Goal 18", "the Sendai Framework Goal", "Goal 18 of
 * Agenda 2063", "Goal 1 of the Global Strategy", "the Strategic Plan
 * 2022–2025, Goal 3" (and that goal's "target 3.12" after it, see findRefs).
 * "Goal 5 of the 2030 Agenda", "of the Agenda" or "of the SDGs" stays an SDG.
 */
function isOtherFrameworksGoal(before: string, after: string): boolean {
  return OTHER_GOALS_BEFORE.test(before) || OTHER_GOALS_AFTER.test(after);
}

const OTHER_GOALS_BEFORE = /(?:Millennium\s+Development|Agenda\s+2063|African\s+Union(?:[’']s)?|\bAU(?:[’']s)?|(?:Framework|Strategy|Strategic\s+Plan|Strategic\s+Vision)(?:\s+(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)?(?:[’']s)?|(?:Plan|Programme)\s+of\s+Action(?:[’']s)?|(?<!\bAgenda|\bUN)[’']s|(?<!\bSDG|\bNation)s[’'])(?:[,:]?\s+|\s*\(\s*)$/;

/**
 * A bare "indicator 2.3.4" or "target 1.2" that a project's results framework
 * numbers: "Output indicator 1.1.5", "the outcome target 2.1", "Under Outcome 2
 * of the results framework, indicator 2.3.4" (the framework named right before
 * the keyword). "SDG indicator 10.7.2", and "the results framework is aligned
 * with target 10.9", stay SDGs.
 */
function isResultsFrameworkNumber(before: string): boolean {
  const sentence = before.slice(lastSentenceStart(before));
  return RESULTS_QUALIFIER.test(sentence) || RESULTS_FRAMEWORK.test(sentence);
}

const RESULTS_QUALIFIER = /\b(?:outputs?|outcomes?|impact|project|performance|process|proxy)\s+(?:level\s+)?$/i;
const RESULTS_FRAMEWORK = /\b(?:results?\s+(?:framework|matrix|chain)|log(?:ical)?\s*frame(?:work)?|monitoring\s+and\s+evaluation\s+(?:plan|framework))(?:[’']s)?,?\s+(?:(?:the|its|an?)\s+)?$/i;
const OTHER_GOALS_AFTER = /^(?:,\s*|\s+)of\s+(?:the\s+|its\s+|their\s+)?(?!(?:2030\s+)?Agenda\b(?!\s+2063)|Sustainable\s+Development|SDGs?\b|Global\s+Goals\b|Goals\b|United\s+Nations\b|UN\b|Transforming\s+our\s+World)(?:[A-Z]|\d{4}\s+[A-Z])/;

/** "Goal 3 of this plan", "target 2.12 of the National Development Plan", "indicator 4.1.9 of our national M&E framework": a bare keyword the words after give to the document or another. */
const OWN_DOCUMENT_AFTER = /^(?:,\s*|\s+)of\s+(?:this|the|our|its|their)\s+(?:(?!SDGs?\b|Sustainable\b|Global\b)\S+\s+){0,3}?(?:plan|strategy|programme|program|roadmap|policy|document|framework)\b/i;

/**
 * A number later in a list followed by a plural noun, or by a word and a
 * plural noun, counts something else: in "SDG 5 and 18 partner countries"
 * the 18 is not a goal. A verb ("Goals 8 and 19 apply"), an adverb ("SDGs 8
 * and 18 fully") or a word that can follow a list of goals ("Goals 5 and 10
 * of the Agenda") does not end it.
 */
function countsSomethingElse(after: string): boolean {
  const w = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(after);
  if (!w) return false;
  const first = w[1] as string;
  if (LIST_FOLLOWERS.has(first) || first.endsWith('ly')) return false;
  return plural(first) || (w[2] !== undefined && plural(w[2]));
}

/** A word that reads as a plural noun: "countries", "others", not "focus", "basis" or "across". */
function plural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word);
}

const LIST_FOLLOWERS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'through', 'under', 'are', 'is', 'were', 'was', 'have', 'has', 'will', 'would', 'should', 'can', 'be', 'as', 'which', 'that', 'respectively', 'also', 'both', 'together', 'targets', 'goals', 'indicators', 'aim', 'aims', 'call', 'calls', 'commit', 'commits']);

export function kindOf(id: string): SdgKind {
  const dots = id.split('.').length - 1;
  return dots === 0 ? 'goal' : dots === 1 ? 'target' : 'indicator';
}

/** A quotation attributed to an SDG target. */
export interface SdgQuote {
  /** The quoted words, without the quotation marks. */
  readonly span: Span;
  readonly quoted: string;
  readonly targetId: string;
  /** The target id the quotation is attributed to. */
  readonly targetSpan: Span;
  /** The attribution names the SDGs ("SDG 10.7", "target 10.7 of the SDGs"), not only a "target". */
  readonly named: boolean;
}

// A quotation may wrap onto the next line of its paragraph (a run never holds a blank line).
// Straight or curly double quotes (a straight one may close a curly one), « », and „ closed by “ or ”: a “ only opens.
const QUOTE = /["“][^"“”«»„\u0000]{3,800}?["”]|«[^«»\u0000]{3,800}?»|„[^„“”\u0000]{3,800}?[“”]/g;
const AFTER_QUOTE = new RegExp(
  String.raw`^\s*[([]\s*(?:(SDG|Sustainable\s+Development\s+Goal)\s*(?:[Tt]arget\s+)?|[Tt]arget\s+)(\d{1,2}\.(?:\d{1,2}|[a-z]))(\s+of\s+the\s+(?:SDGs|Sustainable\s+Development\s+Goals|2030\s+Agenda))?\s*[)\]]`,
);
// The verb and the quotation are at most four words apart ("calls on Member States to"), so a later clause with its own subject does not inherit the target.
const BEFORE_QUOTE = new RegExp(
  String.raw`(?:\b(SDG)\s*(?:[Tt]argets?\s+)?|\b[Tt]argets?\s+)(\d{1,2}\.(?:\d{1,2}|[a-z]))(?![\w.]\w)(\s+of\s+the\s+(?:SDGs|Sustainable\s+Development\s+Goals|2030\s+Agenda))?(,?\s*which\s+(?:\w+\s+){0,4}?|,?\s*whose\s+(?:(?:full|official|agreed)\s+)?(?:text|wording)\s+(?:reads|states|is)\s*:?\s*|\s*:\s*|\s*\(\s*|\s*[—–]\s*|,?\s+to\s+|\s+puts\s+it[:,]?\s*|,\s+(?:[\w’'-]+\s+){0,3}?(?:agreed|committed|pledged|undertook|resolved)\s+to\s+|,?\s+is\s+to\s+|,?\s+(?:calls?|commits?|aims?|seeks?|urges?|reads?|states?|provides?|requires?|asks?|refers?|speaks?|promotes?|envisages?|envisions?|mentions?|highlights?|stresses?|emphasi[sz]es?|underlines?|specifies?|sets\s+out|recogni[sz]es?)\b(?:\s+[\w’'-]+){0,4}?\s*(?::\s*)?)$`,
);

/** A commitment that a target holds, named before it: "the commitment in", "our pledge under", "the ambition of". */
const COMMITMENT_BEFORE = /\b(?:commitments?|pledges?|promises?|ambitions?|aims?|calls?)\s+(?:(?:made|set\s+out|enshrined|expressed)\s+)?(?:in|under|of|by)\s+(?:the\s+)?$/i;

/** A relative clause still open before a target: ", which builds on", ", that refers to" with no comma after it. */
const IN_RELATIVE_CLAUSE = /,\s*(?:which|that|who|whose)\b[^,.;:]*$/;

/**
 * What comes between a quotation attributed to a target before it and the
 * next target of the same list, with its own quotation: "SDG targets 10.7
 * ("…") and 10.c ("…")". The list's words ("SDG", "targets") were written once.
 */
const LISTED_NEXT = /^\s*(?:[)\]—–]\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+|;\s*(?:and\s+)?)(?:[Tt]argets?\s+)?(\d{1,2}\.(?:\d{1,2}|[a-z]))\s*(?:\(\s*|:\s*|[—–]\s*)$/;

/** What joins a second quotation to the first, attributed to a target before it: "SDG 10.7 calls on States to "…" and to "…"". */
const AND_THEN = /^\s*(?:,\s*)?(?:and|or|as\s+well\s+as)(?:\s+(?:to|also|further))?\s*$/;

/**
 * A target named in parentheses or brackets at the end of a paragraph of a
 * block quotation: "> Facilitate orderly … policies. (SDG target 10.7)", also
 * with a full stop after it, or with no punctuation at all ("… policies (SDG
 * target 10.7)", "… policies [SDG target 10.7]"). Group 1: the mark before the
 * bracket; group 4: a full stop after it. One with a full stop after it and
 * none before ("… policies (target 10.7).") cites the target in the
 * quotation's own sentence: not an attribution.
 */
const ATTRIBUTION_AT_END = /(?<!\s)(?:([.!?…"”’])|\s)\s*[([]\s*(?:(SDG|Sustainable\s+Development\s+Goal)\s*(?:[Tt]arget\s+)?|[Tt]arget\s+)(\d{1,2}\.(?:\d{1,2}|[a-z]))\s*[)\]](\.)?\s*$/;

/** The paragraph of a block quotation, without quotation marks, that a target named after it in parentheses attributes to that target. */
function blockQuoteAttributed(run: Run): SdgQuote | undefined {
  const text = run.text;
  const tail = Math.max(0, text.length - 80);
  const m = ATTRIBUTION_AT_END.exec(text.slice(tail));
  if (!m || (m[4] && !m[1])) return undefined;
  const targetId = m[3] as string;
  // The attribution starts past the mark that ends the quotation, or the space before its bracket.
  const at = tail + m.index + 1;
  const lead = text.search(/\S/);
  let end = at;
  while (end > lead && /[\s.]/.test(text[end - 1] as string)) end--;
  const quoted = text.slice(lead, end);
  if (quoted.includes(EXCLUDED) || quoted.trim().split(/\s+/).length < 3) return undefined;
  const targetStart = tail + m.index + m[0].indexOf(targetId, m[0].search(/\d/));
  return { span: { start: run.start + lead, end: run.start + end }, quoted, targetId, targetSpan: { start: run.start + targetStart, end: run.start + targetStart + targetId.length }, named: !!m[2] };
}

export function extractSdgQuotes(block: Block): SdgQuote[] {
  const out: SdgQuote[] = [];
  for (const run of block.runs) {
    const text = run.text;
    if (run.quoted && !/^\s*["“«„]/.test(text)) {
      const attributed = blockQuoteAttributed(run);
      if (attributed) out.push(attributed);
    }
    if (!/["“«„]/.test(text)) continue;
    QUOTE.lastIndex = 0;
    // The last quotation attributed to a target written before it, and where it ends in the run.
    let previous: { readonly quote: SdgQuote; readonly end: number } | undefined;
    for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
      const inner = m[0].slice(1, -1);
      if (inner.trim().split(/\s+/).length < 3) continue;
      const innerStart = m.index + 1;
      const end = m.index + m[0].length;
      const after = AFTER_QUOTE.exec(text.slice(end, end + 60));
      let targetId: string | undefined;
      let targetStart = 0;
      let named = false;
      const joined = !after && previous && AND_THEN.test(text.slice(previous.end, m.index)) ? previous.quote : undefined;
      const listedBefore = previous;
      previous = undefined;
      if (joined) {
        const quote: SdgQuote = { span: { start: run.start + innerStart, end: run.start + innerStart + inner.length }, quoted: inner, targetId: joined.targetId, targetSpan: joined.targetSpan, named: joined.named };
        out.push(quote);
        previous = { quote, end };
        continue;
      }
      const listed = !after && listedBefore ? LISTED_NEXT.exec(text.slice(listedBefore.end, m.index)) : null;
      if (after) {
        targetId = after[2] as string;
        targetStart = end + after[0].indexOf(targetId, after[0].search(/\d/));
        named = !!(after[1] || after[3]);
      } else if (listed && listedBefore) {
        targetId = listed[1] as string;
        targetStart = listedBefore.end + listed.index + listed[0].lastIndexOf(targetId);
        named = listedBefore.quote.named;
      } else {
        const windowStart = Math.max(0, m.index - 120);
        const before = BEFORE_QUOTE.exec(text.slice(windowStart, m.index));
        // "The Global Compact, which builds on SDG target 10.7, commits States to "…"": the verb after the clause is its subject's.
        if (before && /^,\s*(?!which\b|whose\b)/.test(before[4] ?? '') && IN_RELATIVE_CLAUSE.test(text.slice(Math.max(0, windowStart + before.index - 120), windowStart + before.index))) continue;
        // "to" after the target attributes a quotation only to a commitment it holds ("the commitment in SDG target 10.c to "…""), not a move ("from target 10.7 to "…"").
        if (before && /^,?\s+to\s+$/.test(before[4] ?? '') && !COMMITMENT_BEFORE.test(text.slice(Math.max(0, windowStart + before.index - 60), windowStart + before.index))) continue;
        if (before) {
          targetId = before[2] as string;
          targetStart = windowStart + before.index + before[0].indexOf(targetId);
          named = !!(before[1] || before[3]);
        }
      }
      if (!targetId) continue;
      const quote: SdgQuote = {
        span: { start: run.start + innerStart, end: run.start + innerStart + inner.length },
        quoted: inner,
        targetId,
        targetSpan: { start: run.start + targetStart, end: run.start + targetStart + targetId.length },
        named,
      };
      out.push(quote);
      if (!after) previous = { quote, end };
    }
  }
  return out;
}

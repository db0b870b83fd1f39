/**
 * Finds references to objectives and paragraphs in prose: "objective 3",
 * "objectives 2 and 5", "objectives 1 to 4", "objectives 1–4",
 * "(objective 7)", "Objective 6 (recruitment and work)", "paragraph 16",
 * "paragraphs 16 and 17", "para. 16 (c)", "paragraph 16(c)".
 *
 * A reference knows whose part it names: the draft's own ("local"), the
 * adopted GCM's ("GCM objective 6", "objective 6 of the Global Compact"), or
 * another document's ("paragraph 16 of resolution 73/195", "paragraph 3 of
 * annex II", "MiGOF objective 1", any reference inside a block quotation),
 * which the checks leave alone. A number needs its keyword, and
 * quantities ("objective 3 per cent") are not references.
 */
import type { Block, Run } from '../parse/blocks';
import type { ExtractEnv } from '../model/facts';
import type { Span } from '../text/span';
import { patternsFor } from './patterns';
import { objectiveHeadIn } from './extract';
import { holdsSentenceEnd, lastSentenceStart } from '../text/sentences';
import { isCommentsMatrix, isOperativeLabel, PARAGRAPH_WORD } from '../parse/tables';

export type RefScope = 'local' | 'gcm' | 'foreign';

export interface PartRef {
  readonly kind: 'objective' | 'paragraph';
  readonly number: number;
  /** The number's digits. */
  readonly span: Span;
  /** The whole mention, keyword to last number. */
  readonly mention: Span;
  readonly scope: RefScope;
  /**
   * For a paragraph of the draft: the file of a draft in several files that
   * the words around it name, the main text ("paragraph 3 of the compact") or
   * an annex ("the annex, paragraphs 1 to 3"); each file numbers its own.
   */
  readonly part?: 'main' | 'annex';
  /**
   * The words named the compact, the draft or the document ("paragraph 3 of
   * the Compact"; for an objective, "objective 20 of the Compact" or "the
   * Compact's objective 20", always "compact"), not the resolution: in a resolution that holds the
   * compact as its annex, that is the annex (see resolve.ts inFileSegment).
   * "compact" where they called it "the Compact" (not the draft, the
   * document or the main text): the GCM in a document that calls the GCM so
   * or writes about it (see resolve.ts compactNamesGcm).
   */
  readonly namesCompact?: 'compact' | 'draft';
  /**
   * For a paragraph of another document named by its title after the
   * mention ("paragraph 3 of the Regional Action Plan"): the title's words,
   * which may be those of an annex the document holds (see resolve.ts).
   */
  readonly titled?: string;
  /** The words after the mention name the document itself: "paragraph 7 of this note", "of the present report", "paragraph 9 above". */
  readonly namesSelf?: true;
  /** "above" or "below" right after the mention (past its letters), with the word's span: "paragraph 9 above", "objective 3 (b) below". */
  readonly direction?: { readonly word: 'above' | 'below'; readonly span: Span };
  /** A lettered subparagraph: "16 (c)" → "c" and the span of the letter. */
  readonly letter?: { readonly letter: string; readonly span: Span };
  /** Further subparagraphs of the same paragraph: "16 (b) and (c)", "16 (a) to (d)" (the last of a range). */
  readonly moreLetters?: readonly { readonly letter: string; readonly span: Span }[];
  /** This number ends a range ("1 to 4"): the range's first number and its span. */
  readonly rangeFrom?: { readonly number: number; readonly span: Span };
  /** A title quoted right after a single objective: "objective 3, 'Provide information'". */
  readonly quotedTitle?: { readonly text: string; readonly span: Span };
}

/** The subparagraph letters a reference cites, in the order written: "16 (b) and (c)" → b, c; none without a letter. */
export function citedLetters(ref: PartRef): readonly { readonly letter: string; readonly span: Span }[] {
  return ref.letter ? [ref.letter, ...(ref.moreLetters ?? [])] : [];
}

const NOT_AFTER_NUM = String.raw`(?![\d\w%°/]|[.,]\d|\s*(?:per\s*cent|percent|million|billion|thousand|years?|months?|days?)\b)`;
/** Up to four digits, but not a year: "paragraph 1200" points nowhere in a draft, "objective 2030" is no reference. */
const DIGITS = String.raw`(?!(?:19|20)\d\d(?!\d))\d{1,4}`;
const NUM = String.raw`${DIGITS}${NOT_AFTER_NUM}`;
const LETTER = String.raw`(?:\s?\(([a-z]{1,2})\))?`;
const SEPARATOR = String.raw`\s*(?:,\s*(?:(?:and|or)\s+)?|\b(?:and|or|to)\s+|[–—-]\s*)`;
/** Words between the name of a text and a mention of its paragraphs: "in particular", "inter alia in", "(in particular". */
const BRIDGE_WORDS = String.raw`(?:in\s+particular|particularly|especially|notably|(?:more\s+)?specifically|namely|inter\s+alia(?:\s+in)?|including(?:\s+in)?)`;
const BRIDGE = String.raw`(?:(?:${BRIDGE_WORDS}|in|at|under)(?:\s+its)?)`;
/** A verb of which the GCM is the subject, before "in", "at" or "under" and the mention: "sets out, in paragraph 41", "also recognizes in its paragraph 5". */
const GCM_VERB = String.raw`(?:(?:also|further|clearly|explicitly|expressly)\s+)?[a-z]{3,}s(?:\s+(?:out|forth|down))?`;
/** The GCM's title, in full or without "Safe, Orderly and Regular", with or without the commas. */
export const GCM_TITLE = String.raw`Global\s+Compact\s+for\s+(?:Safe,?\s+Orderly,?\s+and\s+Regular\s+)?Migration`;
/** The end of the Global Compact on Refugees' title, the other global compact. */
const GCR_TITLE = String.raw`Compact\s+on\s+Refugees`;
const GCM_NAME = String.raw`(?:GCM|${GCM_TITLE}|Global\s+(?!${GCR_TITLE})Compact|Marrakech\s+Compact(?:\s+on\s+Migration)?)`;
/**
 * The GCM's name, in full or short, right before a keyword: "the Global
 * Compact for Migration objective 3", "GCM's objective 3", "the GCM (objective
 * 16)", also with its acronym defined there ("the Global Compact for Safe,
 * Orderly and Regular Migration (GCM) objective 6"); or with words between
 * (group 1), which the words after the number may give to another text
 * ("the GCM, objective 3 of this Compact"): a comma, "in", "at", "under" or "in
 * particular" ("the Global Compact, in paragraph 29", "the GCM at paragraph
 * 29", "the GCM, in its objective 2", "the Global Compact …, in particular
 * paragraph 29", after a verb: "the Global Compact sets out, in paragraph
 * 41"), or one of its objectives with the paragraph in
 * parentheses after it ("GCM objective 13 (para. 29)", "the GCM, in its
 * objective 2 (paragraph 18 (h))").
 */
const GCM_BEFORE = new RegExp(String.raw`(?<!\w)${GCM_NAME}(?:\s*\(GCM\)|\))?(?:[’']s|\s*\((?:\s*${BRIDGE})?|(,|\s+${GCM_VERB},?\s+(?:in|at|under)(?:\s+its)?|(?:,?\s+(?:and\s+)?${BRIDGE})?(?:\s+objectives?\s+\d{1,2}\s*\()?))?\s*$`);
/** "the Compact" (not the Global Compact, which GCM_BEFORE reads) right before a keyword, with the words that may join them. */
const COMPACT_BEFORE = new RegExp(String.raw`(?<![Gg]lobal\s)\b[Cc]ompact(?:[’']s|\s*\((?:\s*${BRIDGE})?|,?(?:\s+(?:and\s+)?${BRIDGE})?)\s*$`);
/** Whether "the Compact" (see COMPACT_BEFORE) stands right before the keyword at `at`. */
function compactBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.includes('ompact') && COMPACT_BEFORE.test(before);
}

/** What joins two subparagraph letters: "(a), (b)", "(a) and (b)", "(a) to (d)", "(a)–(d)". */
const LETTER_JOINER = String.raw`(?:,|and|or|to|[–—-])`;
/** The start of the text after a mention, past the subparagraph letters written after its number: " (a) and (c)", " (a)–(c)". */
const PAST_LETTERS = String.raw`^(?:\s*(?:${LETTER_JOINER}\s*)?\([a-z]{1,2}\))*\s*`;
/** The start of "of …" after a mention, past its letters: " (a) and (c) of", " (a)–(c) of". */
const OF_AFTER_LETTERS = String.raw`${PAST_LETTERS}(?:,\s*)?of\s+`;
/** The nouns that end the title of a document: "the 2030 Agenda", "the New York Declaration", "the Sendai Framework". */
const TITLE_NOUNS = ['Agenda', 'Declaration', 'Convention', 'Covenant', 'Protocol', 'Framework', 'Strategy', 'Charter', 'Agreement', 'Principles', 'Guidelines', 'Consensus', 'Programme of Action', 'Plan of Action'];
const TITLE_NOUN = `(?:${TITLE_NOUNS.map((n) => n.replace(/ /g, String.raw`\s+`)).join('|')})`;
/** A word that OTHER_BEFORE or TITLE_BEFORE needs, looked for first: a title's noun (the last word of the longer ones), the GCR, or a resolution or report. */
const TITLE_HINT = new RegExp([...new Set(TITLE_NOUNS.map((n) => n.split(' ').pop() as string)), 'GCR', 'ompact', 'Resolution', 'Report'].join('|'));
/** A capitalized word of a title, which starts where a word does (not after an apostrophe inside one). */
const TITLE_WORD = String.raw`(?<![\w’'-])[A-Z][\w’'-]*`;
/** The words that make a title of the draft itself rather than of another document: "This Framework", "Our Agenda", "These Guidelines". */
const OWN_TITLE = String.raw`(?:[Tt]his|[Tt]hese|present|current|[Oo]ur)`;
/** The capitalized word right before a title's noun, which is not an article or a word that points at the draft ("The Principles", "This Framework", "Each Framework" name no other document; "That Declaration" does). */
const WORD_BEFORE_NOUN = String.raw`(?<![\w’'-])(?!(?:The|This|These|Our|Present|Current|Such|Each|Every|Any|All)\b)[A-Z][\w’'-]*`;
/** Words that make a generic title, which a draft gives its own parts as well ("the Guiding Principles", "the Implementation Framework"): with a bare "in" after it, the draft's own (see GENERIC_TITLE_IN). */
const GENERIC_TITLE_WORD = String.raw`(?:Guiding|General|Strategic|Operational|Implementation|Results|Monitoring|Accountability|Policy|Regional|National|Global|Joint|Common|Core|Key|Overarching|Basic|Final|Revised|Draft|Proposed|Updated|Relevant)`;
/** What may follow a title's noun: a year, and "of", "on" or "for" with the capitalized words and small words of the rest ("for Refugees and Migrants"). */
const TITLE_TAIL = String.raw`(?:\s+\d{4})?(?:\s+(?:of|on|for)(?:\s+the)?(?:\s+(?:${TITLE_WORD}|and|of|on|for|the|in|to)){1,8})?`;
/** The Global Compact on Refugees, the other global compact, right before a keyword. */
const GCR_BEFORE = new RegExp(String.raw`${GCR_TITLE}(?:[’']s?)?(?:,|\s*\()?\s*$`);
/** What a name may have in parentheses after it: its acronym or its document ("The Global Compact on Refugees (GCR)", "(General Assembly resolution 71/1)", "(A/73/12 (Part II))"). */
const PARENTHESES_AFTER = String.raw`(?:\s*\((?:[^()]|\([^()]{0,20}\)){1,60}\))?`;
/** "the refugee compact", "the 2018 refugee compact", "the global refugee compact", as the Global Compact on Refugees is also called (not "a refugee compact"). */
const REFUGEE_COMPACT = String.raw`\b[Tt]he\s+(?:(?:\d{4}|[Gg]lobal)\s+)?[Rr]efugee\s+[Cc]ompact`;
/** What joins a document's name to a mention, whatever the name: a possessive, a parenthesis, a verb and "in" ("states in paragraph 70"). */
const JOIN_TO_MENTION = String.raw`[’']s|\s*\((?:\s*${BRIDGE})?|\s+${GCM_VERB},?\s+(?:in|at|under)(?:\s+its)?`;
/**
 * Another compact or a titled document named right before a mention, with
 * the words that join the GCM's name to its mentions (see GCM_BEFORE): "the
 * 2030 Agenda for Sustainable Development, in particular paragraph 29", "The
 * Global Compact on Refugees, in paragraph 95", "As the GCR states in
 * paragraph 70", "The GCR, at paragraphs 90 to 96", "The refugee compact
 * (para. 95)". A title is a capitalized word or a year and a noun of titles,
 * not "This Framework" or "The Principles". A generic title right after
 * "the" with a bare "in", "at" or "under" ("the Guiding Principles in
 * paragraph 15") names the draft's own (see GENERIC_TITLE_IN, which scopeOf
 * tries after this), "the Sendai Framework under paragraph 33" another text's.
 */
const OTHER_BEFORE = new RegExp(
  String.raw`(?:(?:\bGCR\b|${GCR_TITLE}|${REFUGEE_COMPACT})${PARENTHESES_AFTER}(?:${JOIN_TO_MENTION}|,?\s+(?:and\s+)?${BRIDGE})|(?<!\b${OWN_TITLE}\s)(?:\b\d{4}|${WORD_BEFORE_NOUN})\s+${TITLE_NOUN}${TITLE_TAIL}${PARENTHESES_AFTER}(?:${JOIN_TO_MENTION}|,?\s+(?:and\s+)?${BRIDGE}))\s*$`,
);
/** A generic title (one or two words of GENERIC_TITLE_WORD) right after "the", "this" or "our", with a bare "in", "at" or "under" after it: "the Guiding Principles in paragraph 15", "The Regional Strategic Framework in paragraph 16", the draft's own (not "the IOM Strategic Framework in paragraph 12", "its Strategic Framework in …" or "the African Union's Migration Policy Framework in …"). */
const GENERIC_TITLE_IN = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hese|[Oo]ur)\s+(?:${GENERIC_TITLE_WORD}\s+){1,2}${TITLE_NOUN}\s+(?:and\s+)?(?:in|at|under)(?:\s+its)?\s*$`);
/** A title of the draft's own before a parenthesis or a comma: after "This" or "These" with any word or two before its noun ("These Guiding Principles (paragraph 8)", "This Political Declaration (paragraph 14)"), after "present", "current" or "our" with generic ones ("Our Strategic Framework (paragraph 17)"; not "Our Common Agenda (paragraph 90)", the Secretary-General's report, or "the current Sendai Framework"). */
const OWN_TITLE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:(?:[Tt]his|[Tt]hese)\s+(?:[A-Z][\w’'-]*\s+){0,2}|(?:present|current|[Oo]ur)\s+(?!Common\s+Agenda)(?:${GENERIC_TITLE_WORD}\s+){0,2})${TITLE_NOUN}\s*[,(]\s*$`);
const PARAGRAPH = PARAGRAPH_WORD;
const ONE = new RegExp(String.raw`(${SEPARATOR})?(${DIGITS})${NOT_AFTER_NUM}${LETTER}`, 'giy');
const AFTER_OF = new RegExp(String.raw`${OF_AFTER_LETTERS}(?:(this|the\s+present|the\s+current|our)\b|(?:the\s+)?(${GCM_NAME})\b|(?:the\s+)?(Compact|draft|document(?!\s+[A-Z]{1,5}\/))\b|(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:(?:first|second|third|final|strategic|national|regional|global|ministerial|political|progress|outcome|annual|joint|relevant|respective|general|road|action|work)[\s-]+)?([A-Z]|annex(?:es)?\b|maps?\b|resolutions?\b|decisions?\b|reports?\b|declarations?\b|conventions?\b|covenants?\b|protocols?\b|agreements?\b|agendas?\b|frameworks?\b|plans?\b|programmes?\b|guidelines?\b|principles?\b|outcomes?\b|statements?\b|summar(?:y|ies)\b|conclusions?\b|recommendations?\b|strateg(?:y|ies)\b|charters?\b|treat(?:y|ies)\b|communiqu[eé]s?\b|notes?\b|letters?\b|minutes\b|roadmaps?\b|mandates?\b|statutes?\b|constitutions?\b|memorand(?:um|a)\b|pacts?\b|handbooks?\b|manuals?\b|comments?\b|articles?\b|documents?\s+[A-Z]{1,5}\/))`);
/** A resolution or decision by its number, "resolution 73/195"; a document by its symbol, "A/RES/73/195", "(A/78/123)". */
const RESOLUTION = String.raw`(?:[Rr]esolution|[Dd]ecision) \d{1,3}\/\d{1,4}`;
const SYMBOL = String.raw`\(?[A-Z]{1,5}(?:\/[A-Z][A-Z.\d]{0,8})*\/\d[\w/.]*\)?`;
/** The word or two before a keyword that name another document or framework: "resolution 73/195,", "A/RES/73/195", "MiGOF". */
const FOREIGN_WORDS = new RegExp(String.raw`^(?:${RESOLUTION}|(?:\S+ )?(?:${SYMBOL}|\(?(?!GCM\b)[A-Z][A-Za-z]*[A-Z](?:[’']s?)?)),?$`);
/** The last three words before a keyword when they name the annex of a resolution or of a document by its symbol: "resolution 73/195, annex, paragraph 16", "A/RES/73/195 (annex), para. 42". */
const FOREIGN_ANNEX = new RegExp(String.raw`^(?:\S+ )?(?:${RESOLUTION}|${SYMBOL}),? (?:annex|\(annex\)),?$`);
/** Whether the text before a keyword ends with the annex of a resolution or of a document by its symbol (see FOREIGN_ANNEX). */
function foreignAnnexBefore(before: string): boolean {
  return FOREIGN_ANNEX.test(lastWords(before, 3));
}
/**
 * A title that a mention in parentheses or after a comma cites: "the 2030
 * Agenda (paragraph 29)", "the New York Declaration, para. 60", the report
 * "Our Common Agenda", paragraph 140. The draft's
 * own name ("the Compact (paragraph 16)", "These Guidelines (paragraph 7)",
 * "These Guiding Principles (paragraph 8)") is not one of them.
 */
const TITLE_BEFORE = new RegExp(String.raw`\b(?:${TITLE_NOUN}|Resolution|Report)${TITLE_TAIL}["”*_]{0,2}\s*[,(]\s*$`);
/** A document by its number before a keyword: "general comment No. 6, para. 30", "general recommendation No. 26 (2008), paragraph 4". */
const NUMBERED_BEFORE = /\b(?:comments?|recommendations?|conventions?|resolutions?|decisions?|reports?|notes?)\s+No\.\s?\d{1,4}(?:\s?\(\d{4}\))?,?\s*$/i;
/**
 * The last words before a keyword that give it to another document: "its" or
 * "their", or a possessive ("the Plan's", "the project's specific") other than
 * the draft's own ("the Compact's", "this draft's").
 */
const OTHERS_BEFORE = /(?:^| )(?:its|their)$|(?:^|\s)(?!(?:Compact|compact|draft|document)[’']s\b)\S+(?:[’']s|s[’'])(?: [a-z]+)?$/;
/** "of this …", "of the present …", "of our …", or "above" or "below", after a mention, past its letters. */
const SELF_AFTER = new RegExp(String.raw`${OF_AFTER_LETTERS}(?:this|the\s+present|the\s+current|our)\b|${PAST_LETTERS}(?:above|below)\b`);
/** "above" or "below" after a mention, past its letters (see PartRef.direction). */
const DIRECTION_AFTER = new RegExp(String.raw`${PAST_LETTERS}(above|below)\b`, 'd');
/** "Ibid., para. 12", "Id., para. 9", "op. cit., paragraph 4", "ibid., p. 4, para. 18": the source a footnote cited before (read in the last four words; "ID." is an identifier, not "Id.", and "id." ends a sentence unless a comma follows it). */
const IBID = /(?:^|\s)(?:[Ii]bid\.?|IBID\.?|Id\.|id\.,|[Oo][Pp]\.\s?[Cc][Ii][Tt]\.?|[Ll][Oo][Cc]\.\s?[Cc][Ii][Tt]\.?),?(?: pp?\. ?\d+(?:[–-]\d+)?,?)?$/;
/** "annex II, paragraph 3", as "paragraph 3 of annex II": an annex by its number, another document's (see PART_AFTER). */
const NUMBERED_ANNEX_BEFORE = /\b[Aa]nnex (?:[IVXLC]+|[A-Z]|\d{1,2}),?$/;
/** "paragraphs 8 and 9 thereof". */
const THEREOF = /^\s*(?:,\s*)?thereof\b/;
const GCM_WORDS = /^(?:\S+ )?(?:GCM|Global Compact|Marrakech Compact)(?:[’']s)?$/;
const QUOTED = /^(?:\s+of\s+(?:the\s+|this\s+)?(?:Global\s+Compact(?:\s+for\s+Migration)?|GCM|[Cc]ompact|draft))?\s*(?:,\s*|:\s*|\(\s*|[–—]\s*)?(?:(["“])([^"“”\u0000]{3,300})["”]|(['‘])([^\u0000\n]{3,300}?)['’](?![A-Za-z]))/d;

/** A label's colon or dash after a mention, with the text it labels (not a quotation) right after it. */
const LABEL_END = String.raw`[ \t]*[:—–][ \t]*[^\s"“'‘]`;
/** "Objective 1: Socioeconomic well-being…" inside a paragraph: a label (see findRefs). */
const INLINE_LABEL = new RegExp(`^${LABEL_END}`);
/** What ends a comment's label after the paragraphs it names: ":", or a few words then ":" ("Paragraph 31, first sentence:"). */
const COMMENT_LABEL = new RegExp(String.raw`^(?:,[ \t]*[\p{L}\d]+(?: [\p{L}\d]+){0,4})?${LABEL_END}`, 'u');

const mentionCache = new Map<string, RegExp>();

function mentionPattern(keyword: string): RegExp {
  let re = mentionCache.get(keyword);
  if (!re) {
    re = new RegExp(String.raw`(?:\b(${keyword})|(?:\b(?:${PARAGRAPH})|¶))\s*(${NUM}${LETTER}(?:${SEPARATOR}${NUM}${LETTER})*)`, 'gi');
    mentionCache.set(keyword, re);
  }
  return re;
}

export function extractPartRefs(block: Block, env: ExtractEnv): PartRef[] {
  const out: PartRef[] = [];
  for (const run of block.runs) {
    if (!/\d/.test(run.text)) continue;
    const head = objectiveHeadIn(run, env, block);
    findRefs(run, env, head?.numberSpan.start ?? -1, out);
  }
  return out;
}

function findRefs(run: Run, env: ExtractEnv, definitionAt: number, out: PartRef[]): void {
  const text = run.text;
  const re = mentionPattern(patternsFor(env.config).keyword);
  re.lastIndex = 0;
  /** Where the last mention of the GCM's paragraphs ended, for the next one chained to it. */
  let gcmEnd = -1;
  /** The number of that mention's first paragraph. */
  let gcmNumber: number | undefined;
  /** The run opens with a comment's label ("Para 44: …"): the paragraphs it cites are those of the text commented on. */
  let commenting = false;
  let matrix: boolean | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = m[1] !== undefined ? 'objective' : 'paragraph';
    // "op 7", "Op 12": not the label of an operative paragraph, which is written in capitals.
    if (kind === 'paragraph' && /^op/i.test(m[0]) && !isOperativeLabel(m[0].slice(0, m[0].search(/\s/)))) continue;
    // "Paragraph 11: add …", "Paragraphs 27–29: …", "Paragraph 31, first sentence: …" opening a paragraph or an item: a comment's label naming the paragraphs of the text commented on.
    if (kind === 'paragraph' && /^\s*$/.test(text.slice(0, m.index)) && COMMENT_LABEL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      commenting = true;
      continue;
    }
    const list = m[2] as string;
    const listStart = m.index + m[0].length - list.length;
    const mention = { start: run.start + m.index, end: run.start + m.index + m[0].length };
    // A block quotation quotes another text, whose numbers are its own.
    const written = run.quoted ? 'foreign' : scopeOf(text, m.index, m.index + m[0].length);
    // An objective in a sentence about the GCR is the GCR's, unless the words after it name the draft ("objective 3 of this Compact").
    const own = written === 'local' && kind === 'objective' && inGcrSentence(text, m.index) && !SELF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) ? 'foreign' : written;
    // "of the annex" is another document's unless the draft has an annex file of its own (see resolve.ts): such a reference keeps its part.
    // "the Compact, in particular paragraph 49", "the Compact (para. 46)": the compact named before the mention, as "of the Compact" names it after.
    const named = kind === 'paragraph' && !run.quoted ? (partOf(text, m.index, m.index + m[0].length) ?? (compactBefore(text, m.index) ? 'compact' : undefined)) : undefined;
    // A table with a column of paragraph numbers is a matrix of comments on another text: the paragraphs it names are that text's,
    // as are those of a comment labelled "Paragraph 11:", unless the words after a mention name the commenting document itself ("of
    // the present report"): "of the draft", "the Compact (para. 46)" and "the annex, paragraph 3" are still the text commented on.
    commenting ||= kind === 'paragraph' && own === 'local' && (matrix ??= isCommentsMatrix(text));
    // "of this note", "of the present report", "of this document", "paragraph 9 above": the document names itself ("of the current draft" names the draft).
    const self = kind === 'paragraph' && own === 'local' && (named === 'resolution' || (named === undefined && SELF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))));
    // "the Global Compact, including in paragraph 43, specifically paragraph 31": a mention chained to one of the GCM's is the GCM's too.
    // Also the GCM's paragraph named again in its sentence: "paragraph 15 (f) on human rights and paragraph 15 (k) on …" (not "… below").
    const again = !self && gcmNumber !== undefined && parseInt(m[2] as string, 10) === gcmNumber && !holdsSentenceEnd(text.slice(gcmEnd, m.index));
    const chained = own === 'local' && gcmEnd >= 0 && (again || CHAINED.test(text.slice(gcmEnd, m.index))) && !AFTER_OF.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120));
    const scope = chained ? 'gcm' : commenting && own === 'local' && !self ? 'foreign' : own;
    gcmEnd = scope === 'gcm' && kind === 'paragraph' ? m.index + m[0].length : -1;
    gcmNumber = gcmEnd >= 0 ? parseInt(m[2] as string, 10) : undefined;
    const found = named === 'compact' || named === 'draft' || named === 'resolution' ? 'main' : named;
    // "A/RES/73/195, annex, para. 50", "resolution 70/1, annex, paragraph 29": another document's annex, never the draft's own.
    const otherAnnex = found === 'annex' && own === 'foreign' && foreignAnnexBefore(text.slice(Math.max(0, m.index - 80), m.index).replace(/\u0000/g, ' '));
    const part = scope === 'local' || (found === 'annex' && !otherAnnex) ? found : undefined;
    const titled = kind === 'paragraph' && scope === 'foreign' && !run.quoted ? titleAfter(text, m.index + m[0].length) : undefined;
    const direction = scope === 'local' ? directionAfter(text, m.index + m[0].length, run.start) : undefined;
    const refs: PartRef[] = [];
    ONE.lastIndex = 0;
    let previous: PartRef | undefined;
    for (let p = ONE.exec(list); p; p = ONE.exec(list)) {
      const sep = p[1] ?? '';
      const digits = p[2] as string;
      const s = run.start + listStart + p.index + sep.length;
      if (s === definitionAt) break;
      const letterText = p[3];
      const letterAt = letterText ? s + p[0].length - sep.length - letterText.length - 1 : 0;
      const isRange = /[–—-]|\bto\b/.test(sep);
      const ref: PartRef = {
        kind,
        number: Number(digits),
        span: { start: s, end: s + digits.length },
        mention,
        scope,
        ...(part ? { part } : {}),
        ...(part === 'main' && (named === 'compact' || named === 'draft') ? { namesCompact: named } : {}),
        ...(kind === 'objective' && own === 'local' && !run.quoted && namesTheCompact(text, m.index, m.index + m[0].length) ? { namesCompact: 'compact' as const } : {}),
        ...(titled ? { titled } : {}),
        ...(self ? { namesSelf: true as const } : {}),
        ...(direction ? { direction } : {}),
        ...(letterText ? { letter: { letter: letterText, span: { start: letterAt, end: letterAt + letterText.length } } } : {}),
        ...(isRange && previous && !previous.rangeFrom ? { rangeFrom: { number: previous.number, span: previous.span } } : {}),
      };
      refs.push(ref);
      previous = ref;
    }
    if (kind === 'paragraph' && refs.length === 1 && !refs[0]?.letter) {
      const sub = subparagraphsBefore(text, m.index, run.start);
      if (sub) refs[0] = { ...(refs[0] as PartRef), mention: { start: sub.start, end: mention.end }, letter: sub.letter, ...(sub.more.length ? { moreLetters: sub.more } : {}) };
    }
    const last = refs[refs.length - 1];
    if (last?.letter && kind === 'paragraph') {
      const more = moreLettersAt(text, m.index + m[0].length, run.start, last.letter.letter);
      if (more.length) refs[refs.length - 1] = { ...last, moreLetters: more };
    }
    // "Objective 1: Socioeconomic well-being…" inside a paragraph lists some framework's objectives: a label, not a reference.
    if (refs.length === 1 && kind === 'objective' && INLINE_LABEL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (refs.length === 1 && kind === 'objective') {
      const found = QUOTED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 320));
      // A straight quotation mark after a mention that a straight quotation holds closes it ("cites "GCM objective 3" and calls it "…").
      const q = found?.[1] === '"' && insideStraightQuotes(text, m.index) ? null : found;
      const quoted = q?.[2] ?? q?.[4];
      const at = q?.indices?.[2]?.[0] ?? q?.indices?.[4]?.[0];
      if (quoted && at !== undefined) {
        const s = run.start + m.index + m[0].length + at;
        refs[0] = { ...(refs[0] as PartRef), quotedTitle: { text: quoted, span: { start: s, end: s + quoted.length } } };
      }
    }
    for (const ref of refs) out.push(ref);
  }
}

/**
 * Whether the mention at `at` in `text` stands inside a quotation opened with
 * a straight quotation mark: the nearest straight mark before it (within
 * 2,000 characters) opens one, after a space, a colon or an opening bracket
 * and before a word ("cites "GCM objective 3" …"), and no curly closing mark
 * follows it. A mark that closes a curly quotation ("“…", and") or an inch
 * mark (12") closes, and opens nothing.
 */
function insideStraightQuotes(text: string, at: number): boolean {
  const from = Math.max(0, at - 2000);
  const found = text.slice(from, at).lastIndexOf('"');
  if (found < 0) return false;
  const mark = from + found;
  const before = mark === 0 ? ' ' : (text[mark - 1] as string);
  const after = text[mark + 1] ?? ' ';
  // A curly closing mark after it closed it ("titled "Safe Borders for All”, was adopted").
  return /[\s([{:\u2014\u2013]/.test(before) && !/\s/.test(after) && !text.slice(mark + 1, at).includes('\u201d');
}

/** "above" or "below" after a mention ending at `end` in `text` (which starts at document offset `base`). */
function directionAfter(text: string, end: number, base: number): PartRef['direction'] {
  const slice = text.slice(end, end + 40);
  if (!slice.includes('above') && !slice.includes('below')) return undefined;
  const d = DIRECTION_AFTER.exec(slice);
  const at = d?.indices?.[1];
  return d && at ? { word: d[1] as 'above' | 'below', span: { start: base + end + at[0], end: base + end + at[1] } } : undefined;
}

const MORE_LETTER = new RegExp(String.raw`\s*(${LETTER_JOINER}\s*)?\(([a-z]{1,2})\)(?![\w(])`, 'y');
/** A lower-case roman numeral, the label of an item inside a subparagraph: "(ii)", "(iv)". */
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;

/**
 * The letters written after a paragraph's first one, from `at` in `text`
 * (which starts at document offset `base`). A roman numeral right after a
 * letter, with no joiner, labels an item inside that subparagraph ("16 (c)
 * (ii)", "1 (a)(i)"), which the draft's letters do not list: the letters end
 * before it.
 */
function moreLettersAt(text: string, at: number, base: number, first: string): { letter: string; span: Span }[] {
  const out: { letter: string; span: Span }[] = [];
  MORE_LETTER.lastIndex = at;
  for (let l = MORE_LETTER.exec(text), before = first; l && out.length < 26; l = MORE_LETTER.exec(text)) {
    const letter = l[2] as string;
    if (!l[1] && ROMAN.test(letter) && !ROMAN.test(before)) break;
    before = letter;
    const s = base + l.index + l[0].length - letter.length - 1;
    out.push({ letter, span: { start: s, end: s + letter.length } });
  }
  return out;
}

/** What may join two mentions of one document's paragraphs: ", specifically", ", and namely", " and in particular". */
const CHAINED = new RegExp(String.raw`^[\s,]{0,3}(?:(?:and|or|as\s+well\s+as|also|${BRIDGE})\s+){0,3}$`, 'i');

/** "subparagraph (b) of ", "subparagraphs (a), (c) and (d) of " right before a paragraph's keyword (group 1: the first letter). */
const SUB_BEFORE = new RegExp(String.raw`\bsub-?paragraphs?\s*\(([a-z]{1,2})\)(?:\s*(?:${LETTER_JOINER}\s*)?\([a-z]{1,2}\))*\s+of\s+(?:the\s+)?$`, 'i');

/**
 * The letters of "subparagraph (b) of paragraph 3", written before the
 * paragraph's keyword at `keywordAt` in `text` (which starts at document
 * offset `base`): the same subparagraphs as "paragraph 3 (b)".
 */
function subparagraphsBefore(text: string, keywordAt: number, base: number): { start: number; letter: { letter: string; span: Span }; more: { letter: string; span: Span }[] } | undefined {
  const from = Math.max(0, keywordAt - 160);
  const slice = text.slice(from, keywordAt);
  // Most mentions have no subparagraph before them: a plain search says so before the pattern runs.
  if (!/ub-?paragraph/i.test(slice)) return undefined;
  const sub = SUB_BEFORE.exec(slice);
  if (!sub) return undefined;
  const first = sub[1] as string;
  const start = from + sub.index;
  const letterAt = start + sub[0].indexOf('(') + 1;
  const more = moreLettersAt(text, letterAt + first.length + 1, base, first);
  return { start: base + start, letter: { letter: first, span: { start: base + letterAt, end: base + letterAt + first.length } }, more };
}

/** Whose objective or paragraph a mention names, from the words around it. */
function scopeOf(text: string, start: number, end: number): RefScope {
  // Far enough back for a title and its document in parentheses: "the New York Declaration for Refugees and Migrants (General Assembly resolution 71/1), in particular".
  const before = text.slice(Math.max(0, start - 140), start).replace(/\u0000/g, ' ');
  const words = lastWords(before);
  // The patterns of the compacts' names run only where one may be named: most mentions have neither word before them.
  const compact = before.includes('ompact') || before.includes('GCM');
  const gcm = compact ? GCM_BEFORE.exec(before) : null;
  if (GCM_WORDS.test(words) || (gcm && !gcm[1])) return 'gcm';
  // The patterns of titles run only where a title's noun or the GCR may be named: most mentions have none before them.
  const titled = TITLE_HINT.test(before);
  if ((compact && GCR_BEFORE.test(before)) || (titled && OTHER_BEFORE.test(before) && !GENERIC_TITLE_IN.test(before))) return 'foreign';
  // Preambular paragraphs are not numbered in the text: "preambular paragraph 3" cannot be checked.
  if (/(?:^| )preambular$/i.test(words)) return 'foreign';
  // "its paragraph 9", "the Strategic Plan's objective 2", "the project's specific objective 7": a document just named, or another's (the GCM's, right after its name: "the Global Compact, in its paragraph 5").
  if (OTHERS_BEFORE.test(words) && !gcm) return 'foreign';
  if (THEREOF.test(text.slice(end, end + 20)) || IBID.test(lastWords(before, 4))) return 'foreign';
  if ((titled && TITLE_BEFORE.test(before) && !OWN_TITLE_BEFORE.test(before)) || NUMBERED_BEFORE.test(before) || NUMBERED_ANNEX_BEFORE.test(words) || foreignAnnexBefore(before)) return 'foreign';
  // "Objective 19 (GCM)", "paragraph 23 (Global Compact for Migration)".
  if (GCM_IN_PARENTHESES_AFTER.test(text.slice(end, end + 90))) return 'gcm';
  const after = AFTER_OF.exec(text.slice(end, end + 120));
  if (after) {
    if (after[2]) return 'gcm';
    if (after[4]) return 'foreign';
    return 'local';
  }
  if (gcm) return 'gcm';
  return FOREIGN_WORDS.test(words) || citesGcrInParentheses(text, start) ? 'foreign' : 'local';
}

/**
 * A mention in parentheses ("(para. 68)", "(see paragraph 82)") in a clause
 * that names the Global Compact on Refugees and not the GCM cites the GCR:
 * "The GCR addresses education (para. 68)", "The GCR (paragraph 82)
 * applies". (A clause that names the GCM may still cite the draft's own
 * paragraphs: "In line with the GCM, we trained officers (para. 12)".)
 */
function citesGcrInParentheses(text: string, start: number): boolean {
  return OPEN_CITATION.test(text.slice(Math.max(0, start - 12), start)) && clauseNamesGcr(text, start);
}

/** Whether the clause before `start` (up to 300 characters back) names the Global Compact on Refugees and not the GCM. */
function clauseNamesGcr(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start).replace(/\u0000/g, ' ');
  const clause = before.slice(lastSentenceStart(before, true));
  return GCR_NAMED.test(clause) && !GCM_NAMED_IN.test(clause);
}

/** The GCM named in parentheses right after a mention (past its letters): "Objective 19 (GCM)". */
const GCM_IN_PARENTHESES_AFTER = new RegExp(String.raw`${PAST_LETTERS}\((?:of\s+)?(?:the\s+)?${GCM_NAME}\)`);

/**
 * An objective named in a sentence that names the Global Compact on Refugees
 * and not the GCM is the GCR's: "The Global Compact on Refugees (GCR) sets
 * out four objectives: objective 1, "Ease pressures on host countries"".
 */
function inGcrSentence(text: string, start: number): boolean {
  // Most mentions have neither name before them: a plain search says so first.
  const near = text.slice(Math.max(0, start - 300), start);
  return (near.includes('GCR') || near.includes('ompact')) && clauseNamesGcr(text, start);
}

/** An opening parenthesis right before a mention, with "see" or "cf." after it. */
const OPEN_CITATION = /\(\s*(?:(?:see|cf\.)\s+)?$/i;
/** The Global Compact on Refugees, by name or acronym. */
const GCR_NAMED = new RegExp(String.raw`\bGCR\b|${GCR_TITLE}|${REFUGEE_COMPACT}`);
const GCM_NAMED_IN = new RegExp(String.raw`(?<!\w)${GCM_NAME}`);

/** "of the Regional Action Plan" after a mention (and its letters), up to the title's first word. */
const OF_TITLE = new RegExp(String.raw`${OF_AFTER_LETTERS}the\s+(?=\p{Lu})`, 'u');
/** Words that join the capitalized words of a title: "Plan of Action on Labour Migration for the Region". */
const TITLE_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'to', 'in', 'against']);

/** Punctuation after a title's last word: "the Regional Action Plan)," ends there. */
const TITLE_END = ',;:.)’\'”"';

/** The capitalized words of a title named after a mention ("… of the Regional Action Plan on Labour Migration, …"), if any. */
function titleAfter(text: string, end: number): string | undefined {
  const head = OF_TITLE.exec(text.slice(end, end + 120));
  if (!head) return undefined;
  const words = text.slice(end + head[0].length, end + head[0].length + 160).split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const raw = words[k] as string;
    let cut = raw.length;
    while (cut > 0 && TITLE_END.includes(raw.charAt(cut - 1))) cut--;
    const word = raw.slice(0, cut);
    const capitalized = /^\p{Lu}/u.test(word);
    if (!capitalized && !TITLE_JOINERS.has(word)) break;
    // "the Regional Action Plan and the Annual Report": "and the" starts another name.
    if (word === 'and' && words[k + 1] === 'the') break;
    out.push(word);
    if (word !== raw) break;
  }
  while (out.length > 0 && TITLE_JOINERS.has(out[out.length - 1] as string)) out.pop();
  return out.length >= 2 ? out.join(' ') : undefined;
}

/** "of the compact", "of this annex" after a mention; "the annex, paragraphs", "the annex's paragraph" before it. */
const PART_AFTER = new RegExp(
  String.raw`${OF_AFTER_LETTERS}(?:the\s+|this\s+|our\s+)?(?:present\s+|current\s+)?(compact|draft|main\s+text|(?<=(?:this|present|current)\s+)(?:resolution|decision|report|document)|document|annex(?!\s+(?:to|of)\b|\s+(?:[IVXLC]+|[A-Z]|\d+)\b))\b`,
  'i',
);
const PART_BEFORE = /\bannex(?:[’']s)?,?\s*$/i;

/** Whether the words right before a keyword give it to an annex of the draft: "the annex, paragraph", "the annex's paragraph". */
export function annexBefore(text: string): boolean {
  return PART_BEFORE.test(text.slice(-12));
}

/** The part of a draft the words around a mention name: its annex, the compact, the draft (or document, main text: the same part) or the resolution itself. */
function partOf(text: string, start: number, end: number): 'compact' | 'draft' | 'resolution' | 'annex' | undefined {
  const after = PART_AFTER.exec(text.slice(end, end + 80));
  if (after) {
    const word = (after[1] as string).toLowerCase();
    // "of this document", as "of the present report", is the document itself, whatever it holds.
    const self = word === 'document' && /(?:this|present|current)\s+document$/i.test(after[0]);
    return word === 'annex' ? 'annex' : word === 'resolution' || word === 'decision' || word === 'report' || self ? 'resolution' : word === 'compact' ? 'compact' : 'draft';
  }
  return annexBefore(text.slice(Math.max(0, start - 12), start)) ? 'annex' : undefined;
}

/** Whether the words around a mention call what it cites "the Compact": "objective 20 of the Compact", "the Compact's objective 20". */
function namesTheCompact(text: string, start: number, end: number): boolean {
  return partOf(text, start, end) === 'compact' || compactBefore(text, start);
}

/** The last two (or `count`) words of a text, single-spaced. */
function lastWords(text: string, count = 2): string {
  return text.split(/\s+/).filter((w) => w.length > 0).slice(-count).join(' ');
}

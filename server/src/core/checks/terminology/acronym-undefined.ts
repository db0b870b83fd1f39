import type { Check, CheckContext, Report, TextEdit } from '../check';
import type { Span } from '../../text/span';
import type { DocumentModel } from '../../model/model';
import type { AcronymDefinition, AcronymUse } from '../../terminology/acronyms';
import { acronymKey, expansionOf, isKnownAcronym } from '../../terminology/acronymData';
import { headNoun, plural, singular, withHeadNoun } from '../../text/plural';
import { firstSentenceEnd, lastSentenceStart } from '../../text/sentences';
import { indefiniteBefore, withArticle } from '../../terminology/article';

export const acronymUndefined: Check = {
  id: 'terminology/acronym-undefined',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'An acronym used before it is defined as "Long Name (ABC)", or never defined.',
  docs: `A reader meets an acronym once, at its first use, and must learn there what it stands for: write the long form followed by the acronym in parentheses, "International Organization for Migration (IOM)", then the acronym alone. The forms of legal texts ("International Organization for Migration ("IOM")", "(the “IOM”)", "The Committee on Migrant Workers ("the Committee" or "CMW")", ", hereafter ILO,"), a long form set after the acronym between commas ("UNHCR, the Office of the United Nations High Commissioner for Refugees, …"), long forms followed by their acronyms listed in the same order ("the Committee on Migrant Workers and the Committee on the Rights of the Child (CMW–CRC)") and a table or list of abbreviations ("| IOM | International Organization for Migration |", "CSO: civil society organization", or inline, "Abbreviations: CSO, civil society organization; NCM, national coordination mechanism", or pasted with a tab between acronym and long form, or as a definition list, "NRM" over ": National Referral Mechanism") define an acronym too, as does the text a comments matrix quotes in its column of the commented wording ("| Para. | Zero draft text | Comment |"), which the comments beside it may use. The first use of an acronym that is defined only later, or never, is reported once. When the glossary or the instrument registry knows the acronym, a quick fix writes its long form at the first use, with "the" where the name needs it and the words before leave it out ("The UNHCR and UNICEF cooperate" becomes "… and the United Nations Children's Fund (UNICEF) cooperate"), also after a verb whose object it is ("Partners include UNICEF") or a word that opens a clause ("which IOM organizes"), and none where the acronym modifies the noun after it ("Under EU law" becomes "Under European Union (EU) law"; "ICT technology" becomes "information and communications technology (ICT)", the word the long form ends with not written twice) or starts a name ("[UNODC Global Plan of Action]", whose article, if any, is the name's); none is offered for a possessive ("IOM's work") or the second part of a compound ("the EU-IOM Joint Initiative"), which need rewording. For the acronym of a treaty that stands for the committee monitoring it ("the CMW urged", "The CERD and the CRC issued …", or in a sentence about concluding observations or general comments) it writes the committee's name, "the Committee on Migrant Workers (CMW)", not the treaty's title (the registry names the committees of the nine core human rights treaties; for another, the message asks for the committee's name).

Acronyms every reader knows (UN, SDG, GDP, HIV, PDF…, and the currency codes USD, EUR, GBP and CHF) need no definition; add your own with \`"acronyms": { "known": ["ABC"] }\`. Words in capitals for emphasis ("States MUST", "NOT", "ALL") and labels such as DRAFT, ANNEX, HIGH or PENDING are not acronyms, nor are the delegations a negotiation text names in its brackets before their position ("[EU, CANZ: retain; US: delete]"; acronyms in bracketed text, "[IOM and UNHCR will support …]", are used) or the second part of a name joined by a hyphen ("AFL-CIO", though "EU-IOM" uses IOM, which the built-in list knows), nor is a place designation after a name ("Hong Kong SAR", "Lao PDR"). Uses in headings do not count as first uses. A definition of an acronym also covers its plural ("NGO", "NGOs").

Invalid: \`IOM supports returns.\` Valid: \`The International Organization for Migration (IOM) supports returns. IOM …\``,
  *run(model, ctx): Iterable<Report> {
    const defined = new Map<string, AcronymDefinition>();
    for (const d of model.facts('acronymDefinitions')) {
      const key = acronymKey(d.acronym);
      if (!defined.has(key)) defined.set(key, d);
    }
    const seen = new Set<string>();
    for (const use of model.facts('acronymUses')) {
      const key = acronymKey(use.acronym);
      if (use.heading || seen.has(key) || isKnownAcronym(use.acronym, ctx.data)) continue;
      seen.add(key);
      const def = defined.get(key);
      if (def && def.span.start < use.span.start) continue;
      yield def ? usedBeforeDefinition(model, use, def, ctx) : neverDefined(model, use, ctx);
    }
  },
};

/**
 * What the acronym stands for here, from the data: its known expansion, or,
 * for a treaty's acronym that acts as a body ("The CMW urged …"), the name of
 * the committee monitoring the treaty (`body` then names the treaty), which the
 * registry holds for the core human rights treaties.
 */
function standsFor(model: DocumentModel, use: AcronymUse, ctx: CheckContext): { readonly expansion: string | undefined; readonly body?: string } {
  const known = expansionOf(use.acronym, ctx.data);
  // Only a treaty that a committee monitors (the registry says which): "the UNTOC calls for …" is the Convention.
  const committee = ctx.data.instruments.byAcronym(use.acronym)?.monitoringBody;
  if (known === undefined || committee === undefined || !treatyBody(model.text, use)) return { expansion: known };
  return { expansion: committee.acronym === use.acronym ? committee.name : undefined, body: known };
}

function neverDefined(model: DocumentModel, use: AcronymUse, ctx: CheckContext): Report {
  const { expansion, body } = standsFor(model, use, ctx);
  const write = expansion ? `write "${expansion} (${use.acronym})"` : `write ${body ? "the committee's name" : 'its long form'} followed by the acronym in parentheses`;
  const how = use.inList
    ? 'write the long forms of the listed acronyms right before the parentheses, in the order of the list'
    : `${body ? `here it names the committee that monitors the ${body}: ` : ''}${write} at its first use`;
  const written = expansion === undefined || !definableHere(model.text, use) ? undefined : inPlace(model.text, use, expansion);
  return {
    span: use.span,
    message: `The acronym "${use.acronym}" is never defined: ${how}.`,
    ...(written ? { fixes: [{ title: `Define here: "${written} (${use.acronym})"`, edits: [definedHere(model.text, use, written)], safe: false, preferred: true }] } : {}),
  };
}

/** Whether a fix may write the long form at the acronym: not before a possessive ("IOM's work") or after a hyphen ("the EU-IOM Joint Initiative"), which need rewording, nor in a list of acronyms. */
function definableHere(text: string, use: AcronymUse): boolean {
  return !possessive(text, use) && !/[-‐‑–—]$/.test(text.slice(Math.max(0, use.span.start - 1), use.span.start)) && !use.inList;
}

/** The edit that writes "Long Form (ABC)" in place of the acronym (see inPlace for `written`), with the article the words before need. */
function definedHere(text: string, use: AcronymUse, written: string): TextEdit {
  return withArticle(text, { start: use.span.start, end: repeatedAfter(text, use.span.end, written) }, `${written} (${use.acronym})`);
}

/**
 * Where the text after the acronym ends when the word right after it repeats
 * the long form's head noun: its last word ("ICT technology", "the HIV
 * virus"), or, in a title, the word its first link word follows ("the CEDAW
 * Convention", "the UNHCR Office", "the GCM Compact"): the long form written
 * in place takes that word's place. Otherwise the acronym's end.
 */
function repeatedAfter(text: string, end: number, longForm: string): number {
  const next = /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  return next && (next[1] as string).toLowerCase() === headNoun(longForm).toLowerCase() ? end + next[0].length : end;
}

/**
 * Whether the acronym of a treaty stands here for
 * the committee of the same acronym, which monitors it ("the CMW", "the
 * CERD", "the CRC"): it does what a body does ("the CMW urged", "The CERD and
 * the CRC issued …", "the CRC recommends"), or the sentence speaks of its
 * concluding observations or general comments. A convention urges nothing.
 */
function treatyBody(text: string, use: AcronymUse): boolean {
  // Within the acronym's sentence: "States ratified the CRC. General comments …" speaks of the Convention.
  const before = text.slice(Math.max(0, use.span.start - 100), use.span.start);
  const sentence = before.slice(lastSentenceStart(before));
  // "article 3 of the CRC calls for …" is the Convention's article.
  if (ARTICLE_OF.test(sentence)) return false;
  const after = text.slice(use.span.end, use.span.end + 80);
  const rest = after.slice(0, firstSentenceEnd(after));
  const verb = BODY_VERB.exec(rest)?.[1];
  if (verb !== undefined && BODY_VERBS.has(verb)) return true;
  return BODY_WORK.test(sentence + use.acronym + rest.slice(0, 60));
}

/** "article 3 of the", "Articles 12 (2) of" right before an acronym: the treaty's article, not its committee. */
const ARTICLE_OF = /\barticles?\s+\d+[a-z]?(?:\s*\(\d+\))?\s+of\s+(?:the\s+)?$/i;

/** The word after an acronym and the acronyms coordinated with it ("and the CRC", ", CEDAW"), past an adverb. */
const BODY_VERB = /^(?:[ \t]*(?:,|and)[ \t\r\n]+(?:the[ \t\r\n]+)?[A-Z]{2,8}\b)*[ \t\r\n]+(?:(?:also|further|again|repeatedly|strongly|recently)[ \t\r\n]+)?([a-z]+)\b/;
const BODY_VERBS: ReadonlySet<string> = new Set(
  'urged urges recommended recommends issued issues noted notes expressed expresses called calls requested requests welcomed welcomes observed observes adopted adopts reviewed reviews considered considers recalled recalls encouraged encourages stressed stresses raised raises found finds concluded concludes asked asks invited invites regretted regrets commended commends examined examines'.split(' '),
);
/** What a treaty body writes: "concluding observations", "general comment", "general recommendation". */
const BODY_WORK = /\b(?:concluding\s+observations|general\s+(?:comments?|recommendations?))\b/i;

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The long form as written in place of the acronym: capitalized where it
 * starts a sentence, and with "the" where the name of a body or a text needs
 * it and nothing before takes its place ("The UNHCR and UNICEF cooperate"
 * becomes "… and the United Nations Children's Fund (UNICEF) cooperate"). A
 * long form in lower case ("non-governmental organizations") or for a plural
 * acronym takes no article; one after a determiner or an adjective ("its",
 * "a", "the new") keeps what is there: "the" is added only at the start of a
 * sentence and after the words and punctuation listed in ARTICLE_WORDS and
 * ARTICLE_PUNCTUATION, a verb whose object it is (OBJECT_VERBS) or a word that
 * opens a clause (SUBJECT_WORDS).
 */
function inPlace(text: string, use: AcronymUse, longForm: string): string {
  // "the Migration MPTF": the words of the long form already written before the acronym are not written again.
  const rest = afterWordsBefore(text.slice(Math.max(0, use.span.start - 60), use.span.start), longForm);
  if (rest !== undefined) return rest;
  // A long form in lower case but for its first letter ("Civil society organizations", "Non-governmental organizations", as a table or a sentence opens it) is a common noun: lower case in a sentence.
  const expansion = /^\p{Lu}[\p{Ll}-]*(?: [\p{Ll}\d-]+)+$/u.test(longForm) ? longForm.charAt(0).toLowerCase() + longForm.slice(1) : longForm;
  const before = text.slice(Math.max(0, use.span.start - 30), use.span.start);
  // After "etc.", ";" or ":" a sentence may go on (after "e.g." it does: see startsSentence): the words written there take no capital.
  const opens = use.sentenceStart && !/(?:\betc\.|[;:,(])\s*$/i.test(before.replace(MARKUP_END, ''));
  // "UNDP-supported projects": a compound takes no article of its own.
  const compound = /^[-‐‑]/.test(text.slice(use.span.end, use.span.end + 1));
  const last = lastWord(before);
  const the = !compound && /^\p{Lu}\S*\s+\S/u.test(expansion) && !/^(?:the|The|Agenda)\b/.test(expansion) && !/s$/.test(use.acronym) && (use.sentenceStart || ARTICLE_WORDS.has(last) || ARTICLE_PUNCTUATION.test(before) || OBJECT_VERBS.has(last) || SUBJECT_WORDS.has(last)) && !modifies(text, use, before, last);
  const written = the ? `the ${expansion}` : expansion;
  return opens ? capitalized(written) : written;
}

/** The rest of a long form whose first words (up to three, not all) end the text before the acronym, or undefined. */
function afterWordsBefore(before: string, expansion: string): string | undefined {
  const words = expansion.split(' ');
  const tail = before.split(/\s+/).filter((w) => w !== '');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (!/\s$/.test(before) || tail.length < k) continue;
    if (words.slice(0, k).every((w, i) => w.toLowerCase() === (tail[tail.length - k + i] as string).toLowerCase())) return words.slice(k).join(' ');
  }
  return undefined;
}

/**
 * Whether the acronym modifies the noun after it ("Under EU law", "with IOM
 * support", "EU law applies"), where its long form takes no article of its
 * own: "Under European Union (EU) law", not "Under the European Union (EU)
 * law". The next word must be in lower case and read as a noun: not a word
 * of NOT_NOUNS, not a verb form in "-ed" or "-ing", not an adverb in
 * "-ly". After a preposition the acronym cannot be the subject of a verb, so
 * a word in "-s" is a plural noun ("through UNHCR programmes"); at the start
 * of a sentence it may be a verb ("IOM supports returns"), and the article
 * stays. After a conjunction or a comma, where any word may be a verb
 * ("States and UNICEF cooperate"), it always stays.
 */
function modifies(text: string, use: AcronymUse, before: string, last: string): boolean {
  const word = /^[ \t]+(\p{L}[\p{L}-]*)(?![\p{L}\p{N}'’])/u.exec(text.slice(use.span.end, use.span.end + 40))?.[1];
  // "ICPD Programme of Action", "LAS Ordinary Meeting": the acronym starts a name, whose article, if any, is written before it.
  if (word !== undefined && /^\p{Lu}\p{Ll}/u.test(word)) return true;
  const next = word !== undefined && /^\p{Ll}/u.test(word) ? word : undefined;
  if (next === undefined || NOT_NOUNS.has(next) || /(?:ed|ing)$/.test(next) || (/ly$/.test(next) && !LY_NOUNS.has(next))) return false;
  return use.sentenceStart || SUBJECT_WORDS.has(last) ? !/s$/.test(next) : PREPOSITIONS.has(last) || OBJECT_VERBS.has(last) || /\(\s*$/.test(before);
}

/** Words after an acronym that make it a noun of its own, not a modifier: conjunctions, prepositions, pronouns, auxiliaries and the common verbs in the past that do not end in "-ed". */
const NOT_NOUNS: ReadonlySet<string> = new Set(
  (
    'and or nor but yet so to in into of on at by for with from as than like via per about over under after before since until within without through between among against during ' +
    'which who whom whose that this these those it its their there here where when while whether if ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'also not now then still already often always never only even jointly therefore thus however further moreover hence ' +
    'said says led took made gave found held set put sought brought began wrote told met paid spent became kept left ran saw chose drew grew knew rose spoke stood won went came got let'
  ).split(' '),
);

/** Nouns in "-ly" that an acronym may modify ("the UN family"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'supply', 'assembly', 'ally', 'rally', 'monopoly', 'anomaly']);

/** Prepositions right before the acronym: "under", "with", "through"… ("as", "than" and "like" may introduce a subject, and are left out). */
const PREPOSITIONS: ReadonlySet<string> = new Set('of by with to for from in on at between among through via under including'.split(' '));
/** The words right before a name that leave it without its "the": prepositions, conjunctions and the words of a comparison. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...'and or nor but as like than both either neither'.split(' ')]);
/** The punctuation right before a name that leaves it without its "the": an opening parenthesis, a comma, a semicolon or a colon. */
const ARTICLE_PUNCTUATION = /[(,;:]\s+$|\($/;

/**
 * Verbs after which the acronym is an object ("Partners include IOM",
 * "Welcomed IOM as …"): the name takes "the", unless the acronym modifies
 * the noun after it ("supported IOM programmes").
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set(
  'include includes included welcome welcomes welcomed thank thanks thanked invite invites invited urge urges urged request requests requested encourage encourages encouraged commend commends commended support supports supported join joins joined involve involves involved engage engages engaged recognize recognizes recognized acknowledge acknowledges acknowledged ask asks asked task tasks tasked mandate mandates mandated'.split(' '),
);
/** Words after which the acronym is a subject ("which IOM supports", "that UNHCR leads", "as does UNDP"): as at the start of a sentence, the name takes "the". */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['which', 'that', 'whom', 'whereas', 'although', 'because', 'while', 'where', 'when', 'whether', 'does', 'do', 'did']);

/**
 * The word of ASCII letters that ends `before`, past white space, in lower
 * case: the word right before the acronym, which the lists above are read
 * with. "" when white space does not end `before`, or the letters are the end
 * of a longer word.
 */
function lastWord(before: string): string {
  const t = before.trimEnd();
  if (t.length === before.length) return '';
  let i = t.length;
  while (i > 0 && asciiLetter(t.charCodeAt(i - 1))) i--;
  const previous = t.charAt(i - 1);
  return previous !== '' && (/\d/.test(previous) || previous.toLowerCase() !== previous.toUpperCase()) ? '' : t.slice(i).toLowerCase();
}

function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Markup that opens a link or emphasis right before the acronym ("e.g. [ICPD …", "; **UNODC …"): the sentence goes on through it. */
const MARKUP_END = /(?<![[*_])[[*_]+$/;


/** "IOM's work": a long form cannot be written in place of a possessive acronym without rewording, which is left to the drafter. */
function possessive(text: string, use: AcronymUse): boolean {
  return /^[’']s?(?![\p{L}\p{N}])/u.test(text.slice(use.span.end, use.span.end + 3));
}

/**
 * The fix moves the document's own definition to the first use when it can:
 * "Long Name (ABC)" there, and where it was "ABC" for a long form in plain
 * text, or the long form alone where markup surrounds or splits it (a link,
 * emphasis), which replacing it would break, or after "a" or "an", which
 * the acronym in its place might not take ("a NGO").
 */
function usedBeforeDefinition(model: DocumentModel, use: AcronymUse, def: AcronymDefinition, ctx: CheckContext): Report {
  const line = model.lines.positionAt(def.span.start).line;
  const where = line === model.lines.positionAt(use.span.start).line ? '' : ` (line ${line + 1})`;
  const movable = def.expansion !== null && def.expansionSpan !== null && def.acronym === use.acronym && def.expansionSpan.end <= def.span.start && model.text[def.span.start - 1] === '(' && model.text[def.span.end] === ')';
  // The document's own long form first, wherever it defines the acronym ("the MPTF (Migration Multi-Partner Trust Fund)", a table).
  const own = def.acronym === use.acronym ? def.expansion : null;
  const expansion = !definableHere(model.text, use) ? null : movable ? def.expansion : (otherNumber(def, use.acronym) ?? own ?? standsFor(model, use, ctx).expansion ?? null);
  const written = expansion !== null ? inPlace(model.text, use, expansion) : null;
  const edits = written === null ? [] : [definedHere(model.text, use, written)];
  if (movable && def.expansionSpan && def.expansion !== null) edits.push(removedDefinition(model.text, def.expansionSpan.start, def.span, def.expansion, def.acronym));
  return {
    span: use.span,
    message: `The acronym "${use.acronym}" is used before its definition${where}: define it at its first use.`,
    related: [{ span: def.span, message: `"${def.acronym}" is defined here` }],
    ...(written !== null ? { fixes: [{ title: movable ? `Move the definition here: "${written} (${use.acronym})"` : `Define here: "${written} (${use.acronym})"`, edits, safe: false, preferred: true }] } : {}),
  };
}

/**
 * The document's own long form in the number of the acronym used: "Regional
 * Consultative Processes" for "RCPs" where the document defines "Regional
 * Consultative Process (RCP)", so that the definition written at the first
 * use agrees with the document's. Undefined where the acronyms are not one's
 * plural of the other.
 */
function otherNumber(def: AcronymDefinition, acronym: string): string | undefined {
  const long = def.expansion;
  if (long === null) return undefined;
  if (acronym === `${def.acronym}s`) return pluralName(long);
  if (def.acronym === `${acronym}s`) return singularName(long);
  return undefined;
}

/** A name with its head noun in the plural. */
function pluralName(name: string): string {
  return withHeadNoun(name, plural);
}

/** A name with its head noun in the singular, or undefined when it is not a plural. */
function singularName(name: string): string | undefined {
  const one = withHeadNoun(name, singular);
  return one === name ? undefined : one;
}

/**
 * The edit that leaves the acronym where "Long Name (ABC)" was, when the long
 * form is plain text (spacing, line breaks and blockquote markers aside) up to the
 * parenthesis; otherwise the one that removes " (ABC)" and keeps the long form
 * with its markup.
 */
function removedDefinition(text: string, expansionStart: number, acronym: Span, expansion: string, name: string): TextEdit {
  const open = acronym.start - 1;
  const words = (t: string): string => t.split(/[\s>]+/).filter((w) => w !== '').join(' ');
  // After "a" or "an" the long form stays: the acronym in its place may need the other article ("a non-governmental organization", not "a NGO").
  if (!indefiniteBefore(text, expansionStart) && words(text.slice(expansionStart, open)) === words(expansion)) return { span: { start: expansionStart, end: acronym.end + 1 }, newText: name };
  let start = open;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { span: { start, end: acronym.end + 1 }, newText: '' };
}

/**
 * The terminology data compiled into phrase matchers: glossary terms, once
 * per TerminologyData (so once per configuration); fixed-term casings and
 * wrong forms, spelling forms per convention and the proper names whose
 * spelling is never corrected, once per process, since no configuration
 * changes them.
 *
 * The words of the built-in data's phrases, and the proper names' forms in
 * another convention's spelling, are read by `npm run generate` into
 * lexicon.generated.json (a test fails when that file is out of date):
 * reading them here cost about 3 ms of every command's first document. The
 * words are looked up by the phrase's text, so a phrase the file does not
 * hold (a project's own glossary term, or data changed since the file was
 * written) is read here, as phraseWords reads it.
 */
import { BUILT_IN_SPELLING, type Concept, type Context, type Convention, type FixedTerm, type SpellingForm, type TerminologyData } from '../data/terminology';
import type { Block } from '../parse/blocks';
import { PhraseMatcher } from './matcher';
import { blockTokens, phraseWords, tokenize, type Token } from './tokens';
import { lastBlockMemo, perObject } from '../memo';
import generated from './lexicon.generated.json';

export type TermRole = 'preferred' | 'variant' | 'deprecated';

export interface TermEntry {
  readonly concept: Concept;
  readonly role: TermRole;
  /** The glossary's spelling of the term matched. */
  readonly term: string;
  /** For a deprecated term. */
  readonly replacement?: string;
  readonly reason?: string;
  readonly unless?: Context;
}

/** A spelling matcher's payload: the configured convention's form, and where the form found is right. */
export interface SpellingPayload {
  readonly replacement: string;
  readonly unless?: Context;
}

/** The matchers of the data that no configuration changes: the fixed terms and the spelling data. */
interface FixedLexicon {
  readonly casings: PhraseMatcher<{ readonly term: FixedTerm; readonly index: number }>;
  readonly wrongForms: PhraseMatcher<{ readonly term: FixedTerm; readonly index: number }>;
  readonly properNames: PhraseMatcher<true>;
  /** A proper name written in another convention's spelling ("International Labor Organization"), with the name as officially written. */
  readonly misspeltNames: PhraseMatcher<string>;
  /** Per convention, the forms of the others: each with the convention's form, and the words around it in which it is right. */
  spelling(convention: Convention): PhraseMatcher<SpellingPayload>;
  /** The first words of every phrase of these matchers, for every convention. */
  readonly starts: ReadonlySet<string>;
}

/** The first words of every phrase of its matchers (`starts`), for every convention: where any match starts. */
export interface Lexicon extends FixedLexicon {
  readonly terms: PhraseMatcher<TermEntry>;
}

export const lexicon = perObject(compile);

const CONVENTIONS = ['un', 'us', 'en-gb-ise'] as const;

/** What `npm run generate` reads from the built-in data (see above). */
export interface GeneratedPhrases {
  /** The normalised words of each phrase, by the phrase's text. */
  readonly words: Readonly<Record<string, readonly string[]>>;
  /** Each proper name's forms in another convention's spelling, by the name. */
  readonly misspeltNames: Readonly<Record<string, readonly string[]>>;
}

const GENERATED = generated as GeneratedPhrases;

/** The words of a phrase: from the generated file when it holds the phrase, else read as phraseWords reads them. */
function wordsOf(phrase: string): readonly string[] {
  return Object.hasOwn(GENERATED.words, phrase) ? (GENERATED.words[phrase] as readonly string[]) : phraseWords(phrase);
}

/** The phrases and misspelt names that lexicon.generated.json holds for the given data (the built-in data's, by `npm run generate`). */
export function generatedPhrases(data: TerminologyData): GeneratedPhrases {
  const misspelt = misspeltNamesOf(data.spelling);
  const phrases = [
    ...data.concepts.flatMap((c) => [c.preferred, ...c.variants, ...c.deprecated.map((d) => d.term)]),
    ...data.fixedTerms.flatMap((t) => [...t.casing.map((c) => c.match), ...t.wrongForms.map((w) => w.form)]),
    ...data.spelling.properNames,
    ...Object.values(misspelt).flat(),
    ...data.spelling.forms.flatMap((f) => CONVENTIONS.map((c) => f[c])),
  ];
  const words: Record<string, readonly string[]> = {};
  for (const p of [...new Set(phrases)].sort()) words[p] = phraseWords(p);
  return { words, misspeltNames: misspelt };
}

/** Each proper name's forms in another convention's spelling ("International Labor Organization"), by the name; the generic names ("Program") have none. */
function misspeltNamesOf(spelling: TerminologyData['spelling']): Record<string, readonly string[]> {
  const generic = new Set(spelling.genericNames);
  const others = otherSpellings(spelling.forms);
  const out: Record<string, readonly string[]> = {};
  for (const n of spelling.properNames) if (!generic.has(n)) out[n] = respellings(n, others);
  return out;
}

function compile(data: TerminologyData): Lexicon {
  const terms = new PhraseMatcher<TermEntry>();
  for (const concept of data.concepts) {
    terms.addWords(wordsOf(concept.preferred), { concept, role: 'preferred', term: concept.preferred });
    for (const v of concept.variants) terms.addWords(wordsOf(v), { concept, role: 'variant', term: v });
    for (const d of concept.deprecated) terms.addWords(wordsOf(d.term), { concept, role: 'deprecated', term: d.term, replacement: d.replacement, reason: d.reason, ...(d.unless ? { unless: d.unless } : {}) });
  }
  const fixed = fixedLexicon(data.fixedTerms)(data.spelling);
  return { ...fixed, terms, starts: new Set([...terms.firstWords(), ...fixed.starts]) };
}

const fixedLexicon = perObject((fixedTerms: readonly FixedTerm[]) => perObject((spelling: TerminologyData['spelling']) => compileFixed(fixedTerms, spelling)));

function compileFixed(fixedTerms: readonly FixedTerm[], spelling: TerminologyData['spelling']): FixedLexicon {
  const casings = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  const wrongForms = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  for (const term of fixedTerms) {
    term.casing.forEach((c, index) => casings.addWords(wordsOf(c.match), { term, index }));
    term.wrongForms.forEach((w, index) => wrongForms.addWords(wordsOf(w.form), { term, index }));
  }
  const properNames = new PhraseMatcher<true>();
  for (const name of spelling.properNames) properNames.addWords(wordsOf(name), true);
  // The built-in names' misspelt forms come from the generated file, any other data's are derived here.
  const misspelt = spelling === BUILT_IN_SPELLING ? GENERATED.misspeltNames : misspeltNamesOf(spelling);
  const misspeltNames = new PhraseMatcher<string>();
  for (const name of spelling.properNames) for (const form of misspelt[name] ?? []) misspeltNames.addWords(wordsOf(form), name);
  const forms = spelling.forms.map((f) => CONVENTIONS.map((c) => wordsOf(f[c])));
  const byConvention = new Map<Convention, PhraseMatcher<SpellingPayload>>();
  const starts = new Set([...casings.firstWords(), ...wrongForms.firstWords(), ...properNames.firstWords(), ...misspeltNames.firstWords()]);
  for (const words of forms) for (const w of words) if (w[0] !== undefined) starts.add(w[0]);
  return {
    casings,
    wrongForms,
    properNames,
    misspeltNames,
    spelling(convention) {
      let m = byConvention.get(convention);
      if (!m) {
        const matcher = new PhraseMatcher<SpellingPayload>();
        spelling.forms.forEach((f, index) => {
          // Ambiguous forms (see their notes) would cost more false alarms than they find.
          if (f.risky) return;
          const words = forms[index] as readonly (readonly string[])[];
          CONVENTIONS.forEach((other, o) => {
            if (f[other] !== f[convention]) matcher.addWords(words[o] as readonly string[], { replacement: f[convention], ...(f.unless ? { unless: f.unless } : {}) });
          });
        });
        byConvention.set(convention, (m = matcher));
      }
      return m;
    },
    starts,
  };
}

/**
 * Every word of the spelling data, in lower case, with its forms in the other
 * conventions. The forms set aside as ambiguous count here: inside a name,
 * "World Food Program" can only be the Programme.
 */
function otherSpellings(forms: readonly SpellingForm[]): Map<string, string[]> {
  const others = new Map<string, string[]>();
  for (const f of forms) {
    const spellings = [...new Set(CONVENTIONS.map((c) => f[c].toLowerCase()))];
    if (spellings.some((w) => w.includes(' '))) continue;
    for (const w of spellings) others.set(w, [...new Set([...(others.get(w) ?? []), ...spellings.filter((o) => o !== w)])]);
  }
  return others;
}

/** A name with one or more of its words in another convention's spelling: every such form, the name itself excluded. */
function respellings(name: string, others: ReadonlyMap<string, readonly string[]>): string[] {
  let forms = [''];
  let at = 0;
  for (const t of tokenize(name)) {
    const gap = name.slice(at, t.start);
    at = t.end;
    const choices = t.kind === 'word' ? [t.raw, ...(others.get(t.norm) ?? [])] : [t.raw];
    forms = forms.flatMap((f) => choices.map((c) => f + gap + c));
  }
  return forms.slice(1);
}

const startsOfBlock = lastBlockMemo((block: Block, lex: Lexicon): readonly number[][] =>
  blockTokens(block).map((tokens) => {
    const at: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (lex.starts.has((tokens[i] as Token).norm)) at.push(i);
    return at;
  }),
);

/**
 * For each run of a block, the indexes of its tokens at which a phrase of the
 * lexicon may start: found once per block, where each matcher's search would
 * look up every token. Most tokens start no term; there the matchers never look.
 */
export function lexiconStarts(block: Block, lex: Lexicon): readonly number[][] {
  return startsOfBlock(block, lex);
}

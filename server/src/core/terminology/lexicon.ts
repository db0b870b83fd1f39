/**
 * The terminology data compiled into phrase matchers, once per
 * TerminologyData (so once per configuration): glossary terms, fixed-term
 * casings and wrong forms, spelling forms per convention and the proper names
 * whose spelling is never corrected.
 *
 * The phrases of the fixed terms and of the spelling data, which no
 * configuration changes, are read into words by `npm run generate`, into
 * lexicon.generated.json (a test fails when that file is out of date):
 * reading them and deriving the names' misspelt forms here cost about 3 ms of
 * every command's first document. Other data (a test's own) has them read here.
 */
import { BUILT_IN_FIXED_TERMS, BUILT_IN_SPELLING, type Concept, type Context, type Convention, type FixedTerm, type SpellingForm, type TerminologyData } from '../data/terminology';
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

export interface Lexicon {
  readonly terms: PhraseMatcher<TermEntry>;
  readonly casings: PhraseMatcher<{ readonly term: FixedTerm; readonly index: number }>;
  readonly wrongForms: PhraseMatcher<{ readonly term: FixedTerm; readonly index: number }>;
  readonly properNames: PhraseMatcher<true>;
  /** A proper name written in another convention's spelling ("International Labor Organization"), with the name as officially written. */
  readonly misspeltNames: PhraseMatcher<string>;
  spelling(convention: Convention): PhraseMatcher<string>;
  /** The first words of every phrase of these matchers, for every convention: where any match starts. */
  readonly starts: ReadonlySet<string>;
}

export const lexicon = perObject(compile);

const CONVENTIONS = ['un', 'us', 'en-gb-ise'] as const;

/** The words of the phrases of the fixed terms and the spelling data, in the order in which the matchers take them. */
export interface FixedPhrases {
  /** Per fixed term, per casing: the words of its `match`. */
  readonly casings: readonly (readonly (readonly string[])[])[];
  /** Per fixed term, per wrong form: its words. */
  readonly wrongForms: readonly (readonly (readonly string[])[])[];
  /** Per proper name: its words. */
  readonly properNames: readonly (readonly string[])[];
  /** A proper name with words in another convention's spelling: its words, and the index of the name among the proper names. */
  readonly misspeltNames: readonly (readonly [readonly string[], number])[];
  /** Per spelling form: its words in each convention, in the order of CONVENTIONS. */
  readonly forms: readonly (readonly (readonly string[])[])[];
}

export function fixedPhrases(data: TerminologyData): FixedPhrases {
  const generic = new Set(data.spelling.genericNames);
  const others = otherSpellings(data.spelling.forms);
  const misspeltNames: [string[], number][] = [];
  data.spelling.properNames.forEach((n, index) => {
    if (!generic.has(n)) for (const v of respellings(n, others)) misspeltNames.push([phraseWords(v), index]);
  });
  return {
    casings: data.fixedTerms.map((t) => t.casing.map((c) => phraseWords(c.match))),
    wrongForms: data.fixedTerms.map((t) => t.wrongForms.map((w) => phraseWords(w.form))),
    properNames: data.spelling.properNames.map(phraseWords),
    misspeltNames,
    forms: data.spelling.forms.map((f) => CONVENTIONS.map((c) => phraseWords(f[c]))),
  };
}

function compile(data: TerminologyData): Lexicon {
  const terms = new PhraseMatcher<TermEntry>();
  for (const concept of data.concepts) {
    terms.add(concept.preferred, { concept, role: 'preferred', term: concept.preferred });
    for (const v of concept.variants) terms.add(v, { concept, role: 'variant', term: v });
    for (const d of concept.deprecated) terms.add(d.term, { concept, role: 'deprecated', term: d.term, replacement: d.replacement, reason: d.reason, ...(d.unless ? { unless: d.unless } : {}) });
  }
  const phrases = data.fixedTerms === BUILT_IN_FIXED_TERMS && data.spelling === BUILT_IN_SPELLING ? (generated as unknown as FixedPhrases) : fixedPhrases(data);
  const casings = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  const wrongForms = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  data.fixedTerms.forEach((term, t) => {
    phrases.casings[t]?.forEach((words, index) => casings.addWords(words, { term, index }));
    phrases.wrongForms[t]?.forEach((words, index) => wrongForms.addWords(words, { term, index }));
  });
  const properNames = new PhraseMatcher<true>();
  for (const words of phrases.properNames) properNames.addWords(words, true);
  const misspeltNames = new PhraseMatcher<string>();
  for (const [words, index] of phrases.misspeltNames) misspeltNames.addWords(words, data.spelling.properNames[index] as string);
  const byConvention = new Map<Convention, PhraseMatcher<string>>();
  const starts = new Set([...terms.firstWords(), ...casings.firstWords(), ...wrongForms.firstWords(), ...properNames.firstWords(), ...misspeltNames.firstWords()]);
  for (const words of phrases.forms) for (const w of words) if (w[0] !== undefined) starts.add(w[0]);
  return {
    terms,
    casings,
    wrongForms,
    properNames,
    misspeltNames,
    spelling(convention) {
      let m = byConvention.get(convention);
      if (!m) {
        const matcher = new PhraseMatcher<string>();
        data.spelling.forms.forEach((f, index) => {
          // Ambiguous forms (see their notes) would cost more false alarms than they find.
          if (f.risky) return;
          const words = phrases.forms[index] as readonly (readonly string[])[];
          CONVENTIONS.forEach((other, o) => {
            if (f[other] !== f[convention]) matcher.addWords(words[o] as readonly string[], f[convention]);
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

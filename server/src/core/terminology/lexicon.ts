/**
 * The terminology data compiled into phrase matchers, once per
 * TerminologyData (so once per configuration): glossary terms, fixed-term
 * casings and wrong forms, spelling forms per convention and the proper names
 * whose spelling is never corrected.
 */
import type { Concept, Context, Convention, FixedTerm, SpellingForm, TerminologyData } from '../data/terminology';
import type { Block } from '../parse/blocks';
import { PhraseMatcher } from './matcher';
import { blockTokens, phraseWords, tokenize, type Token } from './tokens';
import { lastBlockMemo, perObject } from '../memo';

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

function compile(data: TerminologyData): Lexicon {
  const terms = new PhraseMatcher<TermEntry>();
  for (const concept of data.concepts) {
    terms.add(concept.preferred, { concept, role: 'preferred', term: concept.preferred });
    for (const v of concept.variants) terms.add(v, { concept, role: 'variant', term: v });
    for (const d of concept.deprecated) terms.add(d.term, { concept, role: 'deprecated', term: d.term, replacement: d.replacement, reason: d.reason, ...(d.unless ? { unless: d.unless } : {}) });
  }
  const casings = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  const wrongForms = new PhraseMatcher<{ term: FixedTerm; index: number }>();
  for (const term of data.fixedTerms) {
    term.casing.forEach((c, index) => casings.add(c.match, { term, index }));
    term.wrongForms.forEach((w, index) => wrongForms.add(w.form, { term, index }));
  }
  const properNames = new PhraseMatcher<true>();
  for (const n of data.spelling.properNames) properNames.add(n, true);
  const misspeltNames = new PhraseMatcher<string>();
  const generic = new Set(data.spelling.genericNames);
  const others = otherSpellings(data.spelling.forms);
  for (const n of data.spelling.properNames) if (!generic.has(n)) for (const v of respellings(n, others)) misspeltNames.add(v, n);
  const byConvention = new Map<Convention, PhraseMatcher<string>>();
  const starts = new Set([...terms.firstWords(), ...casings.firstWords(), ...wrongForms.firstWords(), ...properNames.firstWords(), ...misspeltNames.firstWords()]);
  for (const f of data.spelling.forms) {
    for (const c of CONVENTIONS) {
      const first = phraseWords(f[c])[0];
      if (first !== undefined) starts.add(first);
    }
  }
  return {
    terms,
    casings,
    wrongForms,
    properNames,
    misspeltNames,
    spelling(convention) {
      let m = byConvention.get(convention);
      if (!m) {
        m = new PhraseMatcher<string>();
        for (const f of data.spelling.forms) {
          // Ambiguous forms (see their notes) would cost more false alarms than they find.
          if (f.risky) continue;
          for (const other of CONVENTIONS) {
            if (f[other] !== f[convention]) m.add(f[other], f[convention]);
          }
        }
        byConvention.set(convention, m);
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

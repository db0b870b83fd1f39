/**
 * Typed access to the terminology data (data/terminology/*.json, see
 * data/terminology/SOURCES.md): the glossary of concepts, fixed terms,
 * spelling conventions and acronyms. The user's glossary entries
 * (`glossary.add`) are merged over the built-in concepts by id and
 * `glossary.disable` removes concepts by id; known acronyms are extended by
 * `acronyms.known`. Place designations and words written in capitals for
 * emphasis are the words in capitals that are not acronyms. Built once per configuration, with its phrase matchers
 * compiled once (see terminology/lexicon.ts).
 */
import glossaryRaw from '../../../../data/terminology/glossary.json';
import fixedRaw from '../../../../data/terminology/fixed-terms.json';
import spellingRaw from '../../../../data/terminology/spelling.json';
import acronymsRaw from '../../../../data/terminology/acronyms.json';
import type { Config, UserConcept } from '../config/types';

export interface Source {
  readonly title: string;
  readonly url?: string;
}

export interface DeprecatedTerm {
  readonly term: string;
  readonly reason: string;
  readonly replacement: string;
  /** Words before or after the term that make it part of another phrase ("illegal immigration detention"). */
  readonly unless?: Context;
}

export interface Concept {
  readonly id: string;
  readonly preferred: string;
  readonly definition: string;
  readonly source: Source | null;
  readonly variants: readonly string[];
  readonly deprecated: readonly DeprecatedTerm[];
  readonly caseSensitive: boolean;
  readonly tags: readonly string[];
  readonly user: boolean;
}

/** Words before or after an occurrence that decide whether a fixed-term rule applies. */
export interface Context {
  readonly precededBy?: readonly string[];
  readonly followedBy?: readonly string[];
  /**
   * Also matches where the words around name an organization other than the
   * United Nations: an acronym before ("IGAD member states"), or an acronym or
   * a capitalized name after "of" or "of the" ("member states of IGAD",
   * "secretary general of the Bar Association"), unless it names the United
   * Nations or one of its organs ("of the General Assembly").
   */
  readonly anotherOrganization?: boolean;
  /**
   * Also matches where the occurrence comes right after one of these words
   * and a word that is not a function word follows it: after the preposition
   * "to", a hyphenated form then modifies that word ("access to follow-up
   * care"), where the verb after an infinitive's "to" takes an article or a
   * preposition ("to follow up the recommendations", "to follow up on").
   */
  readonly adjectiveAfter?: readonly string[];
  /**
   * Also matches right after a possessive ("our network's general assembly",
   * "the members' general assembly"), unless it is the United Nations' or one
   * of its organs' ("the UN's") or a time's ("this year's general assembly").
   */
  readonly afterPossessive?: boolean;
  /** Also matches where the occurrence starts a sentence and one of these words follows it ("Follow up is essential"). */
  readonly startingSentenceBefore?: readonly string[];
}

export interface FixedTerm {
  readonly id: string;
  readonly correct: string;
  readonly casing: readonly {
    readonly match: string;
    readonly correct: string;
    readonly accept: readonly string[];
    /** The form for members of another organization, where the words around name one ("member States of the European Union"). */
    readonly otherOrganizations?: { readonly correct: string; readonly when: Context; /** Why, in place of the entry's reason. */ readonly reason?: string };
  }[];
  readonly wrongForms: readonly {
    readonly form: string;
    readonly replacement: string;
    readonly onlyWhen?: Context;
    readonly unless?: Context;
    readonly lowercaseInitialOnly?: boolean;
    /** Why this form is wrong, where the term's reason is about its other forms ("follow up" as a verb). */
    readonly reason?: string;
  }[];
  readonly unless?: Context;
  readonly allowSentenceInitialCapital?: boolean;
  readonly ignoreInHeadings?: boolean;
  readonly properNameGuard?: boolean;
  readonly reason: string;
  readonly source: Source;
}

export type Convention = 'un' | 'us' | 'en-gb-ise';

export interface SpellingForm {
  readonly un: string;
  readonly us: string;
  readonly 'en-gb-ise': string;
  readonly risky?: boolean;
  /** The words around an occurrence in which the other convention's form is right ("computer program"): not reported there. */
  readonly unless?: Context;
  readonly note?: string;
}

export interface Acronym {
  readonly acronym: string;
  readonly expansion: string;
  readonly plural?: string;
  readonly pluralExpansion?: string;
  readonly source?: Source;
}

export interface TerminologyData {
  readonly concepts: readonly Concept[];
  readonly fixedTerms: readonly FixedTerm[];
  readonly spelling: {
    readonly labels: Readonly<Record<Convention, string>>;
    readonly forms: readonly SpellingForm[];
    readonly properNames: readonly string[];
    /** Proper names whose forms in another spelling may be right too (see genericNamesNote in the data): never reported. */
    readonly genericNames: readonly string[];
  };
  /** Acronyms every reader knows, by acronym (built-in plus `acronyms.known`). */
  readonly knownAcronyms: ReadonlySet<string>;
  /** Acronyms with an expansion the tool may offer, by acronym and by plural. */
  readonly acronyms: ReadonlyMap<string, Acronym>;
  /** Designations after the last word of a place's name, as written in the data's examples ("Kong SAR", "Lao PDR"): not acronyms there. */
  readonly designations: ReadonlySet<string>;
  /** Ordinary words written in capitals for emphasis ("MUST", "NOT", "ALL"): never acronyms. */
  readonly emphasisWords: ReadonlySet<string>;
  /** Every form of the spelling data, in lower case: a word, written in capitals ("LABOR", "CENTRE"), that is never an acronym. */
  readonly spellingWords: ReadonlySet<string>;
}

/** The fixed terms, which no configuration changes: the same object in every configuration's data. */
const BUILT_IN_FIXED_TERMS: readonly FixedTerm[] = fixedRaw.terms as unknown as FixedTerm[];

/** The spelling data, which no configuration changes (the setting only chooses a convention): the same object in every configuration's data. */
export const BUILT_IN_SPELLING: TerminologyData['spelling'] = {
  labels: { un: spellingRaw.conventions.un.label, us: spellingRaw.conventions.us.label, 'en-gb-ise': spellingRaw.conventions['en-gb-ise'].label },
  forms: [...(spellingRaw.words as SpellingForm[]), ...(spellingRaw.phrases as SpellingForm[])],
  properNames: spellingRaw.properNames,
  genericNames: spellingRaw.genericNames,
};

/** The ids of the glossary's concepts and of those a configuration adds: what `glossary.disable` may name. */
export function conceptIds(config: Config): ReadonlySet<string> {
  return new Set([...(glossaryRaw.concepts as unknown as UserConcept[]).map((c) => c.id), ...config.glossary.add.map((c) => c.id)]);
}

export function terminologyData(config: Config): TerminologyData {
  const disabled = new Set(config.glossary.disable);
  const byId = new Map<string, Concept>();
  for (const c of glossaryRaw.concepts as unknown as UserConcept[]) byId.set(c.id, toConcept(c, false));
  for (const c of config.glossary.add) byId.set(c.id, toConcept(c, true));
  const concepts = [...byId.values()].filter((c) => !disabled.has(c.id));

  const acronyms = new Map<string, Acronym>();
  const all = [...(acronymsRaw.known as Acronym[]), ...(acronymsRaw.expansions as Acronym[])];
  for (const a of all) {
    acronyms.set(a.acronym, a);
    if (a.plural && a.pluralExpansion) acronyms.set(a.plural, { ...a, acronym: a.plural, expansion: a.pluralExpansion });
  }
  const known = new Set<string>();
  for (const a of acronymsRaw.known as Acronym[]) {
    known.add(a.acronym);
    if (a.plural) known.add(a.plural);
  }
  for (const a of config.acronyms.known) known.add(a);

  return {
    concepts,
    fixedTerms: BUILT_IN_FIXED_TERMS,
    spelling: BUILT_IN_SPELLING,
    knownAcronyms: known,
    acronyms,
    designations: new Set(acronymsRaw.designations.flatMap((d) => d.examples.map((e) => e.split(' ').slice(-2).join(' ')))),
    emphasisWords: new Set(acronymsRaw.emphasis.words),
    spellingWords: new Set((spellingRaw.words as SpellingForm[]).flatMap((f) => [f.un, f.us, f['en-gb-ise']])),
  };
}

function toConcept(c: UserConcept, user: boolean): Concept {
  return {
    id: c.id,
    preferred: c.preferred,
    definition: c.definition ?? '',
    source: c.source?.title ? { title: c.source.title, ...(c.source.url ? { url: c.source.url } : {}) } : null,
    variants: c.variants ?? [],
    deprecated: (c.deprecated ?? []).map((d) => ({ term: d.term, reason: d.reason ?? '', replacement: d.replacement ?? c.preferred, ...(d.unless ? { unless: d.unless } : {}) })),
    caseSensitive: c.caseSensitive ?? false,
    tags: (c as { tags?: readonly string[] }).tags ?? [],
    user,
  };
}

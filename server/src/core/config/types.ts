/**
 * The configuration the core runs with. Adapters find and read
 * `.compact-lint.json` files; `parseConfig` (parse.ts) validates their text and
 * `mergeConfigs` (merge.ts) cascades them over `DEFAULT_CONFIG`.
 */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** The schema's pattern of a string with something in it, for keywords, ids, terms and titles: a blank one names nothing. */
export const NON_BLANK = '\\S';
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

export const SPELLING_CONVENTIONS = ['un', 'us', 'en-gb-ise', 'off'] as const;
export type SpellingConvention = (typeof SPELLING_CONVENTIONS)[number];
export const FRAMEWORKS = ['gcm', 'none'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** A user-defined instrument (data only). */
export interface UserInstrument {
  readonly id: string;
  readonly title: string;
  readonly aliases?: readonly string[];
  readonly acronyms?: readonly string[];
  readonly kind?: string;
  readonly binding?: boolean;
  readonly adopted?: string;
  readonly entryIntoForce?: string;
  readonly depositary?: string;
  readonly documentSymbol?: string;
  readonly url?: string;
}

/** A user-defined glossary concept (data only); same shape as data/terminology/glossary.json. */
export interface UserConcept {
  readonly id: string;
  readonly preferred: string;
  readonly definition?: string;
  readonly source?: { readonly title?: string; readonly url?: string };
  readonly variants?: readonly string[];
  readonly deprecated?: readonly { readonly term: string; readonly reason?: string; readonly replacement?: string; readonly unless?: { readonly precededBy?: readonly string[]; readonly followedBy?: readonly string[] } }[];
  readonly caseSensitive?: boolean;
}

export interface Config {
  /** Per-check severity overrides, by check id. */
  readonly checks: Readonly<Record<string, SeveritySetting>>;
  /** The framework whose objectives apply when a document defines none. */
  readonly framework: Framework;
  readonly spelling: SpellingConvention;
  /** Files larger than this many bytes are reported, not analysed. */
  readonly maxFileSize: number;
  readonly acronyms: { readonly known: readonly string[] };
  readonly glossary: { readonly add: readonly UserConcept[]; readonly disable: readonly string[] };
  readonly instruments: readonly UserInstrument[];
  /** How a draft names its objectives: keywords ("Objective") and headings of numbered lists of objectives. */
  readonly objectives: { readonly keywords: readonly string[]; readonly listHeadings: readonly string[] };
  /** Files (globs relative to the config file) that form one draft. */
  readonly draft: { readonly files: readonly string[]; readonly base: string };
}

export const DEFAULT_CONFIG: Config = {
  checks: {},
  framework: 'gcm',
  spelling: 'un',
  maxFileSize: 5 * 1024 * 1024,
  acronyms: { known: [] },
  glossary: { add: [], disable: [] },
  instruments: [],
  objectives: { keywords: ['objective'], listHeadings: ['objectives'] },
  draft: { files: [], base: '' },
};

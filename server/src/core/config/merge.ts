/**
 * Cascades configuration layers: a nearer file merges over its parents instead
 * of replacing them, so an annex folder can tighten one check and inherit the
 * rest. Maps merge by key, lists are concatenated, scalars override.
 */
import { DEFAULT_CONFIG, type Config } from './types';
import type { PartialConfig } from './parse';

/** `layers` go from the farthest (applied first) to the nearest. */
export function mergeConfigs(layers: readonly PartialConfig[]): Config {
  let c: Config = DEFAULT_CONFIG;
  for (const l of layers) c = mergeOne(c, l);
  return c;
}

function mergeOne(base: Config, l: PartialConfig): Config {
  const glossary = (l.glossary ?? {}) as Partial<Config['glossary']>;
  const acronyms = (l.acronyms ?? {}) as Partial<Config['acronyms']>;
  const draft = (l.draft ?? {}) as Partial<Config['draft']>;
  const objectives = (l.objectives ?? {}) as Partial<Config['objectives']>;
  return {
    checks: { ...base.checks, ...((l.checks ?? {}) as Config['checks']) },
    framework: (l.framework as Config['framework'] | undefined) ?? base.framework,
    spelling: (l.spelling as Config['spelling'] | undefined) ?? base.spelling,
    maxFileSize: (l.maxFileSize as number | undefined) ?? base.maxFileSize,
    acronyms: { known: [...base.acronyms.known, ...(acronyms.known ?? [])] },
    glossary: {
      add: [...base.glossary.add, ...(glossary.add ?? [])],
      disable: [...base.glossary.disable, ...(glossary.disable ?? [])],
    },
    instruments: [...base.instruments, ...((l.instruments ?? []) as Config['instruments'])],
    objectives: {
      keywords: objectives.keywords ?? base.objectives.keywords,
      listHeadings: objectives.listHeadings ?? base.objectives.listHeadings,
    },
    draft: draft.files ? { files: draft.files, base: draft.base ?? '' } : base.draft,
  };
}

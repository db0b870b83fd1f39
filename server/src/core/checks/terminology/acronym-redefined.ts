import type { Check, Report } from '../check';
import type { AcronymDefinition } from '../../terminology/acronyms';
import { acronymKey } from '../../terminology/acronymData';
import { singular } from '../../text/plural';
import { phraseWords } from '../../terminology/tokens';

export const acronymRedefined: Check = {
  id: 'terminology/acronym-redefined',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'An acronym defined twice with different long forms.',
  docs: `An acronym stands for one thing in a document. When two definitions give it different long forms, readers cannot tell which is meant; the second definition is reported and points at the first. Definitions that differ only in case, plural or hyphenation ("Co-operation", "Cooperation") agree.

Invalid: \`Regional Consultative Process (RCP) … Regional Cooperation Programme (RCP)\`. Valid: one long form for each acronym.`,
  *run(model): Iterable<Report> {
    const first = new Map<string, AcronymDefinition>();
    for (const d of model.facts('acronymDefinitions')) {
      // The text a comments matrix quotes defines its acronyms its own way.
      if (d.expansion === null || d.inCommentedText) continue;
      const key = acronymKey(d.acronym);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, d);
        continue;
      }
      if (earlier.expansion === null || same(earlier.expansion, d.expansion)) continue;
      yield {
        span: d.span,
        message: `"${d.acronym}" is defined here as "${d.expansion}" but earlier as "${earlier.expansion}".`,
        related: [{ span: earlier.span, message: `"${earlier.acronym}" first defined as "${earlier.expansion}"` }],
      };
    }
  },
};

function same(a: string, b: string): boolean {
  // Most repeated definitions are written alike.
  if (a === b) return true;
  // Case, a plural, hyphens or spaces between the parts of a word ("Co-operation", "Cooperation") and a curly or straight apostrophe
  // ("Children’s", "Children's") do not count (a leading article is not read as part of a long form, see definitions.ts).
  const norm = (s: string): string =>
    phraseWords(s)
      .filter((w) => w !== '-')
      .map(singular)
      .join('');
  return norm(a) === norm(b);
}

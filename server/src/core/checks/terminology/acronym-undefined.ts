import type { Check, Report } from '../check';
import { acronymKey, expansionOf, isKnownAcronym } from '../../terminology/acronymData';

export const acronymUndefined: Check = {
  id: 'terminology/acronym-undefined',
  category: 'terminology',
  defaultSeverity: 'warning',
  description: 'An acronym used before it is defined as "Long Name (ABC)", or never defined.',
  docs: `A reader meets an acronym once, at its first use, and must learn there what it stands for: write the long form followed by the acronym in parentheses, "International Organization for Migration (IOM)", then the acronym alone. The first use of an acronym that is defined only later, or never, is reported once. When the glossary or the instrument registry knows the acronym, a quick fix writes its long form at the first use.

Acronyms every reader knows (UN, SDG, GDP, HIV…) need no definition; add your own with \`"acronyms": { "known": ["ABC"] }\`. Uses in headings do not count as first uses. A definition of an acronym also covers its plural ("NGO", "NGOs").

Invalid: \`IOM supports returns.\` Valid: \`The International Organization for Migration (IOM) supports returns. IOM …\``,
  *run(model, ctx): Iterable<Report> {
    const defined = new Map<string, number>();
    for (const d of model.facts('acronymDefinitions')) {
      const key = acronymKey(d.acronym);
      if (!defined.has(key)) defined.set(key, d.span.start);
    }
    const seen = new Set<string>();
    for (const use of model.facts('acronymUses')) {
      const key = acronymKey(use.acronym);
      if (use.heading || seen.has(key) || isKnownAcronym(use.acronym, ctx.data)) continue;
      seen.add(key);
      const at = defined.get(key);
      if (at !== undefined && at < use.span.start) continue;
      const expansion = expansionOf(use.acronym, ctx.data);
      const defLine = at === undefined ? 0 : model.lines.positionAt(at).line;
      const where = at === undefined ? 'is never defined' : defLine === model.lines.positionAt(use.span.start).line ? 'is used before its definition' : `is used before its definition (line ${defLine + 1})`;
      const how = expansion ? `write "${expansion} (${use.acronym})" at its first use` : 'write its long form followed by the acronym in parentheses at its first use';
      yield {
        span: use.span,
        message: `The acronym "${use.acronym}" ${where}: ${how}.`,
        ...(at !== undefined ? { related: [{ span: { start: at, end: at + use.acronym.length }, message: `"${use.acronym}" is defined here` }] } : {}),
        ...(expansion ? { fixes: [{ title: `Define here: "${expansion} (${use.acronym})"`, edits: [{ span: use.span, newText: `${expansion} (${use.acronym})` }], safe: false, preferred: true }] } : {}),
      };
    }
  },
};

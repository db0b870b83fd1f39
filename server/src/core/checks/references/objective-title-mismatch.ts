/**
 * A title quoted beside an objective reference that is not the objective's
 * title: "objective 3, 'Provide information'". The quick fix quotes the
 * defined title; it is not applied by --fix, since the drafter may have
 * meant another objective.
 */
import type { Check, Report } from '../check';
import { draftObjectives, draftOf, normalizeTitle, objectiveIn, objectiveScope, sameTitle, titleOf } from '../../objectives/resolve';
import type { ObjectiveDef } from '../../objectives/index';

export const objectiveTitleMismatch: Check = {
  id: 'references/objective-title-mismatch',
  category: 'references',
  defaultSeverity: 'warning',
  description: 'A quoted objective title that differs from the objective\'s title.',
  docs: `When an objective's title is quoted next to its number, both must agree: after renumbering, the title is often the only clue to which objective was meant. Quoted words count as a title when they have three words or more or open like the title (a one-word gloss such as "('recruitment')" is not one). The title is compared ignoring case, white space and closing punctuation; a shortened title may end with "…" or "...". The GCM's short labels ("Data") are accepted for GCM objectives. The quick fix replaces the quoted words with the defined title.

Invalid: \`objective 3, "Provide information"\`. Valid: \`objective 3, "Provide accurate and timely information at all stages of migration"\`, \`objective 3 ("Provide accurate and timely information…")\`.`,
  *run(model, ctx): Iterable<Report> {
    const refs = model.facts('partRefs');
    if (refs.length === 0) return;
    const draft = draftOf(model, ctx.draft);
    let ownTitles: Map<number, string[]> | undefined;
    for (const ref of refs) {
      if (ref.kind !== 'objective' || !ref.quotedTitle) continue;
      const found = objectiveIn(objectiveScope(ref, draft, ctx.data), ref.number, ctx.data);
      // A draft that repeats the GCM's objectives may quote its own wording of them.
      const own = ref.scope === 'local' ? ((ownTitles ??= titlesByNumber(draftObjectives(draft))).get(ref.number) ?? []) : [];
      const title = own[0] ?? titleOf(found);
      const quoted = ref.quotedTitle.text;
      if (!title || !likeTitle(quoted, title)) continue;
      const titles = [title, ...own, ...(found.gcm ? [found.gcm.title, found.gcm.shortLabel] : [])];
      if (titles.some((t) => sameTitle(quoted, t) || shortened(quoted, t))) continue;
      yield {
        span: ref.quotedTitle.span,
        message: `Objective ${ref.number} is titled "${title}".`,
        fixes: [{ title: `Quote the title of objective ${ref.number}`, edits: [{ span: ref.quotedTitle.span, newText: title }], safe: false, preferred: true }],
      };
    }
  },
};

/**
 * The distinct titles the draft gives each objective number, in order: an
 * objective defined many times (a draft pasted into itself) is compared with
 * each of its wordings once, not once per definition.
 */
function titlesByNumber(defs: readonly ObjectiveDef[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const d of defs) {
    if (!d.title) continue;
    const list = out.get(d.number);
    if (!list) out.set(d.number, [d.title]);
    else if (!list.includes(d.title)) list.push(d.title);
  }
  return out;
}

/**
 * Quoted words meant as the title: three words or more, or words opening like
 * the title ("Provide information"). A one-word label, "objective 6
 * ('recruitment')", is a gloss, not a title.
 */
function likeTitle(quoted: string, title: string): boolean {
  const words = normalizeTitle(quoted).split(' ');
  return words.length >= 3 || words[0] === normalizeTitle(title).split(' ')[0];
}

/** "Provide accurate and timely…" for a title that begins with those words. */
function shortened(quoted: string, title: string): boolean {
  const q = quoted.trimEnd();
  if (!q.endsWith('…') && !q.endsWith('...')) return false;
  const stem = normalizeTitle(q);
  return stem.length > 0 && normalizeTitle(title).startsWith(stem);
}

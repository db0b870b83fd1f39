import type { Check, Report } from '../check';
import { compareQuote, type QuoteComparison } from '../../sdg/quotation';
import { isContentWord, prepareOfficial, words, type OfficialText } from '../../sdg/quoteWords';
import type { DocumentModel } from '../../model/model';
import { sdgQuotesOf } from '../../sdg/scope';
import type { SdgData } from '../../data/sdg';
import { perObject } from '../../memo';

/** A quotation as the message shows it: single-spaced, without footnote markers ("[^1]"), which the fix keeps in place. */
function shown(text: string): string {
  return text.replace(/\[\^[^[\]^\s]{1,40}\]/g, '').replace(/\s+/g, ' ');
}

/**
 * A quotation attributed to an SDG target must be the target's official
 * wording. Quotation marks around words that share little with the target
 * (a title, a slogan, another text) are not taken as a quotation of it: at
 * least two thirds of the quoted content words (not "and", "for all"…) must
 * occur in the target. Nor are words in title case ("the Global Compact for
 * Safe, Orderly and Regular Migration" (SDG 10.7)): that is a name cited
 * beside the target.
 */
export const misquotedTarget: Check = {
  id: 'sdg/misquoted-target',
  category: 'sdg',
  defaultSeverity: 'warning',
  description: 'A quotation attributed to an SDG target that differs from the target\'s official text.',
  docs: `SDG targets are negotiated text: a quotation that changes, adds or reorders words misrepresents what States agreed. A quotation (in double quotes, curly or straight, or in « » or „ “) is recognized after or before its target: \`"…" (SDG 10.7)\`, \`"…" [Target 10.7 of the SDGs]\`, \`SDG 10.7, which commits States to "…"\`, \`SDG target 10.7, whose text reads "…"\`, \`Under SDG target 10.7, States agreed to "…"\`, \`As SDG target 10.7 puts it: "…"\`, \`SDG target 10.7 ("…")\`, \`SDG target 10.7 — "…"\` or \`the commitment in SDG target 10.7 to "…"\`, a second quotation joined to one of these by "and", "or" or "as well as" (\`SDG 10.7 calls on States to "…" and to "…"\`), and each quotation of a list of targets that gives one after each (\`SDG targets 10.7 ("…") and 10.c ("…")\`); more verbs attribute a quotation in the same way ("refers to", "highlights", "promotes", "envisages", "is to"). A paragraph of a block quotation, without quotation marks, is one quotation when its target ends it in parentheses or brackets (\`> Facilitate … people. (SDG target 10.7)\`, also with no punctuation, \`… policies [SDG target 10.7]\`); a target cited before the paragraph's full stop (\`… policies (target 10.7).\`) is a reference inside the quoted sentence. Each quotation is compared with the official text ignoring case, white space, punctuation and a leading capital. A partial quotation is fine when it is an exact fragment; "…", "..." or "[…]" may stand for omitted words, and a bracketed insertion such as "[States]" for the words it replaces; a word whose ending is changed in brackets ("facilitat[ing]") stands for the official word with that stem ("facilitate").

The message shows the official wording beside the quoted one, or the target's whole text when the quoted parts are out of the official order or the official words that align with the quotation keep too few of its words, or stop short of its first or last word, to be the fragment meant (then no fix is offered). The quick fix replaces the quotation by the official fragment it was meant to be (the run of official words that the quoted words align with; a bracketed insertion between its parts gives way to the official words it stands for, so that the fix never writes it into the agreed text, and when the parts are out of order, which says nothing of what it stands for, the message gives the target's whole text and no fix is offered); when every difference is a misspelt word, it corrects those words alone, so that links, emphasis and line breaks inside the quotation stay as they are. When the quoted words are exactly those of one other target, the finding is on the target number instead, with a fix that attributes the quotation to that target. \`compact-lint --fix\` applies it only when every difference is a misspelt word; a quotation with words added, dropped or reordered is left for the drafter to review, since which fragment was meant is then a judgement.

Invalid: \`SDG 10.7 calls for "safe, orderly and regular migration"\`. Valid: \`SDG 10.7 calls for "orderly, safe, regular and responsible migration"\`, \`"facilitate orderly … migration" (SDG 10.7)\`.`,
  *run(model, ctx): Iterable<Report> {
    const quotes = sdgQuotesOf(model);
    if (quotes.length === 0) return;
    const officials = officialTexts(model);
    for (const quote of quotes) {
      const target = ctx.data.sdg.targets.get(quote.targetId);
      const official = officials.get(quote.targetId);
      if (!target || !official) continue;
      const { c, other } = assess(quote.quoted, target.id, officials);
      if (!c || c.cost === 0 || isTitle(quote.quoted)) continue;
      if (other) {
        yield {
          span: quote.targetSpan,
          message: `The quoted words are from SDG target ${other}, not ${target.id}.`,
          fixes: [{ title: `Attribute the quotation to SDG target ${other}`, edits: [{ span: quote.targetSpan, newText: other }], safe: false, preferred: true }],
        };
        continue;
      }
      if (c.sharedContent < 2 || c.sharedContent * 3 < c.contentWords * 2) continue;
      const related = [{ span: quote.targetSpan, message: `The quotation is attributed to SDG target ${target.id} here.` }];
      // The official words of each part, but not in the official order: "… well-managed migration policies … facilitate orderly …".
      if (c.reordered) {
        yield { span: quote.span, message: `Quotation of SDG target ${target.id} puts its parts out of the official order: "${target.text}".`, related };
        continue;
      }
      // The fragment aligned with the quotation must keep most of its words ("end abuse and exploitation of children" is not "violence against and torture of children").
      if (!c.keepsQuoted) {
        yield { span: quote.span, message: `Quotation differs from the official text of SDG target ${target.id}: "${target.text}".`, related };
        continue;
      }
      yield {
        span: quote.span,
        message: `Quotation differs from the official text of SDG target ${target.id}: official "${shown(c.official)}", quoted "${shown(quote.quoted)}".`,
        fixes: [
          c.spellingOnly
            ? {
                // Only the misspelt words change: the markup between the quoted words (a link, emphasis, a line break) stays.
                title: `Use the official spelling of SDG target ${target.id}`,
                edits: c.respellings.map((r) => ({ span: { start: quote.span.start + r.start, end: quote.span.start + r.end }, newText: r.text })),
                safe: true,
                preferred: true,
              }
            : { title: `Use the official wording of SDG target ${target.id}`, edits: [{ span: quote.span, newText: c.official }], safe: false, preferred: true },
        ],
        related,
      };
    }
  },
};

/**
 * The official texts of the targets, each prepared (split into words) when a
 * quotation is first compared with it and kept for the reference data, not
 * again for each version of a document. Preparing all 169 at once cost about
 * 3.5 ms of a command's first document with a quotation in it; a quotation
 * needs its own target's text, and the texts that can hold all of its words.
 */
class OfficialTexts {
  readonly #prepared = new Map<string, OfficialText>();
  #lowered: readonly (readonly [string, string | undefined])[] | undefined;

  constructor(private readonly targets: SdgData['targets']) {}

  get(id: string): OfficialText | undefined {
    let official = this.#prepared.get(id);
    if (!official) {
      const target = this.targets.get(id);
      if (!target) return undefined;
      official = prepareOfficial(target.text);
      this.#prepared.set(id, official);
    }
    return official;
  }

  /**
   * The targets whose text has every word of `norms` (lower-case words, as
   * quoteWords.words gives them). A word of a text is, in lower case, part of
   * the whole text in lower case, so texts without all of them as substrings
   * are passed over unprepared. That holds where lower-casing a word alone
   * and within its text agree: not for a Greek capital sigma (final form) or
   * a bracketed letter, and a text with either is always prepared.
   */
  *having(norms: readonly string[]): Iterable<[string, OfficialText]> {
    this.#lowered ??= [...this.targets.values()].map((t) => [t.id, /[Σ[]/.test(t.text) ? undefined : t.text.toLowerCase()] as const);
    for (const [id, lower] of this.#lowered) {
      if (lower !== undefined && !norms.every((n) => lower.includes(n))) continue;
      const official = this.get(id) as OfficialText;
      if (norms.every((n) => official.vocabulary.has(n))) yield [id, official];
    }
  }
}

function officialTexts(model: DocumentModel): OfficialTexts {
  return prepared(model.data.sdg.targets);
}

const prepared = perObject((targets: SdgData['targets']): OfficialTexts => new OfficialTexts(targets));

interface Assessment {
  readonly c: QuoteComparison | undefined;
  /** The other target the quotation reproduces exactly, if any. */
  readonly other: string | undefined;
}

const assessed = new WeakMap<object, Map<string, Assessment>>();

/** Compares a quotation with its target's text; remembered per reference data, since a document keeps its quotations from one version to the next. */
function assess(quoted: string, targetId: string, officials: OfficialTexts): Assessment {
  let memo = assessed.get(officials);
  if (!memo || memo.size > 10_000) assessed.set(officials, (memo = new Map()));
  const key = `${targetId}\u0000${quoted}`;
  let a = memo.get(key);
  if (!a) {
    const c = compareQuote(quoted, officials.get(targetId) as OfficialText);
    // A phrase of one or two content words ("for all women and men") is too common to tell which target it is from.
    const other = c && c.cost > 0 && c.contentWords >= 3 ? quotedTarget(quoted, officials) : undefined;
    a = { c, other };
    memo.set(key, a);
  }
  return a;
}

/** The one target whose official text the quotation reproduces exactly, if there is exactly one. */
function quotedTarget(quoted: string, officials: OfficialTexts): string | undefined {
  const norms = words(quoted).map((w) => w.norm);
  const exact: string[] = [];
  // Only a text that uses every quoted word can hold the quotation: a cheap test before aligning.
  for (const [id, official] of officials.having(norms)) {
    if (compareQuote(quoted, official)?.cost === 0) exact.push(id);
  }
  return exact.length === 1 ? exact[0] : undefined;
}

/** Every content word capitalized, as in the name of an instrument or a programme. */
function isTitle(quoted: string): boolean {
  const content = words(quoted).filter((w) => isContentWord(w.norm));
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(quoted.slice(w.start, w.end).replace('[', '')));
}

/**
 * Random inputs for fuzzing: Markdown assembled from the constructs drafts
 * use (and abuse), and random mutations of real texts (samples/ and, when
 * present, ../shared/corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const ROOT = join(__dirname, '..', '..');

export function realTexts(): string[] {
  const out: string[] = [];
  for (const d of [join(ROOT, 'samples'), join(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'test', 'fixtures')]) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d, { recursive: true }) as string[]) {
      if (f.endsWith('.md')) out.push(readFileSync(join(d, f), 'utf8'));
    }
  }
  return out;
}

const WORDS = [
  'SDG', 'Goal', 'target', 'targets', 'indicator', '10.7', '10.c', '8.7', '18', '10.12', '10.7.2', 'and', 'to', '–', 'objective', 'objectives',
  'paragraph', 'para.', '16', '(c)', 'Convention', 'Protocol', 'CRC', 'ICRMW', 'the', 'on', 'of', 'illegal', 'migrants', 'Member', 'States',
  'follow-up', 'labor', 'programme', 'UN', 'IOM', '(IOM)', 'Global Compact', '1951', '“', '”', '"', "'", '…', '...', ',', '.', ';', ':',
  'États', 'مرحبا', '😀', '\u00a0', '\t', 'https://example.org/x', 'www.x.org', '&amp;', '\\*',
];
const LINE_STARTS = ['', '', '', '# ', '## ', '- ', '* ', '1. ', '16. ', '> ', '    ', '   ', '```', '~~~', '<!-- ', '-->', '<div>', '---', '===', '|', '[x]: /u '];
const INLINE = ['', '', '*', '**', '_', '`', '[', '](', ')', '<', '>', '![', '<!-- compact-lint-disable -->', '<!-- compact-lint-enable -->'];

const word = fc.constantFrom(...WORDS);
const line = fc
  .tuple(fc.constantFrom(...LINE_STARTS), fc.array(fc.tuple(fc.constantFrom(...INLINE), word), { maxLength: 14 }))
  .map(([start, parts]) => start + parts.map(([a, b]) => a + b).join(' '));

/** Random Markdown made of draft-like lines and markup. */
export const markdown = fc.array(line, { maxLength: 40 }).chain((lines) =>
  fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)),
);

/** A real text with random edits: deletions, insertions of markup, raw characters. */
export function mutated(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...texts),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...LINE_STARTS, ...INLINE, ...WORDS), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }))), { minLength: 1, maxLength: 6 }),
    )
    .map(([text, edits]) => {
      let t = text;
      for (const [at, del, ins] of edits) {
        const p = at % (t.length + 1);
        t = t.slice(0, p) + ins + t.slice(Math.min(t.length, p + del));
      }
      return t;
    });
}

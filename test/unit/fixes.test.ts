import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEditGroups, selectEditGroups } from '../../server/src/core/fixes';
import type { TextEdit } from '../../server/src/core/checks/check';

/** The straightforward way, which took minutes on 100,000 edits: each edit checked against all taken, the text spliced from the end. */
function reference(text: string, groups: readonly (readonly TextEdit[])[]): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  const first = (g: readonly TextEdit[]): number => Math.min(...g.map((e) => e.span.start));
  for (const g of [...groups].sort((a, b) => first(a) - first(b))) {
    if (g.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end) || e.span.start < 0 || e.span.end > text.length)) continue;
    taken.push(...g);
    applied++;
  }
  let out = text;
  for (const e of [...taken].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return { text: out, applied };
}

const edit = (start: number, end: number, newText: string): TextEdit => ({ span: { start, end }, newText });

describe('applying fixes', () => {
  it('gives what applying the edits one by one gives, where no two start at the same offset (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(fc.array(fc.tuple(fc.nat(70), fc.nat(6), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        (text, raw) => {
          // Distinct starts across all edits, and no group whose own edits overlap: the cases both ways define alike.
          const starts = new Set<number>();
          const groups = raw
            .map((g) => g.filter(([s]) => !starts.has(s) && (starts.add(s), true)).map(([s, len, t]) => edit(s, s + len, t)))
            .filter((g) => g.length > 0 && !g.some((a, i) => g.some((b, j) => i !== j && a.span.start < b.span.end && b.span.start < a.span.end)));
          assert.deepEqual(applyEditGroups(text, groups), reference(text, groups));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes one of two edits that start at the same offset, and no group whose own edits overlap', () => {
    assert.deepEqual(applyEditGroups('abcdef', [[edit(2, 2, 'X')], [edit(2, 4, 'Y')]]), { text: 'abXcdef', applied: 1 });
    assert.deepEqual(applyEditGroups('abcdef', [[edit(0, 3, 'X'), edit(2, 4, 'Y')], [edit(5, 6, 'Z')]]), { text: 'abcdeZ', applied: 1 });
  });

  it('applies 100,000 edits in one pass', () => {
    const text = 'The labor. '.repeat(100_000);
    const groups = Array.from({ length: 100_000 }, (_, i) => [edit(i * 11 + 4, i * 11 + 9, 'labour')]);
    const r = applyEditGroups(text, groups);
    assert.equal(r.applied, 100_000);
    assert.equal(r.text, 'The labour. '.repeat(100_000));
  });

  it('takes one group of 50,000 edits, as renumbering a long draft makes, in one pass, and gives the edits sorted', () => {
    const group = Array.from({ length: 50_000 }, (_, i) => edit((49_999 - i) * 3, (49_999 - i) * 3 + 1, 'x'));
    const { edits, groups } = selectEditGroups([group, [edit(6, 7, 'y')]]);
    assert.equal(groups, 1, 'the group; the edit that overlaps it is left');
    assert.equal(edits.length, 50_000);
    assert.ok(edits.every((e, i) => i === 0 || (edits[i - 1] as TextEdit).span.start < e.span.start));
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/index';
import { textEdit } from '../support/edits';

function starts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, i) => lines.lineStart(i));
}

const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\n', ' ');
const textArb = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('LineIndex', () => {
  it('counts UTF-16 code units after Arabic, accented letters and emoji', () => {
    const text = 'مرحبا بالعالم\nÉtats 😀 x\r\nlast';
    const lines = new LineIndex(text);
    const x = text.indexOf('x');
    assert.deepEqual(lines.positionAt(x), { line: 1, character: 'États 😀 '.length });
    assert.equal('États 😀 '.length, 9, 'the emoji is two code units');
    assert.equal(lines.offsetAt({ line: 1, character: 9 }), x);
    assert.deepEqual(lines.positionAt(text.indexOf('last')), { line: 2, character: 0 });
  });

  it('treats \\n, \\r\\n and \\r as line breaks, as LSP does', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 2, 5, 7].map((o) => lines.positionAt(o).line), [0, 1, 2, 3]);
  });

  it('clamps out-of-range positions and offsets', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the end of the line, before its break');
    assert.equal(lines.offsetAt({ line: 1, character: 99 }), 5);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(lines.offsetAt({ line: 0, character: -3 }), 0);
    const mixed = new LineIndex('ab\r\ncd\ref\n\r\n');
    assert.deepEqual([0, 1, 2, 3, 4].map((line) => mixed.offsetAt({ line, character: 99 })), [2, 6, 9, 10, 12]);
  });

  it('starts a line after each \\r\\n, each other \\r and each other \\n (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const expected = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
        assert.deepEqual(starts(new LineIndex(text)), expected, JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('after an edit, equals an index of the new text built from scratch, line breaks split or joined included (property)', () => {
    fc.assert(
      fc.property(textEdit(textArb, 6), ({ text, start, oldEnd, inserted, next, end }) => {
        const updated = LineIndex.afterEdit(new LineIndex(text), next, start, oldEnd, end);
        assert.deepEqual(starts(updated), starts(new LineIndex(next)), JSON.stringify({ text, start, oldEnd, inserted }));
        assert.deepEqual(updated.positionAt(next.length), new LineIndex(next).positionAt(next.length));
      }),
      { numRuns: 5000 },
    );
  });
});

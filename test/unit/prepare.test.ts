/**
 * Preparing text for the parser: the UTF-8 length that decides whether a file
 * is analysed, and the guards, whose incremental form must equal a full
 * preparation.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { utf8Length } from '../../server/src/core/index';
import { textEdit } from '../support/edits';
import { MAX_DELIMITERS, MAX_NESTING, guardsOf, prepare, prepareAfterEdit, preparedSlice } from '../../server/src/core/parse/preprocess';

describe('utf8Length', () => {
  it('counts ASCII, accented and Arabic letters, CJK, emoji and lone surrogates as UTF-8 does', () => {
    for (const text of ['', 'abc', 'États', 'مرحبا', '中文字', '😀👍', 'a\ud800b', '\udc00', '\ud800\ud800\udc00', 'x\ud83dé']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('equals Buffer.byteLength on any string of code units (property)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0x7ff }), fc.integer({ min: 0x800, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = String.fromCharCode(...units);
        assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('prepareAfterEdit and preparedSlice', () => {
  // Pieces that make chunks, lines, delimiters and containers, and, in a few, enough of them to trip a guard.
  const piece = fc.constantFrom(
    'word ',
    '\n',
    '\n\n',
    ' \t\n',
    '\r\n',
    '*',
    '_x_',
    '[a]',
    '> ',
    '- ',
    '1. ',
    '---\n',
    '\ufeff',
    '*'.repeat(MAX_DELIMITERS / 2 + 1),
    '> '.repeat(MAX_NESTING + 1),
    '- '.repeat(MAX_NESTING / 2 + 1),
  );
  // Texts that start with front matter, a byte-order mark or neither.
  const head = fc.constantFrom('', '', '---\ntitle: x\n---\n', '+++\n', '\ufeff');
  const textArb = fc.tuple(head, fc.array(piece, { maxLength: 40 })).map(([h, a]) => h + a.join(''));

  it('equals preparing the whole new text, for any edit (property)', () => {
    fc.assert(
      fc.property(textEdit(textArb, 12), ({ text, start, oldEnd, inserted, next, end }) => {
        assert.deepEqual(prepareAfterEdit(prepare(text), next, start, oldEnd, end), guardsOf(prepare(next)), JSON.stringify({ text, start, oldEnd, inserted }));
      }),
      { numRuns: 5000 },
    );
  });

  it('makes any slice of the prepared text from the text and the guards (property)', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const prepared = prepare(text);
        assert.equal(preparedSlice(text, prepared, from, to), prepared.text.slice(from, to), JSON.stringify({ text, from, to }));
      }),
      { numRuns: 5000 },
    );
  });

  it('blanks the backticks of a chunk whose unclosed code spans the parser would each scan to its end, and of no other', () => {
    let unclosed = '';
    for (let i = 1; i <= 1500; i++) unclosed += `${'`'.repeat(i)}a`;
    const rows = Array.from({ length: 2000 }, (_, i) => `| \`code ${i}\` | \`\`a \` b\`\` |`).join('\n');
    const text = `${unclosed}\n\nA \`code\` span.\n\n| Name | Value |\n| --- | --- |\n${rows}\n`;
    const prepared = prepare(text);
    // The chunk, to the line break that ends it.
    assert.deepEqual(prepared.delimiters, [{ start: 0, end: unclosed.length + 1 }]);
    assert.equal(prepared.text.slice(0, unclosed.length).includes('`'), false);
    assert.equal(prepared.text.slice(unclosed.length), text.slice(unclosed.length));
    // After an edit in the table, as in a full preparation.
    const at = text.indexOf('code 7');
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    assert.deepEqual(prepareAfterEdit(prepared, next, at, at, at + 1), guardsOf(prepare(next)));
  });

  it('finds nothing to blank after an edit of a text that needs nothing', () => {
    const text = 'First paragraph.\n\nSecond *one*.\n\nThird.\n';
    const next = text.replace('Second', 'Secund');
    const at = text.indexOf('Second') + 4;
    assert.deepEqual(prepareAfterEdit(prepare(text), next, at, at + 1, at + 1), { frontMatterEnd: 0, delimiters: [], nesting: [] });
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SpanSet, overlaps, shiftSpans, type Span } from '../../server/src/core/text/span';

const spanArb = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 8 })).map(([start, length]): Span => ({ start, end: start + length }));

describe('SpanSet', () => {
  it('says whether a span overlaps any of a set exactly as testing each one does, empty and touching spans included (property)', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 12 }), spanArb, (spans, probe) => {
        assert.equal(new SpanSet(spans).overlaps(probe), spans.some((s) => overlaps(s, probe)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('shiftSpans', () => {
  const fact = {
    match: 'exact',
    ids: ['crc', 'cmw'],
    span: { start: 10, end: 20 },
    year: { value: 1990, span: { start: 22, end: 26 } },
    parts: [{ start: 1, end: 2, label: 'a' }, 'text', null],
    count: 3,
  };

  it('moves every object with a numeric start and end, at any depth, and keeps every other field', () => {
    assert.deepEqual(shiftSpans(fact, 5), {
      match: 'exact',
      ids: ['crc', 'cmw'],
      span: { start: 15, end: 25 },
      year: { value: 1990, span: { start: 27, end: 31 } },
      parts: [{ start: 6, end: 7, label: 'a' }, 'text', null],
      count: 3,
    });
  });

  it('leaves its input as it was and copies what it moves, but shares lists that hold nothing to move', () => {
    const before = structuredClone(fact);
    const moved = shiftSpans(fact, -4);
    assert.deepEqual(fact, before);
    assert.notEqual(moved.span, fact.span);
    assert.notEqual(moved.parts, fact.parts);
    assert.equal(moved.ids, fact.ids);
    const nothing = [[], ['text'], [{ value: 1 }]];
    assert.equal(shiftSpans(nothing, 3), nothing);
    assert.equal(shiftSpans(fact, 0), fact);
  });
});

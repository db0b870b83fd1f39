import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SpanSet, overlaps, type Span } from '../../server/src/core/text/span';

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

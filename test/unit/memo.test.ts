/**
 * The caches extraction relies on: one value per data object, computed once;
 * and one entry for the last block, recomputed for any other block or key,
 * and dropped when extraction is done with the block.
 */
import { strict as assert } from 'node:assert';
import { forgetLastBlock, lastBlockMemo, perObject } from '../../server/src/core/memo';
import type { Block } from '../../server/src/core/parse/blocks';

function block(start: number): Block {
  return { start, end: start + 1, type: 'paragraph', runs: [], listItems: [], comments: [], definitions: false };
}

describe('memo', () => {
  it('perObject computes once per object, whichever was asked for last', () => {
    const calls: object[] = [];
    const size = perObject((o: { n: number }) => {
      calls.push(o);
      return { n: o.n };
    });
    const a = { n: 1 };
    const b = { n: 2 };
    const first = size(a);
    assert.equal(size(a), first);
    assert.deepEqual(size(b), { n: 2 });
    assert.equal(size(a), first, 'a value survives asking for another object');
    assert.deepEqual(calls, [a, b]);
  });

  it('lastBlockMemo recomputes for another block or another key, and only then', () => {
    let calls = 0;
    const starts = lastBlockMemo((b: Block, k: string) => {
      calls++;
      return `${k}${b.start}`;
    });
    const x = block(1);
    const y = block(1);
    assert.equal(starts(x, 'a'), 'a1');
    assert.equal(starts(x, 'a'), 'a1');
    assert.equal(calls, 1);
    assert.equal(starts(y, 'a'), 'a1', 'an equal block is another block');
    assert.equal(calls, 2);
    assert.equal(starts(y, 'b'), 'b1');
    assert.equal(starts(x, 'b'), 'b1');
    assert.equal(calls, 4);
    forgetLastBlock();
    assert.equal(starts(x, 'b'), 'b1');
    assert.equal(calls, 5, 'nothing is remembered once the block is forgotten');
  });
});

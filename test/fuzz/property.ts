/**
 * The fuzzing property: for any input the core never throws, every finding
 * and every fix lies inside the document, the CLI's pipeline gets the same
 * syntax as a direct parse, and no case takes a second.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, lintText, applyFixes, complete, hover, packSource, parseSource, unpackSource } from '../../server/src/core/index';

export const SLOW_MS = 1000;

export function checkText(text: string): void {
  const t = performance.now();
  const { model, findings } = lintText({ uri: 'fuzz', version: 1, text }, DEFAULT_CONFIG);
  for (const f of findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `finding out of range: ${JSON.stringify(f)}`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, `fix out of range: ${JSON.stringify(e)}`);
    }
  }
  applyFixes(text, findings, { safeOnly: false });
  // Editor features at a few offsets must not throw either.
  for (const offset of [0, text.length >> 1, text.length]) {
    hover(model, offset, { data: model.data, others: [] });
    complete(model, offset, { data: model.data, others: [] });
  }
  const ms = performance.now() - t;
  const source = { uri: 'fuzz', version: 1, text };
  assert.deepEqual(unpackSource(packSource(source, DEFAULT_CONFIG)), parseSource(source, DEFAULT_CONFIG), 'packed syntax differs');
  assert.ok(ms < SLOW_MS, `took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 200))}…`);
}

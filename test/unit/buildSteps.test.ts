/**
 * buildSteps, the model built in steps that the language server runs between
 * other work: it pauses within a long text, and builds interleaved with each
 * other and with whole builds give the models each gives alone.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, buildModel, buildSteps, lintModel, type DocumentModel } from '../../server/src/core/index';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const TEXTS = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
/** Every sample, three times over: a text of many chunks. */
const LONG = Array.from({ length: 3 }, () => TEXTS.join('\n\n')).join('\n\n');

function snapshot(m: DocumentModel): unknown {
  return { blocks: m.blocks, findings: lintModel(m) };
}

describe('buildSteps', () => {
  it('pauses within a long text, more often the longer it is', () => {
    const pauses = (text: string): number => {
      const steps = buildSteps({ uri: 'u', version: 1, text }, DEFAULT_CONFIG);
      let n = 0;
      while (!steps.next().done) n++;
      return n;
    };
    const short = pauses(TEXTS[0] as string);
    const long = pauses(LONG);
    assert.ok(long > 10, `${long} pauses`);
    assert.ok(long > short * 2, `${short} and ${long} pauses`);
  });

  it('gives the models of whole builds when builds run by turns, with whole builds between their steps', () => {
    const sources = [LONG, `${LONG}\n\nSDG target 10.7 and the illegal migrants.\n`].map((text, i) => ({ uri: `u${i}`, version: 1, text }));
    const running = sources.map((s) => buildSteps(s, DEFAULT_CONFIG));
    const results: (DocumentModel | undefined)[] = [undefined, undefined];
    let turn = 0;
    while (results.some((r) => r === undefined)) {
      const i = turn++ % 2;
      if (results[i]) continue;
      const next = (running[i] as Generator<void, DocumentModel>).next();
      if (next.done) results[i] = next.value;
      // What the server does between two steps: lint an open document.
      else if (turn % 7 === 0) lintModel(buildModel({ uri: 'open', version: turn, text: TEXTS[turn % TEXTS.length] as string }, DEFAULT_CONFIG));
    }
    sources.forEach((s, i) => assert.deepEqual(snapshot(results[i] as DocumentModel), snapshot(buildModel(s, DEFAULT_CONFIG))));
  });
});

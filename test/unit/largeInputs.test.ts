/**
 * Inputs far larger than a draft in one respect: the core answers them with
 * findings, never with an internal error.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, lintText } from '../../server/src/core/index';

describe('large inputs', () => {
  it('reports a hundred and thirty thousand spelling slips in one paragraph, more than a call takes arguments', () => {
    const { findings } = lintText({ uri: 'u', version: 0, text: 'labor '.repeat(130_000) }, DEFAULT_CONFIG);
    assert.equal(findings.filter((f) => f.checkId === 'terminology/spelling').length, 130_000);
    assert.deepEqual(findings.filter((f) => f.message.startsWith('Internal error')), []);
  });
});

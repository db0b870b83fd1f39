/**
 * "Compact Lint: Lint workspace" over the protocol: the counts it answers
 * with, and the progress the editor shows while it runs (files done of the
 * total, after every file).
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lspClient';
import { tempTree } from '../support/cli';
import { LINT_PROGRESS_NOTIFICATION, LINT_WORKSPACE_REQUEST, type LintProgressParams, type LintWorkspaceResult } from '../../server/src/protocol';

describe('language server: lint workspace', () => {
  it('answers with the counts and reports progress after every file', async () => {
    const dir = tempTree({
      'a.md': 'SDG 18.\n',
      'notes/b.md': 'SDG target 10.12 and SDG 19.\n',
      'c.markdown': 'SDG target 10.7.\n',
      'node_modules/x/readme.md': 'SDG 18.\n',
    });
    const client = await TestClient.start({ root: dir });
    try {
      const result = (await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {})) as LintWorkspaceResult;
      assert.deepEqual(result, { files: 3, errors: 3, warnings: 0, off: 0 });
      const progress = client.notifications.filter((n) => n.method === LINT_PROGRESS_NOTIFICATION).map((n) => n.params as LintProgressParams);
      assert.deepEqual(progress, [
        { done: 1, total: 3 },
        { done: 2, total: 3 },
        { done: 3, total: 3 },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('leaves alone the files the settings turn off, open or not, and says how many', async () => {
    const dir = tempTree({ 'on.md': 'SDG 18.\n', 'off/closed.md': 'SDG 19.\n', 'off/open.md': 'SDG 20.\n' });
    const client = await TestClient.start({ root: dir, settings: (scopeUri) => ({ enable: !scopeUri?.includes('/off/') }) });
    try {
      const open = pathToFileURL(join(dir, 'off', 'open.md')).href;
      await client.open(open, 'SDG 20.\n');
      assert.deepEqual((await client.waitForDiagnostics(open)).diagnostics, []);
      const result = (await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {})) as LintWorkspaceResult;
      assert.deepEqual(result, { files: 1, errors: 1, warnings: 0, off: 2 });
      const progress = client.notifications.filter((n) => n.method === LINT_PROGRESS_NOTIFICATION).map((n) => (n.params as LintProgressParams).done);
      assert.deepEqual(progress, [1, 2, 3]);
      // The files turned off have none, and what an earlier run published for a closed one goes.
      assert.deepEqual(client.diagnostics.get(open)?.diagnostics, []);
      assert.deepEqual(client.diagnostics.get(pathToFileURL(join(dir, 'off', 'closed.md')).href)?.diagnostics, []);
      assert.equal(client.diagnostics.get(pathToFileURL(join(dir, 'on.md')).href)?.diagnostics.length, 1);
    } finally {
      await client.stop();
    }
  });
});

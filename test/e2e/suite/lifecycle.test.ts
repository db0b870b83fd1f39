/**
 * The language server's life in the editor: when its process dies, the
 * extension starts a new one, which lints the open draft again and answers
 * the commands, so a crash costs the drafter nothing but a moment. A server
 * that keeps crashing is left stopped, with a message, until the drafter runs
 * "Compact Lint: Restart language server".
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnostics, newServerPid, open, positionOf, screenshot, serverPids, waitFor } from './support';

/** A document's findings as comparable lines: check id and range. */
function summary(found: readonly vscode.Diagnostic[]): string[] {
  return found.map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

/** Runs "Compact Lint: Lint workspace": 'answered' (with a count of files), 'stopped' (the server is not running) or the error. */
function lintWorkspace(): Thenable<string> {
  return vscode.commands.executeCommand<{ files: number } | undefined>('compactLint.lintWorkspace').then(
    (result) => (result === undefined ? 'stopped' : result.files > 0 ? 'answered' : 'answered, but no files'),
    (error: unknown) => `failed: ${String(error)}`,
  );
}

/**
 * The draft's findings as a server reports them now: a mistake typed at the
 * end must be reported there, and once it is undone the findings left are
 * those of the text as it is, not of an earlier version.
 */
async function currentFindings(editor: vscode.TextEditor): Promise<string[]> {
  const doc = editor.document;
  await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\nSDG 19.\n'));
  const line = positionOf(doc, 'SDG 19.').line;
  const typed = (d: vscode.Diagnostic): boolean => codeOf(d) === 'sdg/unknown-goal' && d.range.start.line === line;
  const found = await diagnostics(doc.uri, (d) => d.some(typed));
  assert.match(found.find(typed)!.message, /There is no SDG 19/);
  await vscode.commands.executeCommand('undo');
  return summary(await diagnostics(doc.uri, (d) => !d.some(typed)));
}

describe('the language server process', () => {
  it('is started again when it is killed, and lints the draft and answers commands', async () => {
    const editor = await open('sdg-references.md');
    const before = await currentFindings(editor);
    assert.ok(before.length > 0, 'the sample has findings to come back');
    const [killed] = await waitFor('one language server process', serverPids, (p) => p.length === 1);
    process.kill(killed!, 'SIGKILL');
    const restarted = await newServerPid([killed!]);

    // A mistake typed now can only be reported by the new server.
    assert.deepEqual(await currentFindings(editor), before, 'the findings from before the crash');
    assert.deepEqual(serverPids(), [restarted], 'the new server answered and is still running');
    await vscode.commands.executeCommand('workbench.action.files.revert');

    assert.equal(await lintWorkspace(), 'answered', '"Compact Lint: Lint workspace" answers');
    await screenshot('server-restarted');
  });

  it('is left stopped after five crashes in three minutes, and "Restart language server" brings it back', async () => {
    const editor = await open('clean-submission.md');
    const [running] = await waitFor('one language server process', serverPids, (p) => p.length === 1);
    // A restart the user asks for starts the count of crashes afresh.
    await vscode.commands.executeCommand('compactLint.restartServer');
    let pid = await newServerPid([running!]);
    for (let crash = 1; crash < 5; crash++) {
      // Killed once it answers: a crash during start-up takes another path in the client.
      assert.equal(await lintWorkspace(), 'answered', `the server answers after ${crash - 1} crashes`);
      process.kill(pid, 'SIGKILL');
      pid = await newServerPid([pid]);
    }
    assert.equal(await lintWorkspace(), 'answered', 'the server answers after 4 crashes');
    await vscode.commands.executeCommand('notifications.clearAll');
    process.kill(pid, 'SIGKILL');
    await waitFor('"Lint workspace" to find the server stopped', lintWorkspace, (r) => r === 'stopped');
    assert.deepEqual(serverPids(), [], 'no server was started after the fifth crash');
    await vscode.commands.executeCommand('notifications.showList'); // the message, with "Restart server"
    await screenshot('server-stopped-after-crashes');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.hideList');

    await vscode.commands.executeCommand('compactLint.restartServer');
    await newServerPid([pid]);
    assert.deepEqual(await currentFindings(editor), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(await lintWorkspace(), 'answered');
  });
});

/**
 * What a drafter sees in the Problems panel: the language server's findings
 * on a sample, with their messages at the right characters, and a broken
 * `.compact-lint.json` reported on the file while linting goes on.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnostics, open, rangeOf, screenshot, workspaceUri } from './support';

describe('diagnostics in the editor', () => {
  it('reports the SDG sample\'s findings with their messages and positions', async () => {
    const { document: doc } = await open('sdg-references.md');
    const found = await diagnostics(doc.uri, (d) => d.length >= 5);
    const byCode = (code: string) => found.filter((d) => codeOf(d) === code);

    const target = byCode('sdg/unknown-target');
    assert.equal(target.length, 1);
    assert.deepEqual(target[0]!.range, rangeOf(doc, '8.12'));
    assert.match(target[0]!.message, /^SDG target 8\.12 does not exist\./);
    assert.equal(target[0]!.severity, vscode.DiagnosticSeverity.Error);

    const goal = byCode('sdg/unknown-goal');
    assert.equal(goal.length, 1);
    assert.equal(goal[0]!.range.start.line, rangeOf(doc, 'Goal 18').start.line);
    assert.match(goal[0]!.message, /There is no SDG 18/);

    const indicator = byCode('sdg/unknown-indicator');
    assert.deepEqual(indicator[0]?.range, rangeOf(doc, '10.7.9'));

    const misquoted = byCode('sdg/misquoted-target');
    assert.equal(misquoted.length, 2);
    assert.ok(misquoted.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems-panel');
  });

  it('reports nothing on the clean submission, once a typed mistake is undone', async () => {
    const editor = await open('clean-submission.md');
    const doc = editor.document;
    // A mistake typed and undone proves the document was linted, so "nothing" is an answer, not a delay.
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\nSDG 18.\n'));
    await diagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'sdg/unknown-goal'));
    await vscode.commands.executeCommand('undo');
    assert.deepEqual(await diagnostics(doc.uri, (d) => d.length === 0), []);
  });

  it('reports a broken .compact-lint.json on the file and keeps linting the draft', async () => {
    const { document: doc } = await open('broken-config/draft.md');
    const draft = await diagnostics(doc.uri);
    assert.deepEqual(draft.map(codeOf), ['sdg/unknown-goal']);
    const config = await diagnostics(workspaceUri('broken-config/.compact-lint.json'), (d) => d.length >= 2);
    assert.deepEqual(config.map((d) => d.range.start.line).sort(), [2, 3]);
    assert.match(config.map((d) => d.message).join('\n'), /Unknown check id "no\/such-check"/);
    await open('broken-config/.compact-lint.json');
    await screenshot('broken-config');
  });

  it('follows the settings: a check turned off in compactLint.checks goes, and comes back', async () => {
    const { document: doc } = await open('sdg-references.md');
    const settings = vscode.workspace.getConfiguration('compactLint');
    await diagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'sdg/unknown-goal'));
    await settings.update('checks', { 'sdg/unknown-goal': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const without = await diagnostics(doc.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'sdg/unknown-goal'));
      assert.ok(without.some((x) => codeOf(x) === 'sdg/unknown-target'), 'the other checks still run');
    } finally {
      await settings.update('checks', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'sdg/unknown-goal'));
  });

  it('lints every draft of the workspace with "Compact Lint: Lint workspace"', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('compactLint.lintWorkspace');
    assert.ok(result.files >= 5, `${result.files} files`);
    assert.ok(result.errors >= 4, `${result.errors} errors`);
    await screenshot('lint-workspace');
  });
});

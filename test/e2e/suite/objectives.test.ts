/**
 * Navigating a draft's own objectives: go to definition from a reference,
 * rename, which renumbers the objective and every reference to it, and the
 * command that renumbers a draft's objectives in order.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { open, positionOf, screenshot, waitFor } from './support';

describe('objectives in the editor', () => {
  it('goes from "objective 1" to the heading that defines it', async () => {
    const editor = await open('objectives-draft.md');
    const doc = editor.document;
    const at = positionOf(doc, 'objective 1 and', 'objective '.length);
    const found = await waitFor(
      'a definition',
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at),
      (l) => l.length > 0,
    );
    const first = found[0]!;
    const range = 'targetRange' in first ? first.targetRange : first.range;
    assert.equal(range.start.line, positionOf(doc, '## Objective 1:').line);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await screenshot('definition-objective');
  });

  it('renames objective 1 to 3: the heading and its references are renumbered', async () => {
    const { document: doc } = await open('objectives-draft.md');
    const at = positionOf(doc, 'objective 1 and', 'objective '.length);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, '3');
    assert.ok(edit && edit.size > 0, 'a rename edit');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = doc.getText();
    assert.match(text, /## Objective 3: Collect and use accurate data/);
    assert.match(text, /in line with objective 3 and paragraph 1/);
    assert.doesNotMatch(text, /[Oo]bjective 1\b/);
    await screenshot('renamed-objective');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('"Compact Lint: Renumber objectives" closes a gap in the numbering, references included', async () => {
    const { document: doc } = await open('renumber-draft.md');
    await waitFor('the objectives to be read', () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => (s ?? []).length > 0);
    await vscode.commands.executeCommand('compactLint.renumberObjectives');
    await waitFor('the renumbered text', () => doc.getText(), (t) => t.includes('## Objective 2: Provide accurate'));
    assert.match(doc.getText(), /building on objective 1 and in line with objective 2\./);
    assert.doesNotMatch(doc.getText(), /[Oo]bjective 3/);
    await screenshot('renumbered-objectives');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

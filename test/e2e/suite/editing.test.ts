/**
 * The language features a drafter uses while writing: hover cards (SDG
 * targets, instruments, with titles from the reference data), completion of
 * SDG targets and quick fixes that change the text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnostics, hoverText, lintDiagnostics, open, positionOf, screenshot, waitFor } from './support';

describe('editing a draft', () => {
  it('shows the official text of an SDG target on hover', async () => {
    const editor = await open('sdg-references.md');
    const at = positionOf(editor.document, 'SDG target 10.7', 'SDG target 1'.length);
    const hovers = await waitFor('a hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), (h) => hoverText(h).includes('10.7'));
    assert.match(hoverText(hovers), /orderly, safe, regular and responsible migration and mobility of people/);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-sdg-target');
  });

  it('shows an instrument\'s official title on hover over its acronym', async () => {
    const extension = vscode.extensions.getExtension('compact-lint.compact-lint');
    assert.ok(extension, 'the extension is installed');
    const data = JSON.parse(readFileSync(join(extension.extensionPath, 'data/instruments.json'), 'utf8')) as { instruments: { title: string; acronyms?: string[] }[] };
    const editor = await open('instruments.md');
    for (const acronym of ['ICCPR', 'CEDAW']) {
      const instrument = data.instruments.find((i) => i.acronyms?.includes(acronym));
      assert.ok(instrument, `${acronym} is in the registry`);
      const at = positionOf(editor.document, `(${acronym})`, 1);
      const hovers = await waitFor(`a hover on ${acronym}`, () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), (h) => h.length > 0);
      assert.ok(hoverText(hovers).includes(instrument.title), `"${instrument.title}" in: ${hoverText(hovers)}`);
    }
    const at = positionOf(editor.document, '(ICCPR)', 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-instrument');
  });

  it('completes "SDG target 10." with the targets of goal 10', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'In line with SDG target 10.' });
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(doc.getText().length);
    const list = await waitFor(
      'completions',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end),
      (l) => l.items.length > 0,
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('10.7'), `10.7 among ${labels.join(', ')}`);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await screenshot('completion-sdg-target');
    await vscode.commands.executeCommand('hideSuggestWidget');
  });

  it('resolves the edit of "fix all" when it is asked for, as a save with source.fixAll does', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The labor center and the labor market.\n' });
    await vscode.window.showTextDocument(doc);
    await diagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'terminology/spelling'));
    const range = new vscode.Range(0, 0, 0, 1);
    const unresolved = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, 'source.fixAll.compactLint');
    assert.equal(unresolved.length, 1);
    assert.equal(unresolved[0]?.edit, undefined, 'the action comes without its edit');
    const [fixAll] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, 'source.fixAll.compactLint', 1);
    assert.ok(fixAll?.edit, 'resolving gives the edit');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(doc.getText(), 'The labour centre and the labour market.\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('applies the quick fix for a misquoted SDG target', async () => {
    const { document: doc } = await open('sdg-references.md');
    const found = await diagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'sdg/misquoted-target'));
    const misquote = found.find((d) => codeOf(d) === 'sdg/misquoted-target' && /official "/.test(d.message))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, misquote.range, vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find((a) => /official wording of SDG target 10\.7/.test(a.title));
    assert.ok(fix?.edit, `a quick fix with an edit among: ${actions.map((a) => a.title).join('; ')}`);
    const before = doc.getText(misquote.range);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('"orderly, safe, regular and responsible migration and mobility of people"'), 'the official wording is in the text');
    assert.ok(!doc.getText().includes(before), 'the misquotation is gone');
    await waitFor('the finding to go', () => lintDiagnostics(doc.uri), (d) => !d.some((x) => x.message === misquote.message));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

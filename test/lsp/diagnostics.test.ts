import { strict as assert } from 'node:assert';
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApplyWorkspaceEditRequest, CodeActionRequest, CodeActionResolveRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentSymbolRequest, ExecuteCommandRequest, FileChangeType, HoverRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest, type CodeAction, type Command, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../support/lspText';
import { TestClient } from '../support/lspClient';
import { APPLY_FIX_COMMAND, RENUMBER_OBJECTIVES_COMMAND, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';

describe('language server: diagnostics', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    client = await TestClient.start({ root: dir });
  });
  after(async () => client.stop());

  it('publishes diagnostics on open with exact ranges after non-ASCII text', async () => {
    const uri = pathToFileURL(join(dir, 'draft.md')).href;
    // Arabic, French accents and an emoji (two UTF-16 code units) before the reference.
    await client.open(uri, 'Les États — مرحبا 😀 visent SDG target 10.12.\n');
    const diags = await client.diagnosticsFor(uri, 1);
    assert.equal(diags.length, 1);
    const d = diags[0]!;
    assert.equal(d.code, 'sdg/unknown-target');
    assert.equal(d.source, 'compact-lint');
    const col = 'Les États — مرحبا 😀 visent SDG target '.length;
    assert.deepEqual(d.range, { start: { line: 0, character: col }, end: { line: 0, character: col + 5 } });
  });

  it('updates diagnostics after an incremental change and clears them on close', async () => {
    const uri = pathToFileURL(join(dir, 'edit.md')).href;
    await client.open(uri, 'In line with SDG 10.\n');
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 18 }, end: { line: 0, character: 19 } }, text: '9' }]);
    const diags = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(diags.map((d) => d.code), ['sdg/unknown-goal']);
    assert.match(String(diags[0]!.message), /no SDG 19/);
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('reports a broken configuration file on the file and keeps linting with defaults', async () => {
    const sub = mkdtempSync(join(dir, 'broken-'));
    const configPath = join(sub, '.compact-lint.json');
    writeFileSync(configPath, '{\n  "checks": {\n    "sdg/unknown-goal": "loud",\n    "no/such-check": "off"\n  }\n}\n');
    const uri = pathToFileURL(join(sub, 'draft.md')).href;
    await client.open(uri, 'SDG 18\n');
    const diags = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['sdg/unknown-goal']);
    const config = await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length === 2);
    const lines = config.diagnostics.map((d) => d.range.start.line).sort();
    assert.deepEqual(lines, [2, 3]);
    assert.match(config.diagnostics.map((d) => d.message).join('\n'), /Unknown check id "no\/such-check"/);
    // Deleted, the file takes its problems with it, and the draft is linted with the defaults.
    unlinkSync(configPath);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Deleted }] });
    const cleared = await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('says what linting goes on without: a setting, a whole file, or nothing for a key given twice', async () => {
    const cases: [string, RegExp][] = [
      ['{ "spelling": "uk" }\n', /^Invalid value for "spelling".* Linting continues without this setting\.$/],
      ['{ "spelling": "us" "framework": "gcm" }\n', /^Invalid JSON: .* Linting continues without the settings of this file\.$/],
      ['{ "spelling": "us", "spelling": "un" }\n', /^Duplicate key "spelling": only its last value is used\.$/],
    ];
    for (const [k, [json, message]] of cases.entries()) {
      const sub = mkdtempSync(join(dir, `config-${k}-`));
      const configPath = join(sub, '.compact-lint.json');
      writeFileSync(configPath, json);
      await client.open(pathToFileURL(join(sub, 'draft.md')).href, 'SDG 10\n');
      const config = await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length > 0);
      assert.match(config.diagnostics.map((d) => d.message).join('\n'), message, json);
    }
  });
});

describe('language server: linting turned off', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    client = await TestClient.start({ root: dir, settings: { enable: false } });
  });
  after(async () => client.stop());

  it('publishes no diagnostics and tells the status bar there are no counts to show', async () => {
    const uri = pathToFileURL(join(dir, 'off.md')).href;
    await client.open(uri, 'SDG 18\n');
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    const deadline = Date.now() + 10000;
    let status: StatusParams | undefined;
    while (!status && Date.now() < deadline) {
      status = client.notifications.find((n) => n.method === STATUS_NOTIFICATION && (n.params as StatusParams).uri === uri)?.params as StatusParams | undefined;
      if (!status) await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(status, { uri, errors: 0, warnings: 0, infos: 0, disabled: true });
  });

  it('answers no hover, which would show what the checks switched off would say', async () => {
    const uri = pathToFileURL(join(dir, 'off-hover.md')).href;
    await client.open(uri, 'The member states agreed.\n');
    await client.waitForDiagnostics(uri);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 6 } }), null);
  });

  it('offers no quick fix and no fix-all, so that a save with source.fixAll changes nothing', async () => {
    const uri = pathToFileURL(join(dir, 'off-fixes.md')).href;
    await client.open(uri, 'The labor center and the illegal migrants.\n');
    await client.waitForDiagnostics(uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } });
    assert.equal(actions, null);
  });

  it('answers no completion, outline, definition, references or rename either', async () => {
    const uri = pathToFileURL(join(dir, 'off-features.md')).href;
    await client.open(uri, '# Objectives\n\n## Objective 1: Collect data\n\nAs objective 1 says, see SDG target 10.7 and the \n');
    await client.waitForDiagnostics(uri);
    const at = { textDocument: { uri }, position: { line: 4, character: 5 } };
    const answers = await Promise.all([
      client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 49 } }),
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(DefinitionRequest.type, at),
      client.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } }),
      client.connection.sendRequest(PrepareRenameRequest.type, at),
      client.connection.sendRequest(RenameRequest.type, { ...at, newName: '2' }),
    ]);
    assert.deepEqual(answers, [null, null, null, null, null, null]);
    await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_OBJECTIVES_COMMAND, arguments: [uri] }), /Compact Lint is turned off for this document/);
  });

  it("offers no fix-all either when asked before the file's first lint", async () => {
    const uri = pathToFileURL(join(dir, 'off-early.md')).href;
    await client.open(uri, 'The labor center and the illegal migrants.\n');
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    assert.equal(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }), null);
  });
});

describe('language server: editor settings', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    client = await TestClient.start({ root: dir, settings: { spelling: 'us' } });
  });
  after(async () => client.stop());

  it('apply to a request made as a file opens, before its first lint', async () => {
    const uri = pathToFileURL(join(dir, 'us.md')).href;
    const text = 'The labour centre.\n';
    await client.open(uri, text);
    // Sent at once: the server has not yet asked the editor for the file's settings.
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    const edits = actions[0]?.edit?.changes?.[uri];
    assert.ok(edits, JSON.stringify(actions));
    assert.equal(applyEdits(text, edits), 'The labor center.\n');
    // What "editor.codeActionsOnSave": { "source.fixAll.compactLint": "explicit" } asks for.
    const own = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll.compactLint'] } })) as CodeAction[];
    assert.deepEqual(own.map((a) => a.kind), ['source.fixAll.compactLint']);
  });
});

describe('language server: fix-all actions for a client that resolves code actions', () => {
  it('come without their edits, which resolving computes from the document as it is then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    await TestClient.run({ root: dir, codeActionResolve: true }, async (client) => {
      const uri = pathToFileURL(join(dir, 'lazy.md')).href;
      const text = 'The labor center and the labor market.\n';
      await client.open(uri, text);
      await client.waitForDiagnostics(uri);
      const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
      const lazy = actions.filter((a) => a.title.startsWith('Fix all'));
      assert.deepEqual(lazy.map((a) => [a.title, a.kind, a.edit === undefined]), [
        ['Fix all "terminology/spelling" problems in this document', 'quickfix', true],
        ['Fix all safe Compact Lint problems', 'source.fixAll.compactLint', true],
      ]);
      // The quick fix of the finding under the cursor keeps its edit.
      assert.ok(actions.some((a) => !a.title.startsWith('Fix all') && a.edit));
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Labor. ' }]);
      for (const action of lazy) {
        const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, action);
        const edits = resolved.edit?.changes?.[uri];
        assert.ok(edits, JSON.stringify(resolved));
        assert.equal(applyEdits(`Labor. ${text}`, edits), 'Labour. The labour centre and the labour market.\n');
      }
    });
  });
});

describe('language server: quick fixes for a client that takes code actions as commands only', () => {
  it('come as commands that the server carries out with workspace/applyEdit, unless the document changed since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    const applied: WorkspaceEdit[] = [];
    await TestClient.run({ root: dir, codeActionsAsCommands: true }, async (client) => {
      client.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
        applied.push(p.edit);
        return { applied: true };
      });
      const uri = pathToFileURL(join(dir, 'commands.md')).href;
      const text = 'The labor center.\n';
      await client.open(uri, text);
      await client.waitForDiagnostics(uri);
      const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } };
      const commands = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as Command[];
      const fix = commands.find((c) => c.title.includes('labour'));
      assert.ok(fix && fix.command === APPLY_FIX_COMMAND && !('edit' in fix), JSON.stringify(commands));
      const r1 = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: fix.command, arguments: fix.arguments });
      assert.equal(r1, true);
      assert.equal(applyEdits(text, applied[0]?.changes?.[uri] ?? []), 'The labour center.\n');
      // Offered for version 1, the fix is not applied to version 2.
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Labor. ' }]);
      assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: fix.command, arguments: fix.arguments }), false);
      assert.equal(applied.length, 1);
      assert.ok(client.notifications.some((n) => n.method === 'window/showMessage' && /changed since this fix was offered/.test((n.params as { message: string }).message)));
      await client.close(uri);
      assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: fix.command, arguments: fix.arguments }), false);
      assert.ok(client.notifications.some((n) => n.method === 'window/showMessage' && /no longer open/.test((n.params as { message: string }).message)));
    });
  });
});

describe('language server: settings pushed by a client without workspace/configuration', () => {
  it('apply from the initialization options, then from each change of configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    await TestClient.run({ root: dir, pushedSettings: { compactLint: { checks: { 'sdg/unknown-goal': 'off' } } } }, async (client) => {
      const uri = pathToFileURL(join(dir, 'pushed.md')).href;
      await client.open(uri, 'SDG 18 and the labor market.\n');
      const first = await client.waitForDiagnostics(uri);
      assert.deepEqual(first.diagnostics.map((d) => d.code), ['terminology/spelling']);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { compactLint: { enable: false } } });
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { compactLint: { spelling: 'us' } } });
      const last = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepEqual(last.diagnostics.map((d) => d.code), ['sdg/unknown-goal']);
    });
  });
});

describe('language server: settings it cannot use', () => {
  it('says once what it ignores, and lints with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    const settings = { enable: 'yes', checks: { 'sdg/unknown-gaol': 'off', 'terminology/spelling': 'loud', 'sdg/unknown-goal': 'off' }, maxFileSize: 10, spelling: 'british' };
    await TestClient.run({ root: dir, settings }, async (client) => {
      const a = pathToFileURL(join(dir, 'a.md')).href;
      const b = pathToFileURL(join(dir, 'b.md')).href;
      await client.open(a, 'SDG 18 and the labor market.\n');
      await client.open(b, 'SDG 18 and the labour market.\n');
      // sdg/unknown-goal is off; the spelling check keeps its default severity; the file size is the default.
      assert.deepEqual((await client.waitForDiagnostics(a)).diagnostics.map((d) => [d.code, d.severity]), [['terminology/spelling', 2]]);
      assert.deepEqual((await client.waitForDiagnostics(b)).diagnostics, []);
      const shown = client.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { type: number; message: string }));
      assert.deepEqual(
        shown.map((m) => [m.type, m.message]),
        [
          [2, 'Compact Lint: Unknown check id "sdg/unknown-gaol" in the setting compactLint.checks; it is ignored (see docs/rules.md for the list).'],
          [2, 'Compact Lint: Invalid severity "loud" for "terminology/spelling" in the setting compactLint.checks; it is ignored: use off, hint, info, warning or error.'],
          [2, 'Compact Lint: Invalid value "british" for the setting compactLint.spelling; it is ignored: use un, us, en-gb-ise, off.'],
          [2, 'Compact Lint: Invalid value 10 for the setting compactLint.maxFileSize; it is ignored: use a number of bytes, at least 1024.'],
          [2, 'Compact Lint: Invalid value "yes" for the setting compactLint.enable; it is ignored: use true or false.'],
        ],
      );
    });
  });
});

describe('language server: file watchers', () => {
  it('asks a client that can watch files to report changes to configuration and Markdown files', async () => {
    const client = await TestClient.run({ watchers: {} }, async (c) => {
      await c.open('file:///tmp/watch.md', 'SDG 18\n');
      await c.waitForDiagnostics('file:///tmp/watch.md');
    });
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.compact-lint.json' }, { globPattern: '**/*.{md,markdown}' }] });
  });

  it('registers none for a client that watches them itself, as the extension does', async () => {
    const client = await TestClient.run({ watchers: { initializationOptions: { watchesFiles: true } } }, async (c) => {
      await c.open('file:///tmp/watch.md', 'SDG 18\n');
      await c.waitForDiagnostics('file:///tmp/watch.md');
    });
    assert.deepEqual(client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles'), []);
  });
});

describe('language server: a draft file created while open in its editor', () => {
  it('is seen at once by the other open files of the draft and by the check of draft.files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    const configPath = join(dir, '.compact-lint.json');
    writeFileSync(configPath, '{ "draft": { "files": ["main.md", "annex.md"] } }\n');
    writeFileSync(join(dir, 'main.md'), 'See paragraph 3 of the annex.\n');
    await TestClient.run({ root: dir, watchers: {} }, async (client) => {
      const main = pathToFileURL(join(dir, 'main.md')).href;
      await client.open(main, 'See paragraph 3 of the annex.\n');
      await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length === 1);
      // Without an annex of its own, the draft's "annex" is another document's: not checked.
      assert.deepEqual(await client.diagnosticsFor(main, 1), []);
      // The annex, new: open in its editor, then saved, so the watcher's event comes for an open file.
      const annex = pathToFileURL(join(dir, 'annex.md')).href;
      await client.open(annex, '1. The first step.\n\n2. The second step.\n');
      writeFileSync(join(dir, 'annex.md'), '1. The first step.\n\n2. The second step.\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: annex, type: FileChangeType.Created }] });
      await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length === 0);
      // The main text, not edited, is linted again against its annex.
      const relinted = await client.waitForDiagnostics(main, (p) => p.diagnostics.length > 0);
      assert.match(String(relinted.diagnostics[0]?.message), /Paragraph 3 does not exist in the annex/);
    });
  });
});

describe('language server: settings changed, then a request before the next lint', () => {
  it('answers under the new settings: no fix-all once linting is turned off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    await TestClient.run({ root: dir, pushedSettings: { compactLint: {} } }, async (client) => {
      const uri = pathToFileURL(join(dir, 'save.md')).href;
      await client.open(uri, 'The labor center.\n');
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { compactLint: { enable: false } } });
      const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
      assert.equal(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }), null);
    });
  });
});

describe('language server: a document with more problems than compactLint.maxProblems', () => {
  it('publishes the most severe, in document order, and says how many are not shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-lsp-'));
    await TestClient.run({ root: dir, settings: { maxProblems: 2 } }, async (client) => {
      const uri = pathToFileURL(join(dir, 'many.md')).href;
      // Warnings (spelling) before and after an error (an SDG goal that does not exist).
      const text = 'The labor centre.\n\nThe labor market, SDG 18 and the labor union.\n';
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code ?? null]),
        [
          [0, 0, null],
          [0, 4, 'terminology/spelling'],
          [2, 22, 'sdg/unknown-goal'],
        ],
      );
      assert.match(String(published.diagnostics[0]!.message), /^2 more problems are not shown: the setting compactLint\.maxProblems shows 2 per document/);
      // The status bar's counts follow the diagnostics: all of the findings.
      let status: StatusParams | undefined;
      for (let i = 0; i < 100 && !status; i++) {
        status = client.notifications.find((n) => n.method === STATUS_NOTIFICATION && (n.params as StatusParams).uri === uri)?.params as StatusParams | undefined;
        if (!status) await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepEqual([status?.errors, status?.warnings], [1, 3]);
      // A kept diagnostic still has its quick fix.
      const fixes = await client.quickFixes(uri, [published.diagnostics[1]!]);
      assert.ok(fixes.some((a) => a.title === 'Spell "labour"'), JSON.stringify(fixes.map((a) => a.title)));
    });
  });
});

/**
 * The server answers requests about documents it does not have with empty
 * results, honours cancellation, and never touches the network or the files.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  CodeActionRequest,
  ErrorCodes,
  ExitNotification,
  ResponseError,
  ShutdownRequest,
  WorkspaceSymbolRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';
import { runCli, tempTree } from '../support/cli';
import { LINT_WORKSPACE_REQUEST } from '../../server/src/protocol';

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    try {
      h.update(f).update(readFileSync(join(dir, f)));
    } catch {
      h.update(f);
    }
  }
  return h.digest('hex');
}

describe('language server: lifecycle and safety', () => {
  it('answers requests for unknown or closed documents with empty results', async () => {
    await TestClient.run({}, async (client) => {
      const uri = 'file:///nowhere/unknown.md';
      const position = { line: 0, character: 0 };
      const textDocument = { uri };
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position }), null);
      assert.equal(await client.connection.sendRequest(CompletionRequest.type, { textDocument, position }), null);
      assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position }), []);
      assert.deepEqual(await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }), []);
      assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
      assert.deepEqual(
        await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }),
        [],
      );
      await client.open('file:///tmp/closed.md', 'SDG 18\n');
      await client.close('file:///tmp/closed.md');
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/closed.md' }, position }), null);
    });
  });

  it('answers a document request with malformed parameters with InvalidParams, and goes on', async () => {
    await TestClient.run({}, async (client) => {
      const uri = 'file:///tmp/malformed.md';
      await client.open(uri, 'SDG 10\n');
      const code = (request: Promise<unknown>): Promise<unknown> => request.then(() => 'answered', (e: unknown) => (e instanceof ResponseError ? e.code : e));
      assert.equal(await code(client.connection.sendRequest(HoverRequest.type, {} as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri } } as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 'x', character: 0 } } as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: null, context: { diagnostics: [] } } as never)), ErrorCodes.InvalidParams);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      assert.equal(await code(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range } as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: 'x' } } as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } } as never)), ErrorCodes.InvalidParams);
      assert.equal(await code(client.connection.sendRequest(WorkspaceSymbolRequest.type, {} as never)), ErrorCodes.InvalidParams);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
      assert.match(JSON.stringify(hover), /Reduce inequality/);
      assert.equal(client.stderr, '');
    });
  });

  it('goes on when the client refuses a registration, and says so in the log', async () => {
    const client = await TestClient.run({ refuseRegistrations: true, watchers: {} }, async (c) => {
      const uri = 'file:///tmp/refused.md';
      await c.open(uri, 'SDG 10\n');
      await c.waitForDiagnostics(uri);
      const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
      assert.match(JSON.stringify(hover), /Reduce inequality/);
    });
    assert.ok(client.notifications.some((n) => n.method === 'window/logMessage' && /did not register didChangeWatchedFiles/.test((n.params as { message: string }).message)), JSON.stringify(client.notifications));
  });

  it('drops a malformed notification about a document, and serves the others as before', async () => {
    await TestClient.run({}, async (client) => {
      const uri = 'file:///tmp/served.md';
      await client.open(uri, 'SDG 10\n');
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///tmp/null.md', languageId: 'markdown', version: 1, text: null } } as never);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 2, text: 5 } } as never);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: null }] } as never);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
      assert.match(JSON.stringify(hover), /Reduce inequality/);
      const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 }, context: { includeDeclaration: true } });
      assert.ok(Array.isArray(refs) || refs === null);
      assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }), []);
      assert.equal(client.stderr, '');
    });
  });

  it('after shutdown, answers requests with InvalidRequest, publishes nothing more, and exits 0 on exit', async () => {
    await TestClient.run({}, async (client) => {
      const uri = 'file:///tmp/shutdown.md';
      await client.open(uri, 'SDG 18\n');
      await client.waitForDiagnostics(uri);
      await client.connection.sendRequest(ShutdownRequest.type);
      const published = client.diagnostics.get(uri);
      await client.change(uri, 2, [{ text: 'SDG 19\n' }]);
      await assert.rejects(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 4 } }), (e: unknown) => {
        assert.ok(e instanceof ResponseError);
        assert.equal(e.code, ErrorCodes.InvalidRequest);
        return true;
      });
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(client.diagnostics.get(uri), published, 'no diagnostics after shutdown');
      const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
      await client.connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    });
  });

  it('stops linting the workspace when the request is cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`d${i}.md`] = 'SDG 18.\n'.repeat(200);
    const dir = tempTree(files);
    await TestClient.run({ root: dir }, async (client) => {
      const full = (await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {})) as { files: number };
      assert.equal(full.files, 300);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {}, source.token) as Promise<{ files: number }>;
      setTimeout(() => source.cancel(), 20);
      const outcome = await pending.then(
        (r) => r.files,
        (e: { code?: number }) => e.code,
      );
      assert.ok(outcome === -32800 || (typeof outcome === 'number' && outcome < 300), `cancelled request went on: ${outcome}`);
    });
  });

  it('makes no network request and writes no file while linting (server and CLI)', async () => {
    const dir = tempTree({
      'draft.md': '# Draft\n\nSDG target 10.12, https://example.org/x and www.example.org.\n',
      '.compact-lint.json': '{ "checks": { "sdg/unknown-goal": "warning" } }',
    });
    const before = digest(dir);
    const preload = join(__dirname, '..', 'support', 'no-network.js');
    const server = await TestClient.run({ root: dir, execArgv: ['--require', preload] }, async (client) => {
      const uri = pathToFileURL(join(dir, 'draft.md')).href;
      await client.open(uri, readFileSync(join(dir, 'draft.md'), 'utf8'));
      const diags = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(diags.map((d) => d.code), ['sdg/unknown-target']);
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 12 } });
      await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {});
    });
    assert.doesNotMatch(server.stderr, /network access attempted/);
    const cli = runCli(['--format', 'sarif', '.'], dir, undefined, ['--require', preload]);
    assert.equal(cli.code, 1, cli.stderr);
    assert.equal(digest(dir), before, 'no file was written');
  });
});

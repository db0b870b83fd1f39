/**
 * The first find references (or rename, or workspace symbol search) reads
 * every Markdown file of the workspace folders. The server reads them a slice
 * of time at a time: a draft edited meanwhile gets its diagnostics before the
 * references are answered, not after the whole workspace has been read.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ReferencesRequest, WorkspaceSymbolRequest, type Location } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';

/** Paragraphs of a long closed draft: one in twenty cites target 10.7. */
function longDraft(paragraphs: number): string {
  const out = ['# A long submission\n'];
  for (let i = 1; i <= paragraphs; i++) {
    out.push(i % 20 === 0 ? `${i}. Member States will report on SDG target 10.7 and on the safe and regular pathways they open.\n` : `${i}. Member States will strengthen cooperation on migration governance, data and the protection of migrants in vulnerable situations.\n`);
  }
  return out.join('\n');
}

describe('language server: reading the workspace for find references', () => {
  let client: TestClient;
  let dir = '';
  const FILES = 4;
  const PARAGRAPHS = 1400;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'compact-lint-workspace-'));
    // About 170 KB each: reading all of them takes remark well over a second.
    for (let f = 0; f < FILES; f++) writeFileSync(join(dir, `long-${f}.md`), longDraft(PARAGRAPHS));
    client = await TestClient.start({ root: dir });
  });
  after(async () => client.stop());

  it('publishes the diagnostics of an edited draft before the references that read the workspace are answered', async () => {
    const uri = pathToFileURL(join(dir, 'open.md')).href;
    const text = 'We will report on SDG target 10.7.\n';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const order: string[] = [];
    const refs = client.connection
      .sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 0, character: text.indexOf('10.7') + 1 }, context: { includeDeclaration: true } })
      .then((r) => {
        order.push('references');
        return r ?? [];
      });
    const edited = 'We will protect illegal migrants and report on SDG target 10.7.\n';
    await client.change(uri, 2, [{ text: edited }]);
    const diagnostics = client.diagnosticsFor(uri, 2).then((d) => {
      order.push('diagnostics');
      return d;
    });
    const [found, diags] = await Promise.all([refs, diagnostics]);
    assert.deepEqual(order, ['diagnostics', 'references']);
    assert.ok(diags.some((d) => d.code === 'terminology/deprecated-term'), 'the edit is linted');
    // Every citation in the closed files is found: the reading was not cut short.
    const inFiles = (found as Location[]).filter((l) => l.uri !== uri);
    assert.equal(inFiles.length, FILES * (PARAGRAPHS / 20));
  });

  it('serves on after a cancelled request: a later one reads every file, those the cancelled one left too', async () => {
    const uri = pathToFileURL(join(dir, 'open.md')).href;
    for (let f = 0; f < FILES; f++) writeFileSync(join(dir, `more-${f}.md`), longDraft(PARAGRAPHS));
    const cancel = new CancellationTokenSource();
    const params = { textDocument: { uri }, position: { line: 0, character: 'We will protect illegal migrants and report on SDG target 10.'.length + 1 }, context: { includeDeclaration: false } };
    const cancelled = client.connection.sendRequest(ReferencesRequest.type, params, cancel.token).then(
      (r) => r ?? [],
      () => [],
    );
    cancel.cancel();
    await cancelled;
    const [refs, symbols] = await Promise.all([client.connection.sendRequest(ReferencesRequest.type, params), client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'x' })]);
    assert.equal((refs ?? []).filter((l) => l.uri !== uri).length, 2 * FILES * (PARAGRAPHS / 20));
    assert.deepEqual(symbols, []);
  });
});

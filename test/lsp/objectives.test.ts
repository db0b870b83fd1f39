/**
 * Objectives and paragraphs through the language server, on a draft of two
 * files (main text and annex, one draft by `.compact-lint.json`): diagnostics
 * resolved across files, hover, definition, references, document and
 * workspace symbols, rename and the renumber command, with exact edits.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  PrepareRenameRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  FileChangeType,
  ExecuteCommandRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/index';
import { RENUMBER_OBJECTIVES_COMMAND } from '../../server/src/protocol';
import { TestClient } from '../support/lspClient';

const MAIN = `# Draft compact

## Objective 1: Collect and use accurate data

1. We commit to strengthen the evidence base, in line with objectives 2 to 3.

   (a) Collect data;

   (b) Improve comparability.

## Objective 2: Minimize adverse drivers

2. We commit to address the drivers set out in paragraph 1 and objective 1.

## Objective 3: Ensure proof of legal identity

3. We commit to ensure legal identity (objective 2).
`;

const ANNEX = `# Annex

Actions under objective 2 and objectives 1–3 support paragraph 2 and paragraph 1 (b); objective 9 does not exist.
GCM objective 2 is the adopted text's.
`;

/** The position of the `nth` occurrence (0-based) of `marker` in `text`, plus `delta` characters. */
function at(text: string, marker: string, delta = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(marker, offset + 1);
  assert.ok(offset >= 0, `"${marker}" is in the text`);
  return new LineIndex(text).positionAt(offset + delta);
}

function range(text: string, marker: string, delta: number, length: number, nth = 0): { start: Position; end: Position } {
  return { start: at(text, marker, delta, nth), end: at(text, marker, delta + length, nth) };
}

/** A folder holding the draft: MAIN and ANNEX, one draft by its `.compact-lint.json`. */
function draftFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, '.compact-lint.json'), JSON.stringify({ draft: { files: ['main.md', 'annex.md'] } }));
  writeFileSync(join(dir, 'main.md'), MAIN);
  writeFileSync(join(dir, 'annex.md'), ANNEX);
  return dir;
}

describe('language server: objectives and paragraphs', () => {
  let client: TestClient;
  let main: string;
  let annex: string;
  const applied: WorkspaceEdit[] = [];
  before(async () => {
    const dir = draftFolder('compact-lint-objectives-');
    main = pathToFileURL(join(dir, 'main.md')).href;
    annex = pathToFileURL(join(dir, 'annex.md')).href;
    client = await TestClient.start({ root: dir });
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      applied.push(p.edit);
      return { applied: true };
    });
    await client.open(main, MAIN);
    await client.open(annex, ANNEX);
  });
  after(async () => client.stop());

  it('resolves the annex references against the main text: only the undefined objective is reported', async () => {
    // Other domains' checks are not the subject here.
    const ours = (d: { code?: string | number }): boolean => String(d.code).startsWith('references/');
    const diags = (await client.diagnosticsFor(annex, 1)).filter(ours);
    assert.deepEqual(
      diags.map((d) => [d.code, d.range]),
      [['references/unknown-objective', range(ANNEX, 'objective 9', 10, 1)]],
    );
    assert.deepEqual((await client.diagnosticsFor(main, 1)).filter(ours), []);
  });

  it('hover shows the objective title and where it is defined, and a paragraph its first sentence', async () => {
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10) });
    assert.equal((h?.contents as MarkupContent).value, '**Objective 2**: Minimize adverse drivers\n\nDefined in main.md.');
    const p = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'paragraph 2', 10) });
    assert.equal((p?.contents as MarkupContent).value, '**Paragraph 2** (main.md)\n\nWe commit to address the drivers set out in paragraph 1 and objective 1.');
    const l = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'paragraph 1 (b)', 10) });
    assert.equal((l?.contents as MarkupContent).value, '**Paragraph 1 (b)** (main.md)\n\nWe commit to strengthen the evidence base, in line with objectives 2 to 3.\n\n(b) Improve comparability.');
    const g = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'GCM objective 2', 14) });
    assert.match((g?.contents as MarkupContent).value, /^\*\*GCM objective 2\*\*: Minimize the adverse drivers and structural factors/);
  });

  it('goes to the definition in the other file', async () => {
    const defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10) })) as Location[];
    assert.deepEqual(defs, [{ uri: main, range: range(MAIN, 'Objective 2', 10, 1) }]);
  });

  it('finds every reference to an objective in the draft, ranges included, and not the GCM one', async () => {
    const refs = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: main },
      position: at(MAIN, 'Objective 2', 10),
      context: { includeDeclaration: true },
    });
    const found = (refs ?? []).map((l) => `${l.uri === main ? 'main' : 'annex'}:${l.range.start.line}:${l.range.start.character}`).sort();
    const loc = (name: string, text: string, marker: string, delta: number, nth = 0): string => {
      const p = at(text, marker, delta, nth);
      return `${name}:${p.line}:${p.character}`;
    };
    assert.deepEqual(
      found,
      // "objectives 1–3" cites objective 2 between its ends: found at the whole range, which a rename rewrites.
      [loc('main', MAIN, 'Objective 2', 10), loc('main', MAIN, 'objectives 2 to 3', 11), loc('main', MAIN, '(objective 2)', 11), loc('annex', ANNEX, 'objective 2', 10), loc('annex', ANNEX, '1–3', 0)].sort(),
    );
  });

  it('gives an outline of sections, objectives and paragraphs', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: main } })) as DocumentSymbol[];
    const names = (s: DocumentSymbol): unknown => (s.children?.length ? [s.name, s.children.map(names)] : s.name);
    assert.deepEqual(symbols.map(names), [
      [
        'Draft compact',
        [
          ['Objective 1: Collect and use accurate data', ['1']],
          ['Objective 2: Minimize adverse drivers', ['2']],
          ['Objective 3: Ensure proof of legal identity', ['3']],
        ],
      ],
    ]);
  });

  it('finds any objective of the workspace by words of its title', async () => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'legal identity' })) as SymbolInformation[];
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri, s.location.range.start]),
      [['Objective 3: Ensure proof of legal identity', main, at(MAIN, '## Objective 3')]],
    );
  });

  it('prepares a rename on the number of a reference, and refuses one on a GCM objective', async () => {
    const ready = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10) });
    assert.deepEqual(ready, { range: range(ANNEX, 'objective 2', 10, 1), placeholder: '2' });
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'GCM objective 2', 14), newName: '3' }),
      /cannot be renumbered/,
    );
    // Refused before the user types a new number too.
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'GCM objective 2', 14) }), /cannot be renumbered/);
  });

  it('the misquoted title quick fix quotes the defined title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-title-'));
    const uri = pathToFileURL(join(dir, 'title.md')).href;
    const text = '## Objective 3: Provide accurate and timely information\n\nAs objective 3, "Provide information", says.\n';
    await client.open(uri, text);
    const diags = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'references/objective-title-mismatch');
    assert.equal(diags.length, 1);
    const actions = await client.quickFixes(uri, diags);
    const fix = actions.find((a) => a.title === 'Quote the title of objective 3');
    assert.deepEqual(fix?.edit?.changes?.[uri], [{ range: range(text, 'Provide information', 0, 19), newText: 'Provide accurate and timely information' }]);
  });

  it('rename 2 to 3 moves objective 2 and makes room: 3 becomes 4, in both files, ranges included', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10), newName: '3' });
    const e = (newText: string, text: string, marker: string, delta: number, length: number, nth = 0): { range: ReturnType<typeof range>; newText: string } => ({
      range: range(text, marker, delta, length, nth),
      newText,
    });
    assert.deepEqual(edit, {
      changes: {
        [annex]: [e('3', ANNEX, 'objective 2', 10, 1), e('1, 3 and 4', ANNEX, '1–3', 0, 3)],
        [main]: [
          e('3', MAIN, 'objectives 2 to 3', 11, 1),
          e('4', MAIN, 'objectives 2 to 3', 16, 1),
          e('3', MAIN, 'Objective 2', 10, 1),
          e('4', MAIN, 'Objective 3', 10, 1),
          e('3', MAIN, '(objective 2)', 11, 1),
        ],
      },
    });
  });

  it('an edit of the main text updates the diagnostics of the open annex', async () => {
    const cut = MAIN.slice(0, MAIN.indexOf('## Objective 3'));
    await client.change(main, 2, [{ text: cut }]);
    const ours = (d: { code?: string | number }): boolean => String(d.code).startsWith('references/');
    const updated = await client.waitForDiagnostics(annex, (p) => p.diagnostics.filter(ours).length === 2);
    assert.deepEqual(
      updated.diagnostics.filter(ours).map((d) => d.range.start),
      [at(ANNEX, '1–3', 2), at(ANNEX, 'objective 9', 10)],
    );
    await client.change(main, 3, [{ text: MAIN }]);
    await client.waitForDiagnostics(annex, (p) => p.diagnostics.filter(ours).length === 1);
  });

  it('the renumber command numbers the objectives in order and rewrites references, in one applied edit', async () => {
    const text = '# Inserted\n\n## Objective 1: First\n\n## Objective 2: New\n\n## Objective 2: Old second\n\n## Objective 3: Third\n\nSee objective 2, objectives 2 to 3 and GCM objective 3.\n';
    const dir = mkdtempSync(join(tmpdir(), 'compact-lint-renumber-'));
    const uri = pathToFileURL(join(dir, 'inserted.md')).href;
    await client.open(uri, text);
    applied.length = 0;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_OBJECTIVES_COMMAND, arguments: [uri] });
    const expected = {
      changes: {
        [uri]: [
          { range: range(text, 'Objective 2: Old', 10, 1), newText: '3' },
          { range: range(text, 'Objective 3: Third', 10, 1), newText: '4' },
          { range: range(text, 'objective 2,', 10, 1), newText: '3' },
          // The range covered both objectives 2: it covers them in their new numbers, "2 to 4".
          { range: range(text, 'objectives 2 to 3', 16, 1), newText: '4' },
        ],
      },
    };
    assert.deepEqual(result, expected);
    assert.deepEqual(applied, [expected]);
  });

  it('the renumber command returns its edit, and sends none, to a client that cannot apply one', async () => {
    const text = '# Inserted\n\n## Objective 1: First\n\n## Objective 1: Second\n';
    const uri = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'compact-lint-renumber-')), 'inserted.md')).href;
    const sent: unknown[] = [];
    await TestClient.run({ noApplyEdit: true }, async (other) => {
      other.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
        sent.push(p.edit);
        return { applied: false };
      });
      await other.open(uri, text);
      const result = (await other.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_OBJECTIVES_COMMAND, arguments: [uri] })) as WorkspaceEdit;
      assert.deepEqual(result.changes?.[uri]?.map((e) => e.newText), ['2']);
    });
    assert.deepEqual(sent, []);
  });
});

describe('language server: a draft in a folder whose name VS Code escapes', () => {
  let client: TestClient;
  let dir: string;
  // VS Code escapes "(", ")" and more in file URIs, where Node's pathToFileURL does not.
  const vscodeUri = (path: string): string => pathToFileURL(path).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  before(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'compact-lint-escaped-')), 'Draft (rev 2)');
    mkdirSync(dir);
    writeFileSync(join(dir, '.compact-lint.json'), JSON.stringify({ draft: { files: ['main.md', 'annex.md'] } }));
    writeFileSync(join(dir, 'main.md'), '## Objective 1: Alpha\n\n## Objective 2: Gamma\n');
    writeFileSync(join(dir, 'annex.md'), 'Annex on objective 2.\n');
    client = await TestClient.start({ root: dir });
  });
  after(async () => client.stop());

  it('knows each open file under the client\'s URI alone: no second copy read from disk', async () => {
    const main = vscodeUri(join(dir, 'main.md'));
    const annex = vscodeUri(join(dir, 'annex.md'));
    const text = '## Objective 1: Alpha\n\n## Objective 2: Gamma\n\n## Objective 3: Delta\n';
    await client.open(main, text);
    await client.open(annex, 'Annex on objective 3.\n');
    // Objective 3 exists only in the open, unsaved main text.
    const annexDiags = await client.waitForDiagnostics(annex, (p) => !p.diagnostics.some((d) => String(d.code).startsWith('references/')));
    assert.deepEqual(annexDiags.diagnostics.filter((d) => String(d.code).startsWith('references/')), []);
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: main },
      position: { line: 4, character: 13 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(refs.map((r) => r.uri).sort(), [annex, main]);
  });
});

describe('language server: a draft opened without a workspace folder', () => {
  let client: TestClient;
  let main: string;
  let annex: string;
  before(async () => {
    const dir = draftFolder('compact-lint-noroot-');
    main = pathToFileURL(join(dir, 'main.md')).href;
    annex = pathToFileURL(join(dir, 'annex.md')).href;
    // A single file opened, as `code main.md` or an editor without a project does: no root, no folders.
    client = await TestClient.start({});
    await client.open(annex, ANNEX);
  });
  after(async () => client.stop());

  it('goes to the definition and finds the references in the closed file of the draft', async () => {
    const defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10) })) as Location[];
    assert.deepEqual(defs, [{ uri: main, range: range(MAIN, 'Objective 2', 10, 1) }]);
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: annex },
      position: at(ANNEX, 'objective 2', 10),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual([...new Set(refs.map((r) => r.uri))].sort(), [annex, main].sort());
  });

  it('lints the open file again when a closed file of the draft changes on disk', async () => {
    const ours = (d: { code?: string | number }): boolean => String(d.code).startsWith('references/');
    await client.waitForDiagnostics(annex, (p) => p.diagnostics.filter(ours).length === 1);
    writeFileSync(fileURLToPath(main), `${MAIN}\n## Objective 9: Added elsewhere\n`);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: main, type: FileChangeType.Changed }] });
    await client.waitForDiagnostics(annex, (p) => p.diagnostics.filter(ours).length === 0);
    writeFileSync(fileURLToPath(main), MAIN);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: main, type: FileChangeType.Changed }] });
    await client.waitForDiagnostics(annex, (p) => p.diagnostics.filter(ours).length === 1);
  });

  it('renames across the draft, the closed file included', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: annex }, position: at(ANNEX, 'objective 2', 10), newName: '3' });
    assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [annex, main].sort());
    assert.equal(edit?.changes?.[main]?.length, 5);
  });

  it('lints the open file again when a closed file of the draft is deleted, and when it comes back', async () => {
    const signature = (p: PublishDiagnosticsParams): string =>
      p.diagnostics.filter((d) => String(d.code).startsWith('references/')).map((d) => d.message).join('|');
    const before = signature(await client.waitForDiagnostics(annex));
    unlinkSync(fileURLToPath(main));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: main, type: FileChangeType.Deleted }] });
    const alone = await client.waitForDiagnostics(annex, (p) => signature(p) !== before);
    // Alone, the annex's objectives are the GCM's, which has an objective 9.
    assert.deepEqual([before, signature(alone)], ['Objective 9 is not defined in this draft (it defines objectives 1–3).', '']);
    writeFileSync(fileURLToPath(main), MAIN);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: main, type: FileChangeType.Created }] });
    await client.waitForDiagnostics(annex, (p) => signature(p) === before);
  });
});

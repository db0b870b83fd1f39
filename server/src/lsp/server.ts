/**
 * The language server: a table of short handlers over the core. Each handler
 * finds the document's current model, asks the core, and converts the answer
 * with toLsp.ts. Diagnostics are pushed after a short debounce; stale work is
 * dropped by version.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { Analyzer } from './analyzer';
import { codeActions } from './handlers/codeActions';
import { completion } from './handlers/completion';
import { hoverHandler } from './handlers/hover';
import { documentSymbols } from './handlers/symbols';
import { definition, prepareRename, references, rename } from './handlers/navigation';
import { renumberObjectives, workspaceSymbols } from './handlers/objectives';
import { LINT_WORKSPACE_REQUEST, RENUMBER_OBJECTIVES_COMMAND } from '../protocol';

export function startServer(connection: Connection): void {
  const analyzer = new Analyzer(connection);
  /** After `shutdown`, LSP has every request answered with InvalidRequest: only `exit` is expected. */
  const live =
    <P, R>(handler: (p: P, token: CancellationToken) => R) =>
    (p: P, token: CancellationToken): R => {
      if (analyzer.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
      return handler(p, token);
    };

  /**
   * A request about a document, answered once the document's settings are
   * known (see Analyzer.prepare); one whose document, position or range is
   * malformed gets InvalidParams.
   */
  const onDocument = <P extends { readonly textDocument: { readonly uri: string } }, R>(needs: 'position' | 'range' | undefined, handler: (p: P, token: CancellationToken) => R) =>
    live(async (p: P, token: CancellationToken): Promise<R> => {
      const problem = malformed(p, needs);
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
      await analyzer.prepare(p.textDocument.uri);
      return handler(p, token);
    });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    analyzer.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '.'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [RENUMBER_OBJECTIVES_COMMAND] },
      },
      serverInfo: { name: 'compact-lint', version: analyzer.version },
    };
  });

  connection.onInitialized(() => {
    if (analyzer.canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    }
  });

  connection.onDidOpenTextDocument((p) => analyzer.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text));
  connection.onDidChangeTextDocument((p) => analyzer.change(p.textDocument.uri, p.textDocument.version, p.contentChanges));
  connection.onDidCloseTextDocument((p) => analyzer.close(p.textDocument.uri));
  connection.onDidChangeConfiguration((p) => analyzer.settingsChanged(p.settings));
  connection.onDidChangeWatchedFiles((p) => analyzer.filesChanged(p.changes));

  connection.onHover(onDocument('position', (p, token) => hoverHandler(analyzer, p, token)));
  connection.onCompletion(onDocument('position', (p, token) => completion(analyzer, p, token)));
  connection.onCodeAction(onDocument('range', (p, token) => codeActions(analyzer, p, token)));
  connection.onDocumentSymbol(onDocument(undefined, (p, token) => documentSymbols(analyzer, p, token)));
  connection.onDefinition(onDocument('position', (p, token) => definition(analyzer, p, token)));
  connection.onReferences(onDocument('position', (p, token) => references(analyzer, p, token)));
  connection.onPrepareRename(onDocument('position', (p) => prepareRename(analyzer, p)));
  connection.onRenameRequest(onDocument('position', (p, token) => rename(analyzer, p, token)));
  connection.onRequest(LINT_WORKSPACE_REQUEST, live((_p, token) => analyzer.lintWorkspace(token)));
  connection.onWorkspaceSymbol(live((p, token) => workspaceSymbols(analyzer, p, token)));
  connection.onExecuteCommand(live((p) => (p.command === RENUMBER_OBJECTIVES_COMMAND ? renumberObjectives(analyzer, connection, p) : null)));
  connection.onShutdown(() => analyzer.shutdown());

  connection.listen();
}

/** What is wrong with a document request's parameters, for the InvalidParams answer; undefined when they are well formed. */
function malformed(p: unknown, needs: 'position' | 'range' | undefined): string | undefined {
  const o = (typeof p === 'object' && p !== null ? p : {}) as { textDocument?: { uri?: unknown }; position?: unknown; range?: { start?: unknown; end?: unknown } | null };
  if (typeof o.textDocument?.uri !== 'string') return 'The request names no document (textDocument.uri).';
  if (needs === 'position' && !isPosition(o.position)) return 'The request has no position (a line and a character).';
  if (needs === 'range' && !(isPosition(o.range?.start) && isPosition(o.range?.end))) return 'The request has no range (two positions).';
  return undefined;
}

function isPosition(v: unknown): boolean {
  const q = v as { line?: unknown; character?: unknown } | null | undefined;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
}

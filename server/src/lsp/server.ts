/**
 * The language server: a table of short handlers over the core. Each handler
 * finds the document's current model, asks the core, and converts the answer
 * with toLsp.ts. Diagnostics are pushed after a short debounce; stale work is
 * dropped by version.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
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
  connection.onDidChangeConfiguration(() => analyzer.settingsChanged());
  connection.onDidChangeWatchedFiles((p) => analyzer.filesChanged(p.changes.map((c) => c.uri)));

  connection.onHover((p, token) => hoverHandler(analyzer, p, token));
  connection.onCompletion((p, token) => completion(analyzer, p, token));
  connection.onCodeAction((p, token) => codeActions(analyzer, p, token));
  connection.onDocumentSymbol((p, token) => documentSymbols(analyzer, p, token));
  connection.onDefinition((p, token) => definition(analyzer, p, token));
  connection.onReferences((p, token) => references(analyzer, p, token));
  connection.onPrepareRename((p) => prepareRename(analyzer, p));
  connection.onRenameRequest((p, token) => rename(analyzer, p, token));
  connection.onRequest(LINT_WORKSPACE_REQUEST, (_p, token) => analyzer.lintWorkspace(token));
  connection.onWorkspaceSymbol((p, token) => workspaceSymbols(analyzer, p, token));
  connection.onExecuteCommand((p) => (p.command === RENUMBER_OBJECTIVES_COMMAND ? renumberObjectives(analyzer, connection, p) : null));

  connection.listen();
}

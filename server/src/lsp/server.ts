/**
 * The language server: a table of short handlers over the core. Each handler
 * finds the document's current model, asks the core, and converts the answer
 * with toLsp.ts. Diagnostics are pushed after a short debounce; stale work is
 * dropped by version.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { Analyzer } from './analyzer';
import { FIX_ALL_KIND, applyFix, asCommands, codeActions, resolveCodeAction } from './handlers/codeActions';
import { completion } from './handlers/completion';
import { hoverHandler } from './handlers/hover';
import { documentSymbols } from './handlers/symbols';
import { definition, prepareRename, references, rename } from './handlers/navigation';
import { renumberObjectives, workspaceSymbols } from './handlers/objectives';
import { APPLY_FIX_COMMAND, LINT_WORKSPACE_REQUEST, RENUMBER_OBJECTIVES_COMMAND, WATCHED_FILES } from '../protocol';

export function startServer(connection: Connection): void {
  const analyzer = new Analyzer(connection);
  /** The client resolves code actions and keeps their data: "fix all" actions go without their edits (see handlers/codeActions.ts). */
  let lazyFixAll = false;
  let canApplyEdit = false;
  /** The client takes code actions as literals (as VS Code does); otherwise it gets them as commands (see handlers/codeActions.ts). */
  let codeActionLiterals = true;
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
   * malformed gets InvalidParams. Where the settings turn Compact Lint off for
   * the document ("compactLint.enable": false), every request about it is
   * answered with nothing: no hover, completion, quick fix, outline or
   * navigation, as no diagnostics.
   */
  const onDocument = <P extends { readonly textDocument: { readonly uri: string } }, R>(needs: Needs, handler: (p: P, token: CancellationToken) => R | Promise<R>) =>
    live(async (p: P, token: CancellationToken): Promise<R | null> => {
      const problem = malformed(p, needs);
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
      return (await analyzer.ready(p.textDocument.uri)) ? handler(p, token) : null;
    });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    analyzer.initialize(params);
    const ca = params.capabilities.textDocument?.codeAction;
    lazyFixAll = !!ca?.dataSupport && !!ca.resolveSupport?.properties.includes('edit');
    // A client that cannot apply a workspace edit the server sends gets the renumbering's edit as the command's result only, and no quick fixes as commands.
    canApplyEdit = params.capabilities.workspace?.applyEdit === true;
    codeActionLiterals = ca?.codeActionLiteralSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '.'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [RENUMBER_OBJECTIVES_COMMAND, APPLY_FIX_COMMAND] },
      },
      serverInfo: { name: 'compact-lint', version: analyzer.version },
    };
  });

  /** A registration the client refused: said in the log; the server works without it. */
  const refused = (what: string) => (e: unknown): void => connection.console.warn(`The client did not register ${what}: ${e instanceof Error ? e.message : String(e)}`);
  connection.onInitialized(() => {
    if (analyzer.canRegisterConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(refused('didChangeConfiguration'));
    }
    // A client other than the extension is asked to report changes to the configuration and to drafts' files.
    if (analyzer.shouldRegisterWatchers) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) }).catch(refused('didChangeWatchedFiles'));
    }
  });

  /** A malformed notification is dropped, and said in the log: the documents already open are served as before. */
  const dropped = (method: string, problem: string): void => connection.console.warn(`Ignored a malformed ${method}: ${problem}`);
  connection.onDidOpenTextDocument((p) => {
    const problem = malformedOpen(p);
    if (problem) return dropped('textDocument/didOpen', problem);
    analyzer.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text);
  });
  connection.onDidChangeTextDocument((p) => {
    const problem = malformedChange(p);
    if (problem) return dropped('textDocument/didChange', problem);
    analyzer.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
  });
  connection.onDidCloseTextDocument((p) => {
    if (typeof p?.textDocument?.uri !== 'string') return dropped('textDocument/didClose', 'it names no document (textDocument.uri).');
    analyzer.close(p.textDocument.uri);
  });
  connection.onDidChangeConfiguration((p) => analyzer.settingsChanged(p?.settings));
  connection.onDidChangeWatchedFiles((p) => analyzer.filesChanged(p.changes));

  connection.onHover(onDocument('position', (p, token) => hoverHandler(analyzer, p, token)));
  connection.onCompletion(onDocument('position', (p, token) => completion(analyzer, p, token)));
  connection.onCodeAction(
    onDocument('codeAction', (p, token) => {
      if (codeActionLiterals) return codeActions(analyzer, p, token, lazyFixAll);
      const version = analyzer.docs.get(p.textDocument.uri)?.version;
      return version === undefined ? [] : asCommands(codeActions(analyzer, p, token), p.textDocument.uri, version, canApplyEdit);
    }),
  );
  connection.onCodeActionResolve(
    live(async (action: CodeAction) => {
      const uri = (action?.data as { uri?: unknown } | undefined)?.uri;
      if (typeof uri === 'string') await analyzer.prepare(uri);
      return resolveCodeAction(analyzer, action);
    }),
  );
  connection.onDocumentSymbol(onDocument(undefined, (p, token) => documentSymbols(analyzer, p, token)));
  connection.onDefinition(onDocument('position', (p, token) => definition(analyzer, p, token)));
  connection.onReferences(onDocument('references', (p, token) => references(analyzer, p, token)));
  connection.onPrepareRename(onDocument('position', (p) => prepareRename(analyzer, p)));
  connection.onRenameRequest(onDocument('position', (p, token) => rename(analyzer, p, token)));
  connection.onRequest(LINT_WORKSPACE_REQUEST, live((_p, token) => analyzer.lintWorkspace(token)));
  connection.onWorkspaceSymbol(
    live((p, token) => {
      if (typeof p?.query !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'The request has no query (a string).');
      return workspaceSymbols(analyzer, p, token);
    }),
  );
  connection.onExecuteCommand(
    live((p) => {
      if (p.command === RENUMBER_OBJECTIVES_COMMAND) return renumberObjectives(analyzer, connection, p, canApplyEdit);
      if (p.command === APPLY_FIX_COMMAND) return applyFix(analyzer, connection, p);
      return null;
    }),
  );
  connection.onShutdown(() => analyzer.shutdown());

  connection.listen();
}

/** What a document request needs besides its document: a position, a range, or those and the context of a code action or of references. */
type Needs = 'position' | 'range' | 'codeAction' | 'references' | undefined;

/** What is wrong with a document request's parameters, for the InvalidParams answer; undefined when they are well formed. */
function malformed(p: unknown, needs: Needs): string | undefined {
  const o = (typeof p === 'object' && p !== null ? p : {}) as {
    textDocument?: { uri?: unknown };
    position?: unknown;
    range?: { start?: unknown; end?: unknown } | null;
    context?: { diagnostics?: unknown; only?: unknown; includeDeclaration?: unknown } | null;
  };
  if (typeof o.textDocument?.uri !== 'string') return 'The request names no document (textDocument.uri).';
  if ((needs === 'position' || needs === 'references') && !isPosition(o.position)) return 'The request has no position (a line and a character).';
  if ((needs === 'range' || needs === 'codeAction') && !isRange(o.range)) return 'The request has no range (two positions).';
  if (needs === 'codeAction') {
    const c = o.context;
    if (typeof c !== 'object' || c === null || !Array.isArray(c.diagnostics)) return 'The request has no context with a list of diagnostics.';
    if (c.only !== undefined && !(Array.isArray(c.only) && c.only.every((k) => typeof k === 'string'))) return 'The context\'s "only" is not a list of kinds.';
  }
  if (needs === 'references' && typeof o.context?.includeDeclaration !== 'boolean') return 'The request has no context saying whether to include the declaration.';
  return undefined;
}

function malformedOpen(p: unknown): string | undefined {
  const d = (p as { textDocument?: { uri?: unknown; languageId?: unknown; version?: unknown; text?: unknown } } | null | undefined)?.textDocument;
  if (typeof d?.uri !== 'string') return 'it names no document (textDocument.uri).';
  if (typeof d.text !== 'string') return `the text of ${d.uri} is not a string.`;
  if (!Number.isInteger(d.version)) return `the version of ${d.uri} is not a number.`;
  if (typeof d.languageId !== 'string') return `the language of ${d.uri} is not a string.`;
  return undefined;
}

function malformedChange(p: unknown): string | undefined {
  const o = p as { textDocument?: { uri?: unknown; version?: unknown }; contentChanges?: unknown } | null | undefined;
  if (typeof o?.textDocument?.uri !== 'string') return 'it names no document (textDocument.uri).';
  if (!Number.isInteger(o.textDocument.version)) return `the version of ${o.textDocument.uri} is not a number.`;
  const changes = o.contentChanges;
  const wellFormed = (c: unknown): boolean => {
    const change = c as { text?: unknown; range?: unknown } | null;
    return typeof change === 'object' && change !== null && typeof change.text === 'string' && (change.range === undefined || isRange(change.range));
  };
  if (!Array.isArray(changes) || !changes.every(wellFormed)) return `the changes of ${o.textDocument.uri} are not a list of texts with ranges.`;
  return undefined;
}

function isRange(v: unknown): boolean {
  const r = v as { start?: unknown; end?: unknown } | null | undefined;
  return typeof r === 'object' && r !== null && isPosition(r.start) && isPosition(r.end);
}

function isPosition(v: unknown): boolean {
  const q = v as { line?: unknown; character?: unknown } | null | undefined;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
}

/**
 * A minimal LSP client for tests: starts dist/server.js over stdio exactly as
 * any editor would, and offers typed helpers for the requests tests make.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  ErrorCodes,
  ResponseError,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  ShutdownRequest,
  ExitNotification,
  CodeActionRequest,
  type CodeAction,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

import { SERVER_NODE_OPTIONS } from '../../server/src/protocol';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface ClientOptions {
  /** Folder opened as the workspace. */
  readonly root?: string;
  /** Answer to workspace/configuration for the "compactLint" section: the same for every document, or by the document's URI (scopeUri). */
  readonly settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown> | null);
  /** A client without workspace/configuration, which pushes its settings instead: these, as initialization options. */
  readonly pushedSettings?: Record<string, unknown>;
  /** The client can register file watchers (workspace/didChangeWatchedFiles), and these are its initialization options. */
  readonly watchers?: { readonly initializationOptions?: Record<string, unknown> };
  /** Node options for the server process (e.g. a --require preload). */
  readonly execArgv?: readonly string[];
  /** The client resolves a code action's edit (codeAction/resolve) and keeps its data, as VS Code does. */
  readonly codeActionResolve?: boolean;
  /** The client cannot apply a workspace edit the server sends (workspace/applyEdit), unlike VS Code. */
  readonly noApplyEdit?: boolean;
  /** The client answers every client/registerCapability with an error. */
  readonly refuseRegistrations?: boolean;
  /** The client takes code actions as commands only (no codeActionLiteralSupport), as some older editors do. */
  readonly codeActionsAsCommands?: boolean;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly #waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  /** What the server registered with client/registerCapability. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  stderr = '';

  private constructor(options: ClientOptions) {
    // Started with the options the extension uses (SERVER_NODE_OPTIONS).
    this.process = spawn(process.execPath, [...SERVER_NODE_OPTIONS, ...(options.execArgv ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      for (const w of [...this.#waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.#waiters.splice(this.#waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onUnhandledNotification((n) => this.notifications.push({ method: n.method, params: n.params }));
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (typeof options.settings === 'function' ? options.settings(item.scopeUri) : (options.settings ?? null))));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      if (options.refuseRegistrations) return new ResponseError(ErrorCodes.InternalError, 'registration refused');
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const c = new TestClient(options);
    const rootUri = options.root ? pathToFileURL(options.root).href : null;
    await c.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      ...(options.pushedSettings ? { initializationOptions: options.pushedSettings } : {}),
      ...(options.watchers?.initializationOptions ? { initializationOptions: options.watchers.initializationOptions } : {}),
      capabilities: {
        workspace: {
          applyEdit: !options.noApplyEdit,
          ...(options.pushedSettings ? {} : { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }),
          ...(options.watchers ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
          hover: { contentFormat: ['markdown'] },
          rename: { prepareSupport: true },
          codeAction: {
            ...(options.codeActionsAsCommands ? {} : { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } }),
            ...(options.codeActionResolve ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}),
          },
        },
      },
    });
    await c.connection.sendNotification(InitializedNotification.type, {});
    return c;
  }

  /** Runs `body` with a started client, stopped afterwards whatever happens; returns the client, whose stderr stays readable. */
  static async run(options: ClientOptions, body: (client: TestClient) => Promise<void>): Promise<TestClient> {
    const client = await TestClient.start(options);
    try {
      await body(client);
    } finally {
      await client.stop();
    }
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Resolves with the first diagnostics for `uri` that pass `test` (those already received count). */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const have = this.diagnostics.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\n${this.stderr}`)), timeoutMs);
      this.#waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** The quick fixes offered at the first of `diagnostics`, with all of them as context, as an editor asks on a problem. */
  async quickFixes(uri: string, diagnostics: readonly Diagnostic[]): Promise<CodeAction[]> {
    const first = diagnostics[0];
    if (!first) throw new Error(`no diagnostic to fix in ${uri}`);
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: first.range, context: { diagnostics: [...diagnostics], only: ['quickfix'] } });
    return (actions ?? []) as CodeAction[];
  }

  /** Diagnostics published for exactly this document version. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

/**
 * The VS Code extension: starts the Compact Lint language server over IPC for
 * Markdown documents (and again when it crashes), shows the active draft's
 * counts in the status bar and offers "Compact Lint: Lint workspace". All
 * analysis is in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LINT_PROGRESS_NOTIFICATION, LINT_WORKSPACE_REQUEST, RENUMBER_OBJECTIVES_COMMAND, SERVER_NODE_OPTIONS, STATUS_NOTIFICATION, WATCHED_FILES, type InitializationOptions, type LintProgressParams, type LintWorkspaceResult, type StatusParams } from '../../server/src/protocol';

let client: LanguageClient | undefined;

/** A server that crashes this often in this long is not restarted again (the client library's default limit). */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60_000;

/**
 * Restarts a crashed server at once, as the client library's default does; at
 * MAX_CRASHES crashes within CRASH_WINDOW_MS it stops and calls `giveUp`, which
 * says so and offers a restart. `forget` starts the count afresh, for a restart
 * the user asked for. The first errors on the connection (such as a write to a
 * server that has just died, "write EPIPE") are only logged: the close that
 * follows is what the drafter needs to hear about, if anything.
 */
function crashHandler(giveUp: () => void): ErrorHandler & { forget(): void } {
  let crashes: number[] = [];
  return {
    error: (_error, _message, count) => (count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
      if (crashes.length < MAX_CRASHES) return { action: CloseAction.Restart };
      giveUp();
      return { action: CloseAction.DoNotRestart, handled: true };
    },
    forget: () => {
      crashes = [];
    },
  };
}

/** A server that gave up after crashes, or failed to start, answers nothing until restarted. */
function stopped(c: LanguageClient): boolean {
  return c.state === State.Stopped || c.state === State.StartFailed;
}

/** Tells the drafter why the server is not running, with the way out. */
async function offerRestart(message: string): Promise<void> {
  const restart = vscode.l10n.t('Restart server');
  const output = vscode.l10n.t('Show output');
  const choice = await vscode.window.showErrorMessage(message, restart, output);
  if (choice === restart) await vscode.commands.executeCommand('compactLint.restartServer');
  if (choice === output) client?.outputChannel.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6010'] } },
  };
  const crashes = crashHandler(
    () => void offerRestart(vscode.l10n.t('Compact Lint: the language server stopped unexpectedly {0} times in 3 minutes and was not restarted, so findings are not updated.', MAX_CRASHES)),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The configuration, and Markdown files changed outside the editor: the open files of a draft resolve references against its other files.
    synchronize: { fileEvents: WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob)) },
    initializationOptions: { watchesFiles: true } satisfies InitializationOptions,
    errorHandler: crashes,
  };
  client = new LanguageClient('compactLint', 'Compact Lint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'workbench.actions.view.problems';
  status.name = 'Compact Lint';
  context.subscriptions.push(status);
  const counts = new Map<string, StatusParams>();
  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    const c = editor && counts.get(editor.document.uri.toString());
    if (!editor || editor.document.languageId !== 'markdown' || !c) {
      status.hide();
      return;
    }
    status.text = `$(error) ${c.errors} $(warning) ${c.warnings}`;
    status.tooltip = vscode.l10n.t('Compact Lint: {0} errors, {1} warnings, {2} information. Click to open the Problems view.', c.errors, c.warnings, c.infos);
    status.accessibilityInformation = { label: status.tooltip, role: 'button' };
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(refresh));

  context.subscriptions.push(
    vscode.commands.registerCommand('compactLint.lintWorkspace', async () => {
      if (!client) return undefined;
      if (stopped(client)) {
        void offerRestart(vscode.l10n.t('Compact Lint: the language server is not running, so the workspace cannot be linted.'));
        return undefined;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Compact Lint: linting the workspace'), cancellable: true },
        (progress, token) => {
          let reported = 0;
          const listener = client!.onNotification(LINT_PROGRESS_NOTIFICATION, (p: LintProgressParams) => {
            const percent = (100 * p.done) / Math.max(1, p.total);
            progress.report({ message: vscode.l10n.t('{0} of {1} files', p.done, p.total), increment: percent - reported });
            reported = percent;
          });
          return client!.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {}, token).finally(() => listener.dispose());
        },
      );
      void vscode.window.showInformationMessage(
        result.off > 0
          ? vscode.l10n.t('Compact Lint: {0} files, {1} errors, {2} warnings; {3} files not linted, which the setting compactLint.enable turns off.', result.files, result.errors, result.warnings, result.off)
          : vscode.l10n.t('Compact Lint: {0} files, {1} errors, {2} warnings.', result.files, result.errors, result.warnings),
      );
      return result;
    }),
    vscode.commands.registerCommand('compactLint.renumberObjectives', async () => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      if (!client || !uri) return;
      if (stopped(client)) {
        void offerRestart(vscode.l10n.t('Compact Lint: the language server is not running, so the objectives cannot be renumbered.'));
        return;
      }
      try {
        await client.sendRequest('workspace/executeCommand', { command: RENUMBER_OBJECTIVES_COMMAND, arguments: [uri] });
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Compact Lint: {0}', e instanceof Error ? e.message : String(e)));
      }
    }),
    vscode.commands.registerCommand('compactLint.restartServer', async () => {
      if (!client) return;
      crashes.forget();
      // A server that gave up after crashes, or is starting again, has nothing to stop first.
      await (client.isRunning() ? client.restart() : client.start());
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      // A document not linted (compactLint.enable off) shows no counts.
      if (p.disabled) counts.delete(p.uri);
      else counts.set(p.uri, p);
      refresh();
    }),
    // A server that stops takes its findings out of the Problems view; its counts go with them.
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) return;
      counts.clear();
      refresh();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

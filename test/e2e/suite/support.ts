/**
 * Helpers for the real-editor tests: the workspace's files, waiting for the
 * language server's answers (they arrive asynchronously), positions of text,
 * the language server's process, and screenshots, which the runner takes when
 * it sees the marker line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the real-editor tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

/** Polls `probe` until `done` accepts its value, or fails with the last value seen. */
export async function waitFor<T>(what: string, probe: () => T | Thenable<T>, done: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}

export function lintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'compact-lint');
}

/** Waits until the document has Compact Lint diagnostics and `done` accepts them. */
export function diagnostics(uri: vscode.Uri, done: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${uri.path}`, () => lintDiagnostics(uri), done);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The position of `text` (its `nth` occurrence) in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

export function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const start = positionOf(doc, text, 0, nth);
  return new vscode.Range(start, start.translate(0, text.length));
}

/** Plain text of hover contents, whatever form each part takes. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Asks the runner for a screenshot of the workbench as it is now (test-results/e2e/NAME.png). */
export async function screenshot(name: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 800));
  console.log(`[e2e:screenshot] ${name}`);
  await new Promise((r) => setTimeout(r, 1500));
}

/**
 * Process ids of the language servers this extension host runs: its children
 * whose command line names dist/server.js. Linux's /proc when there is one,
 * `ps` elsewhere.
 */
export function serverPids(): number[] {
  const host = process.pid;
  if (existsSync('/proc/self/stat')) {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
      try {
        // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
        return ppid === host && args.includes('dist/server.js') ? [Number(name)] : [];
      } catch {
        return []; // the process ended while it was being read
      }
    });
  }
  return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === host && m[3]!.includes('dist/server.js'))
    .map((m) => Number(m[1]));
}

/** Waits until exactly one language server runs that is not one of `old`, and returns its process id. */
export async function newServerPid(old: readonly number[], ms?: number): Promise<number> {
  const pids = await waitFor('a new language server process', serverPids, (p) => p.length === 1 && !old.includes(p[0]!), ms);
  return pids[0]!;
}

/**
 * Per-document analysis state of the server: the current model and findings
 * of each open document, configuration per document, debounced publishing,
 * configuration-file diagnostics. Handlers ask it for a document's model.
 */
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CancellationToken, Connection, Diagnostic, FileEvent, InitializeParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { isDraftMember, lintModel, updateModel, buildSteps, type Config, type DocumentModel, type Finding, type LineIndex } from '../core/index';
import { ConfigLoader, CONFIG_FILE, type ConfigIssue, type LoadedConfig } from '../node/configLoader';
import { diskSource } from '../cli/files';
import { draftPaths } from '../node/draftFiles';
import { anchorOf } from './docsLink';
import { DocumentStore, pathOf } from './documents';
import { WorkspaceFiles, inSlices } from './workspace';
import { Settings, settingsLayer } from './settings';
import { toDiagnostic } from './toLsp';
import { LINT_PROGRESS_NOTIFICATION, STATUS_NOTIFICATION, type EditorSettings, type InitializationOptions, type LintProgressParams, type LintWorkspaceResult, type StatusParams } from '../protocol';

declare const COMPACT_LINT_VERSION: string;

/** How long a listing of a draft's files is reused (a new annex file is seen within this time). */

/** What the editor adds to a configuration problem: what linting goes on without. */
const AFTER_CONFIG_ISSUE: Record<ConfigIssue['dropped'], string> = {
  setting: ' Linting continues without this setting.',
  file: ' Linting continues without the settings of this file.',
  nothing: '',
};

interface DocState {
  readonly version: number;
  readonly model: DocumentModel;
  /** Undefined until computed for this version. */
  readonly findings: readonly Finding[] | undefined;
}

export class Analyzer {
  readonly version = typeof COMPACT_LINT_VERSION === 'string' ? COMPACT_LINT_VERSION : '0.0.0-dev';
  readonly docs = new DocumentStore();
  readonly settings: Settings;
  readonly loader = new ConfigLoader();
  readonly files = new WorkspaceFiles(this.loader);
  canRegisterConfiguration = false;
  /** The client can be asked to watch files, and does not already (see InitializationOptions). */
  shouldRegisterWatchers = false;
  #folders: string[] = [];
  readonly #state = new Map<string, DocState>();
  readonly #config = new Map<string, Config>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #configIssues = new Map<string, ConfigIssue[]>();
  readonly #docsBase: string | undefined;
  #shutDown = false;
  /** Open documents whose settings turn linting off: no findings, so no fixes either. */
  readonly #disabled = new Set<string>();

  constructor(private readonly connection: Connection) {
    this.settings = new Settings(connection);
    const rules = join(__dirname, '..', 'docs', 'rules.md');
    this.#docsBase = existsSync(rules) ? pathToFileURL(rules).href : undefined;
  }

  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.settings.setSupported(!!caps.workspace?.configuration);
    this.settings.push(params.initializationOptions);
    this.canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const options = params.initializationOptions as InitializationOptions | null | undefined;
    this.shouldRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration && options?.watchesFiles !== true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.#folders = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  open(uri: string, languageId: string, version: number, text: string): void {
    this.docs.open(uri, languageId, version, text);
    this.schedule(uri, 0);
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    if (!this.docs.change(uri, version, changes)) return;
    const draft = this.#draftUris(uri);
    void this.settings.get(uri).then((s) => {
      this.schedule(uri, s.debounce);
      // The other open files of a draft resolve references against this one.
      for (const other of draft) if (other !== uri && this.docs.get(other)) this.schedule(other, s.debounce);
    });
  }

  close(uri: string): void {
    // The other open files of a draft now read this one from disk, which may differ from what was open.
    const draft = this.#draftUris(uri);
    this.docs.close(uri);
    this.#disabled.delete(uri);
    for (const other of draft) if (other !== uri && this.docs.get(other)) this.schedule(other, 0);
    this.#state.delete(uri);
    this.#config.delete(uri);
    this.settings.forget(uri);
    const t = this.#timers.get(uri);
    if (t) clearTimeout(t);
    this.#timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.#status({ uri, errors: 0, warnings: 0, infos: 0 });
  }

  /** Whether the client asked the server to shut down; nothing is linted after. */
  get shutDown(): boolean {
    return this.#shutDown;
  }

  /** The client's `shutdown`: pending lints are dropped, a workspace lint stops at its next file. */
  shutdown(): void {
    this.#shutDown = true;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }

  /** `pushed`: the settings of a client that has no workspace/configuration (see settings.ts). */
  settingsChanged(pushed?: unknown): void {
    this.settings.push(pushed);
    this.settings.clear();
    // A request before the next lint (a fix-all on save right after "enable" is turned off) reads the new settings, not these.
    this.#config.clear();
    this.#disabled.clear();
    this.#relintAll();
  }

  filesChanged(changes: readonly FileEvent[]): void {
    const configs = changes.map((c) => c.uri).filter((u) => u.endsWith(CONFIG_FILE));
    if (configs.length === 0) {
      this.#draftFilesChanged(changes);
      return;
    }
    for (const u of configs) {
      const file = fileURLToPath(u);
      this.loader.invalidate(file);
      // A deleted file's problems go with it; those of a file still there are published again by the next lint.
      if (this.#configIssues.get(file)?.length && !existsSync(file)) {
        this.#configIssues.delete(file);
        void this.connection.sendDiagnostics({ uri: u, diagnostics: [] });
      }
    }
    this.#relintAll();
  }

  /**
   * Files changed on disk by something other than an editor of this window
   * (a pull, another program): the open files of a draft that one of them
   * belongs to are linted again, since their references resolve against it.
   * A file added or removed may change which files a draft has.
   */
  #draftFilesChanged(changes: readonly FileEvent[]): void {
    // An open file's text is its editor's, not the disk's: saving it changes nothing here. But a file created or deleted, open or
    // not (a new annex is open in its editor when it is first saved), may change which files a draft has.
    const createdOrDeleted = changes.some((c) => c.type !== FileChangeType.Changed);
    if (createdOrDeleted) this.loader.draftFiles.forget();
    const relevant = changes.filter((c) => c.type !== FileChangeType.Changed || !this.docs.get(c.uri));
    if (relevant.length === 0) return;
    for (const d of this.docs.all()) {
      const config = this.#config.get(d.uri);
      if (config && isDraftMember(config, d.uri) && relevant.some((c) => isDraftMember(config, c.uri))) this.schedule(d.uri, 0);
    }
  }

  /**
   * Makes an open document's configuration, editor settings included, known
   * before a request reads its model: a request that comes before the
   * document's first lint (the outline, asked for as a file opens) would
   * otherwise build the model without them, and the lint build it again.
   */
  async prepare(uri: string): Promise<void> {
    if (!this.docs.get(uri) || this.#config.has(uri) || this.#disabled.has(uri)) return;
    const settings = await this.settings.get(uri);
    if (this.docs.get(uri) && !this.#config.has(uri) && !this.#disabled.has(uri)) this.#configure(uri, settings);
  }

  /**
   * Sets an open document's configuration from its editor settings and the
   * project's files, dropping a model built under another; undefined, and no
   * configuration, where the settings turn linting off.
   */
  #configure(uri: string, settings: EditorSettings): LoadedConfig | undefined {
    if (!settings.enable) {
      this.#disabled.add(uri);
      return undefined;
    }
    this.#disabled.delete(uri);
    const loaded = this.loader.forDirectory(this.#dirOf(uri), undefined, settingsLayer(settings));
    this.#config.set(uri, loaded.config);
    if (this.#state.get(uri)?.model.config !== loaded.config) this.#state.delete(uri);
    return loaded;
  }

  /** The model of the document's current version (built now if stale), or undefined if not open. */
  modelFor(uri: string): DocumentModel | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const state = this.#state.get(uri);
    if (state && state.version === doc.version) return state.model;
    const config = this.#config.get(uri) ?? this.loader.forDirectory(this.#dirOf(uri)).config;
    const model = updateModel(state?.model, { uri, version: doc.version, text: doc.getText() }, config, this.docs.takeEdits(uri));
    this.#state.set(uri, { version: doc.version, model, findings: undefined });
    return model;
  }

  /** Whether the editor settings turn Compact Lint off for the document ("compactLint.enable": false). */
  isOff(uri: string): boolean {
    return this.#disabled.has(uri);
  }

  /** Prepares a document for a request (see prepare) and says whether Compact Lint is on for it: the gate of every request on a document. */
  async ready(uri: string): Promise<boolean> {
    await this.prepare(uri);
    return !this.isOff(uri);
  }

  /** Findings of the document's current version, computing them if needed; none where linting is turned off. */
  findingsFor(uri: string): readonly Finding[] {
    const model = this.modelFor(uri);
    if (!model || this.#disabled.has(uri)) return [];
    const state = this.#state.get(uri);
    if (state && state.version === model.version && state.findings) return state.findings;
    const findings = lintModel(model, { draft: this.draftFor(model) });
    this.#state.set(uri, { version: model.version, model, findings });
    return findings;
  }

  /**
   * Models of every Markdown document of the workspace: open ones at their
   * current version, the others from disk, built a slice of time at a time
   * (see WorkspaceFiles.modelInSlices). Always includes the open documents;
   * undefined once the request is cancelled or the server shuts down.
   */
  async workspaceModels(token: CancellationToken): Promise<DocumentModel[] | undefined> {
    const out = new Map<string, DocumentModel>();
    for (const d of this.docs.all()) {
      const m = this.modelFor(d.uri);
      if (m) out.set(d.uri, m);
    }
    for (const path of this.files.list(this.#folders)) {
      const uri = this.docs.uriOf(path);
      if (out.has(uri)) continue;
      // A file opened while the others were read is taken as the editor has it.
      const m = this.docs.get(uri) ? this.modelFor(uri) : await this.files.modelInSlices(path);
      if (token.isCancellationRequested || this.#shutDown) return undefined;
      if (m) out.set(uri, m);
    }
    return [...out.values()];
  }

  /**
   * What navigation from a document searches: the workspace's models and,
   * always, the files of its draft (`draft`, the document first), which a
   * window without a workspace folder (a single file opened) does not list.
   */
  async modelsAround(draft: readonly DocumentModel[], token: CancellationToken): Promise<DocumentModel[] | undefined> {
    const models = await this.workspaceModels(token);
    if (!models) return undefined;
    const out = new Map(models.map((m) => [m.uri, m]));
    for (const m of draft) if (!out.has(m.uri)) out.set(m.uri, m);
    return [...out.values()];
  }

  /** The other documents of the draft `model` belongs to: open ones at their current version, the others from disk. */
  draftFor(model: DocumentModel): DocumentModel[] {
    const out: DocumentModel[] = [];
    if (!isDraftMember(model.config, model.uri)) return out;
    for (const path of this.#draftPaths(model.config)) {
      const uri = this.docs.uriOf(path);
      if (uri === model.uri) continue;
      const m = this.docs.get(uri) ? this.modelFor(uri) : this.files.model(path);
      if (m) out.push(m);
    }
    return out;
  }

  /** The URIs of the files of the draft an open document belongs to (itself included), or none. */
  #draftUris(uri: string): string[] {
    const config = this.#config.get(uri);
    return config && isDraftMember(config, uri) ? this.#draftPaths(config).map((p) => this.docs.uriOf(p)) : [];
  }

  /** The files of a configuration's draft, searched on disk at most every few seconds (see DraftFileSearch): typing must not wait for a file search. */
  #draftPaths(config: Config): string[] {
    return draftPaths(config, this.loader.draftFiles);
  }


  linesOf(uri: string): LineIndex | undefined {
    return this.#state.get(uri)?.model.lines;
  }

  docsUri = (id: string): string | undefined => (this.#docsBase ? `${this.#docsBase}#${anchorOf(id)}` : undefined);

  schedule(uri: string, delay: number): void {
    if (this.#shutDown) return;
    const t = this.#timers.get(uri);
    if (t) clearTimeout(t);
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri);
        void this.#lint(uri).catch((e: unknown) => this.connection.console.error(`compact-lint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
      }, delay),
    );
  }

  async #lint(uri: string): Promise<void> {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.settings.get(uri);
    if (this.docs.get(uri)?.version !== version) return; // a newer version is scheduled
    const loaded = this.#configure(uri, settings);
    if (!loaded) {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.#status({ uri, errors: 0, warnings: 0, infos: 0, disabled: true });
      return;
    }
    this.#publishConfigIssues(loaded.files, loaded.issues);
    const model = this.modelFor(uri);
    if (!model) return;
    const draft = this.draftFor(model);
    const findings = lintModel(model, { draft });
    this.#state.set(uri, { version: model.version, model, findings });
    const diagnostics = shownDiagnostics(findings, settings.maxProblems, (f, index) => toDiagnostic(model.lines, f, uri, { version: model.version, index }, this.docsUri, linesIn(draft)));
    void this.connection.sendDiagnostics({ uri, version: model.version, diagnostics });
    this.#status({
      uri,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    });
  }

  #status(p: StatusParams): void {
    void this.connection.sendNotification(STATUS_NOTIFICATION, p);
  }

  #relintAll(): void {
    for (const d of this.docs.all()) this.schedule(d.uri, 0);
  }

  #dirOf(uri: string): string {
    const path = pathOf(uri);
    return path !== undefined ? dirname(path) : (this.#folders[0] ?? process.cwd());
  }

  #publishConfigIssues(files: readonly string[], issues: readonly ConfigIssue[]): void {
    for (const file of files) {
      const mine = issues.filter((i) => i.file === file);
      const before = this.#configIssues.get(file) ?? [];
      if (before.length === 0 && mine.length === 0) continue;
      if (JSON.stringify(before) === JSON.stringify(mine)) continue;
      this.#configIssues.set(file, mine);
      void this.connection.sendDiagnostics({
        uri: this.docs.uriOf(file),
        diagnostics: mine.map((i) => ({
          range: { start: { line: i.line, character: i.character }, end: { line: i.endLine, character: i.endCharacter } },
          severity: DiagnosticSeverity.Error,
          source: 'compact-lint',
          message: `${i.message}${AFTER_CONFIG_ISSUE[i.dropped]}`,
        })),
      });
    }
  }

  /** Lints every Markdown file of the workspace folders and publishes the results. */
  async lintWorkspace(token: CancellationToken): Promise<LintWorkspaceResult> {
    let files = 0;
    let errors = 0;
    let warnings = 0;
    /** Files the settings turn Compact Lint off for ("compactLint.enable": false): not linted, and no diagnostics sent for them. */
    let off = 0;
    const paths = this.files.list(this.#folders);
    const progress = (): void => void this.connection.sendNotification(LINT_PROGRESS_NOTIFICATION, { done: files + off, total: paths.length } satisfies LintProgressParams);
    for (const path of paths) {
      if (token.isCancellationRequested || this.#shutDown) return { files, errors, warnings, off };
      const uri = this.docs.uriOf(path);
      let findings: readonly Finding[];
      let lines: LineIndex;
      if (this.docs.get(uri)) {
        if (!(await this.ready(uri))) {
          off++;
          progress();
          continue;
        }
        findings = this.findingsFor(uri);
        lines = (this.modelFor(uri) as DocumentModel).lines;
      } else {
        const settings = await this.settings.get(uri);
        if (!settings.enable) {
          // What an earlier run published for it goes.
          void this.connection.sendDiagnostics({ uri, diagnostics: [] });
          off++;
          progress();
          continue;
        }
        const config = this.loader.forDirectory(dirname(path), undefined, settingsLayer(settings)).config;
        // Under the URI the editor knows the file by: one opened before and closed keeps the client's URI (see uriOf), which diskSource's may not be.
        const model = await inSlices(buildSteps({ ...diskSource(path, config.maxFileSize), uri }, config));
        if (token.isCancellationRequested || this.#shutDown) return { files, errors, warnings, off };
        const draft = this.draftFor(model);
        findings = lintModel(model, { draft });
        lines = model.lines;
        void this.connection.sendDiagnostics({ uri, diagnostics: shownDiagnostics(findings, settings.maxProblems, (f, index) => toDiagnostic(lines, f, uri, { version: 0, index }, this.docsUri, linesIn(draft))) });
      }
      files++;
      errors += findings.filter((f) => f.severity === 'error').length;
      warnings += findings.filter((f) => f.severity === 'warning').length;
      progress();
      await new Promise((r) => setImmediate(r));
    }
    return { files, errors, warnings, off };
  }
}

const SEVERITY_RANK: Readonly<Record<Finding['severity'], number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The diagnostics to publish: every finding, or, past `max` of them, the
 * `max` most severe (in document order) and a note at the top of the document
 * saying how many are not shown. A draft with tens of thousands of findings
 * would otherwise send megabytes to the editor on every keystroke.
 */
function shownDiagnostics(findings: readonly Finding[], max: number, toDiagnostic: (f: Finding, index: number) => Diagnostic): Diagnostic[] {
  if (findings.length <= max) return findings.map(toDiagnostic);
  const kept = findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  const hidden = findings.length - max;
  const note: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'compact-lint',
    message: `${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'problem is' : 'problems are'} not shown: the setting compactLint.maxProblems shows ${max.toLocaleString('en-US')} per document, the most severe first. The status bar counts them all.`,
  };
  return [note, ...kept.map(({ f, index }) => toDiagnostic(f, index))];
}

/** The line index of each document of a draft, for related information that points into another file. */
function linesIn(draft: readonly DocumentModel[]): (uri: string) => LineIndex | undefined {
  return (uri) => draft.find((m) => m.uri === uri)?.lines;
}

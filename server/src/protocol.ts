/**
 * What the client and the server share: the settings section and custom
 * requests. Imported by both bundles; it must not import either side.
 */
export const SETTINGS_SECTION = 'compactLint';

/** Editor settings (contributes.configuration in package.json). */
export interface EditorSettings {
  readonly enable: boolean;
  /** Severity overrides by check id, below the project's .compact-lint.json. */
  readonly checks: Readonly<Record<string, string>>;
  readonly spelling?: string;
  readonly framework?: string;
  readonly maxFileSize?: number;
  /** Milliseconds to wait after a change before publishing diagnostics. */
  readonly debounce: number;
  /** The most diagnostics published per document: a draft with tens of thousands of findings would send megabytes on every keystroke. */
  readonly maxProblems: number;
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, checks: {}, debounce: 50, maxProblems: 5000 };

/**
 * Initialization options of a client that watches the project's files itself
 * and sends their changes (the extension does, with `synchronize.fileEvents`):
 * the server then registers no watchers of its own, which would report each
 * change twice.
 */
export interface InitializationOptions {
  readonly watchesFiles?: boolean;
}

/** The files whose changes the server needs: configuration files, and the Markdown files of drafts. */
export const WATCHED_FILES = ['**/.compact-lint.json', '**/*.{md,markdown}'] as const;

/** Server → client: counts for the status bar, per document. */
export const STATUS_NOTIFICATION = 'compactLint/status';
export interface StatusParams {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Linting is turned off for the document (compactLint.enable): there are no counts to show. */
  readonly disabled?: boolean;
}

/**
 * Client → server (workspace/executeCommand): renumber the objectives of the
 * draft of the document whose URI is the one argument. The server applies the
 * edit with workspace/applyEdit and returns it.
 */
export const RENUMBER_OBJECTIVES_COMMAND = 'compactLint.server.renumberObjectives';

/**
 * Client → server (workspace/executeCommand): apply a quick fix, for a client
 * that takes code actions as commands only (without codeActionLiteralSupport).
 * Arguments: the document's URI, the version the fix was computed for, and
 * the workspace edit; the server applies it with workspace/applyEdit unless
 * the document has changed since.
 */
export const APPLY_FIX_COMMAND = 'compactLint.server.applyFix';

/** Client → server: lint every Markdown file of the workspace. */
export const LINT_WORKSPACE_REQUEST = 'compactLint/lintWorkspace';
export interface LintWorkspaceResult {
  /** Files linted. */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files not linted because the settings turn Compact Lint off for them ("compactLint.enable": false). */
  readonly off: number;
}

/** Server → client while the workspace is linted: files done of the total, after each file. */
export const LINT_PROGRESS_NOTIFICATION = 'compactLint/lintWorkspaceProgress';
export interface LintProgressParams {
  readonly done: number;
  readonly total: number;
}

/**
 * Node options the extension starts the server with. Each edit of a large
 * draft leaves a few megabytes of text copies behind; V8 by default lets the
 * heap grow far before collecting them. A small young generation and a heap
 * that grows by at most half before a full collection keep the server's peak
 * memory with a 1 MB draft open, while typing, at about 125 MB instead of
 * about 185 MB, at no measurable cost in latency (see docs/benchmarks.md).
 * Other LSP clients can pass the same options:
 * `node --max-semi-space-size=2 --heap-growing-percent=50 dist/server.js --stdio`.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=50'];

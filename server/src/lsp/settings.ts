/**
 * Editor settings, read per resource through workspace/configuration and
 * cached until the client says they changed. A client without
 * workspace/configuration pushes them instead, in the initialization options
 * or with workspace/didChangeConfiguration, as `{ "compactLint": { … } }`:
 * they then apply to every document. Never held in globals.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type EditorSettings } from '../protocol';
import { CHECKS_BY_ID, DEFAULT_CONFIG, FRAMEWORKS, SEVERITIES, SPELLING_CONVENTIONS, type Config, type SeveritySetting } from '../core/index';

/** The smallest compactLint.maxFileSize (as in package.json): anything smaller is not a file size a user means. */
const MIN_FILE_SIZE = 1024;

export class Settings {
  readonly #cache = new Map<string, Promise<EditorSettings>>();
  /** What was wrong with settings, told once each: the same settings are read again for every document. */
  readonly #told = new Set<string>();
  #supported = false;
  #pushed: EditorSettings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection) {}

  setSupported(supported: boolean): void {
    this.#supported = supported;
  }

  clear(): void {
    this.#cache.clear();
  }

  /** Settings a client pushes (see above); anything without the section leaves them as they were. */
  push(value: unknown): void {
    if (this.#supported || !value || typeof value !== 'object' || !(SETTINGS_SECTION in value)) return;
    this.#pushed = this.#sanitize((value as Record<string, unknown>)[SETTINGS_SECTION]);
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  get(uri: string): Promise<EditorSettings> {
    if (!this.#supported) return Promise.resolve(this.#pushed);
    let p = this.#cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((v: unknown) => this.#sanitize(v), () => DEFAULT_SETTINGS);
      this.#cache.set(uri, p);
    }
    return p;
  }

  #sanitize(v: unknown): EditorSettings {
    const { settings, problems } = sanitize(v);
    for (const problem of problems) {
      if (this.#told.has(problem)) continue;
      this.#told.add(problem);
      // A notification: a message request would wait for the user to dismiss it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Compact Lint: ${problem}` });
    }
    return settings;
  }
}


function oneOf<T extends string>(values: readonly T[]): (v: unknown) => v is T {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}

const isSpelling = oneOf(SPELLING_CONVENTIONS);
const isFramework = oneOf(FRAMEWORKS);
const isSeverity = oneOf<SeveritySetting>(['off', ...SEVERITIES]);

/**
 * Settings come from users' JSON: keep only well-typed values, and say what
 * was left out, so that a misspelt check id or severity is not silently
 * without effect (the editor's own validation of settings.json shows it only
 * in that file).
 */
export function sanitize(v: unknown): { settings: EditorSettings; problems: string[] } {
  if (!v || typeof v !== 'object') return { settings: DEFAULT_SETTINGS, problems: [] };
  const o = v as Record<string, unknown>;
  const problems: string[] = [];
  /** A setting's value if `valid` accepts it; otherwise undefined, and, when it was given, what to use instead. */
  const setting = <T>(key: string, value: unknown, valid: (v: unknown) => v is T, use: string): T | undefined => {
    if (valid(value)) return value;
    if (value !== undefined && value !== null) problems.push(`Invalid value ${JSON.stringify(value)} for the setting compactLint.${key}; it is ignored: use ${use}.`);
    return undefined;
  };
  const checks: Record<string, string> = {};
  const given = o['checks'];
  if (given && typeof given === 'object' && !Array.isArray(given)) {
    for (const [k, s] of Object.entries(given as Record<string, unknown>)) {
      if (!CHECKS_BY_ID.has(k)) problems.push(`Unknown check id "${k}" in the setting compactLint.checks; it is ignored (see docs/rules.md for the list).`);
      else if (!isSeverity(s)) problems.push(`Invalid severity ${JSON.stringify(s)} for "${k}" in the setting compactLint.checks; it is ignored: use off, hint, info, warning or error.`);
      else checks[k] = s;
    }
  } else if (given !== undefined && given !== null) problems.push('The setting compactLint.checks must be an object of check ids and severities; it is ignored.');
  const spelling = setting('spelling', o['spelling'], isSpelling, SPELLING_CONVENTIONS.join(', '));
  const framework = setting('framework', o['framework'], isFramework, FRAMEWORKS.join(', '));
  const maxFileSize = setting('maxFileSize', o['maxFileSize'], (x): x is number => typeof x === 'number' && Number.isFinite(x) && x >= MIN_FILE_SIZE, `a number of bytes, at least ${MIN_FILE_SIZE}`);
  const enable = setting('enable', o['enable'], (x): x is boolean => typeof x === 'boolean', 'true or false');
  const debounce = setting('debounce', o['debounce'], (x): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0, 'a number of milliseconds from 0 to 5000');
  const maxProblems = setting('maxProblems', o['maxProblems'], (x): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1, 'a whole number, at least 1');
  return {
    settings: {
      enable: enable ?? true,
      checks,
      ...(spelling ? { spelling } : {}),
      ...(framework ? { framework } : {}),
      ...(maxFileSize !== undefined ? { maxFileSize } : {}),
      debounce: debounce !== undefined ? Math.min(debounce, 5000) : DEFAULT_SETTINGS.debounce,
      maxProblems: maxProblems ?? DEFAULT_SETTINGS.maxProblems,
    },
    problems,
  };
}

/** Editor settings as the lowest configuration layer, under the project's files. */
export function settingsLayer(s: EditorSettings): Partial<Config> {
  const checks: Record<string, SeveritySetting> = {};
  for (const [id, sev] of Object.entries(s.checks)) if (isSeverity(sev)) checks[id] = sev;
  return {
    checks,
    ...(isSpelling(s.spelling) ? { spelling: s.spelling } : {}),
    ...(isFramework(s.framework) ? { framework: s.framework } : {}),
    maxFileSize: s.maxFileSize ?? DEFAULT_CONFIG.maxFileSize,
  };
}

/**
 * Editor settings, read per resource through workspace/configuration and
 * cached until the client says they changed. A client without
 * workspace/configuration pushes them instead, in the initialization options
 * or with workspace/didChangeConfiguration, as `{ "compactLint": { … } }`:
 * they then apply to every document. Never held in globals.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type EditorSettings } from '../protocol';
import { CHECKS_BY_ID, DEFAULT_CONFIG, SEVERITIES, type Config, type SeveritySetting } from '../core/index';

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
  const checks: Record<string, string> = {};
  const given = o['checks'];
  if (given && typeof given === 'object' && !Array.isArray(given)) {
    for (const [k, s] of Object.entries(given as Record<string, unknown>)) {
      if (!CHECKS_BY_ID.has(k)) problems.push(`Unknown check id "${k}" in the setting compactLint.checks; it is ignored (see docs/rules.md for the list).`);
      else if (typeof s !== 'string' || (s !== 'off' && !(SEVERITIES as readonly string[]).includes(s))) {
        problems.push(`Invalid severity ${JSON.stringify(s)} for "${k}" in the setting compactLint.checks; it is ignored: use off, hint, info, warning or error.`);
      } else checks[k] = s;
    }
  } else if (given !== undefined && given !== null) problems.push('The setting compactLint.checks must be an object of check ids and severities; it is ignored.');
  const choice = (key: string, value: unknown, values: readonly string[]): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && values.includes(value)) return value;
    problems.push(`Invalid value ${JSON.stringify(value)} for the setting compactLint.${key}; it is ignored: use ${values.join(', ')}.`);
    return undefined;
  };
  const spelling = choice('spelling', o['spelling'], ['un', 'us', 'en-gb-ise', 'off']);
  const framework = choice('framework', o['framework'], ['gcm', 'none']);
  const size = o['maxFileSize'];
  const maxFileSize = typeof size === 'number' && Number.isFinite(size) && size >= MIN_FILE_SIZE ? size : undefined;
  if (size !== undefined && size !== null && maxFileSize === undefined) {
    problems.push(`Invalid value ${JSON.stringify(size)} for the setting compactLint.maxFileSize; it is ignored: use a number of bytes, at least ${MIN_FILE_SIZE}.`);
  }
  const enable = o['enable'];
  if (enable !== undefined && enable !== null && typeof enable !== 'boolean') {
    problems.push(`Invalid value ${JSON.stringify(enable)} for the setting compactLint.enable; it is ignored: use true or false.`);
  }
  const debounce = o['debounce'];
  const debounceOk = typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0;
  if (debounce !== undefined && debounce !== null && !debounceOk) {
    problems.push(`Invalid value ${JSON.stringify(debounce)} for the setting compactLint.debounce; it is ignored: use a number of milliseconds from 0 to 5000.`);
  }
  const maxProblems = o['maxProblems'];
  const maxProblemsOk = typeof maxProblems === 'number' && Number.isInteger(maxProblems) && maxProblems >= 1;
  if (maxProblems !== undefined && maxProblems !== null && !maxProblemsOk) {
    problems.push(`Invalid value ${JSON.stringify(maxProblems)} for the setting compactLint.maxProblems; it is ignored: use a whole number, at least 1.`);
  }
  return {
    settings: {
      enable: typeof enable === 'boolean' ? enable : true,
      checks,
      ...(spelling ? { spelling } : {}),
      ...(framework ? { framework } : {}),
      ...(maxFileSize !== undefined ? { maxFileSize } : {}),
      debounce: debounceOk ? Math.min(debounce, 5000) : DEFAULT_SETTINGS.debounce,
      maxProblems: maxProblemsOk ? maxProblems : DEFAULT_SETTINGS.maxProblems,
    },
    problems,
  };
}

/** Editor settings as the lowest configuration layer, under the project's files. */
export function settingsLayer(s: EditorSettings): Partial<Config> {
  const checks: Record<string, SeveritySetting> = {};
  for (const [id, sev] of Object.entries(s.checks)) {
    if (sev === 'off' || (SEVERITIES as readonly string[]).includes(sev)) checks[id] = sev as SeveritySetting;
  }
  return {
    checks,
    ...(s.spelling === 'un' || s.spelling === 'us' || s.spelling === 'en-gb-ise' || s.spelling === 'off' ? { spelling: s.spelling } : {}),
    ...(s.framework === 'gcm' || s.framework === 'none' ? { framework: s.framework } : {}),
    maxFileSize: s.maxFileSize ?? DEFAULT_CONFIG.maxFileSize,
  };
}

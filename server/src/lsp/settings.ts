/**
 * Editor settings, read per resource through workspace/configuration and
 * cached until the client says they changed. A client without
 * workspace/configuration pushes them instead, in the initialization options
 * or with workspace/didChangeConfiguration, as `{ "compactLint": { … } }`:
 * they then apply to every document. Never held in globals.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type EditorSettings } from '../protocol';
import { DEFAULT_CONFIG, SEVERITIES, type Config, type SeveritySetting } from '../core/index';

export class Settings {
  readonly #cache = new Map<string, Promise<EditorSettings>>();
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
    this.#pushed = sanitize((value as Record<string, unknown>)[SETTINGS_SECTION]);
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
        .then((v: unknown) => sanitize(v), () => DEFAULT_SETTINGS);
      this.#cache.set(uri, p);
    }
    return p;
  }
}

/** Settings come from users' JSON: keep only well-typed values. */
function sanitize(v: unknown): EditorSettings {
  if (!v || typeof v !== 'object') return DEFAULT_SETTINGS;
  const o = v as Record<string, unknown>;
  const checks: Record<string, string> = {};
  if (o['checks'] && typeof o['checks'] === 'object') {
    for (const [k, s] of Object.entries(o['checks'] as Record<string, unknown>)) if (typeof s === 'string') checks[k] = s;
  }
  return {
    enable: typeof o['enable'] === 'boolean' ? o['enable'] : true,
    checks,
    ...(typeof o['spelling'] === 'string' ? { spelling: o['spelling'] } : {}),
    ...(typeof o['framework'] === 'string' ? { framework: o['framework'] } : {}),
    ...(typeof o['maxFileSize'] === 'number' && o['maxFileSize'] > 0 ? { maxFileSize: o['maxFileSize'] } : {}),
    debounce: typeof o['debounce'] === 'number' && o['debounce'] >= 0 ? Math.min(o['debounce'], 5000) : DEFAULT_SETTINGS.debounce,
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

/**
 * A language server for one `describe` block, started in a fresh temporary
 * folder before its tests and stopped after them, as an editor would open a
 * workspace.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient';

export interface TempServer {
  /** The client connected to the server (set once the `before` hook has run). */
  readonly client: TestClient;
  /** The URI of a file of the temporary folder. */
  uriOf(name: string): string;
}

export function tempServer(name: string): TempServer {
  let client: TestClient | undefined;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `compact-lint-${name}-`));
    client = await TestClient.start({ root: dir });
  });
  after(async () => client?.stop());
  return {
    get client(): TestClient {
      if (!client) throw new Error('the language server starts in the before hook');
      return client;
    },
    uriOf: (file) => pathToFileURL(join(dir, file)).href,
  };
}

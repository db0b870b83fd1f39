/**
 * The real-editor test runner: the module VS Code loads as
 * `extensionTestsPath` (under @vscode/test-electron, or code-server through
 * the workbench's `payload`). It runs every compiled `*.test.js` beside it with
 * mocha inside the extension host, where the `vscode` API is live.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} real-editor tests failed`)) : resolve()));
  });
}

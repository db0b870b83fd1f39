// Shared by both real-editor runners: builds the extension, the language
// server and the suite (dist/e2e), and makes a throw-away workspace holding
// samples/ and test/e2e/workspace/, which the tests open and edit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const tests = join(root, 'dist/e2e');

export function prepare() {
  console.log('\n▸ building the extension, the language server and the suite');
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'test/e2e/build.mjs')], { cwd: root, stdio: 'inherit' });
  return prepareWorkspace();
}

export function prepareWorkspace() {
  const workspace = mkdtempSync(join(tmpdir(), 'compact-lint-e2e-'));
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });
  return workspace;
}

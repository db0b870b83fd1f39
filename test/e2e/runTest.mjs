// `npm run test:e2e:electron`: the same real-editor suite in desktop VS Code,
// downloaded by @vscode/test-electron (needs update.code.visualstudio.com and,
// on Linux without a display, xvfb-run). When VS Code cannot be downloaded it
// says so and exits with 3, pointing to `npm run test:e2e`, which runs offline.
import { rmSync } from 'node:fs';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { prepare, root, tests } from './prepare.mjs';

const version = process.env.VSCODE_VERSION ?? 'stable';
let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version, timeout: 30_000 });
} catch (e) {
  console.error(`Cannot download VS Code ${version} for the real-editor tests: ${e instanceof Error ? e.message : e}`);
  console.error('Without access to update.code.visualstudio.com, run `npm run test:e2e`: the same suite in code-server, offline.');
  process.exit(3);
}

const workspace = prepare();
let code = 1;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: tests,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
  code = 0;
} catch (e) {
  console.error(`real-editor tests failed: ${e instanceof Error ? e.message : e}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);

// `npm run test:e2e`: runs the real-editor suite (test/e2e/suite) inside a real
// VS Code on this machine, offline: code-server 4.100.3 (VS Code 1.100) driven
// by Debian's Chromium through playwright-core. Installs code-server and
// Chromium once (tools/install-code-server.sh; cached in COMPACT_LINT_E2E_CACHE,
// default ~/.cache/compact-lint-e2e), runs the suite with the extension loaded
// from this folder, then installs the packaged .vsix and drives it as a drafter
// (drafter.mjs). Screenshots go to test-results/e2e/. Exit code: 0 when both pass.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { prepare, prepareWorkspace, root, tests } from './prepare.mjs';

const cache = process.env.COMPACT_LINT_E2E_CACHE ?? join(homedir(), '.cache/compact-lint-e2e');
const codeServer = join(cache, 'node_modules/.bin/code-server');
const shots = join(root, 'test-results/e2e');

if (!existsSync(codeServer) || !existsSync('/usr/bin/chromium')) {
  console.log(`\n▸ installing code-server 4.100.3 and Chromium into ${cache} (once)`);
  execFileSync('bash', [join(root, 'test/e2e/tools/install-code-server.sh'), cache], { stdio: 'inherit' });
}

const workspace = prepare();
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

console.log(`\n▸ running the suite in code-server (workspace ${workspace})`);
const run = spawnSync(process.execPath, [
  join(root, 'test/e2e/tools/run-extension-tests.mjs'),
  '--code-server', codeServer,
  '--extension', root,
  '--tests', tests,
  '--workspace', workspace,
  '--port', process.env.COMPACT_LINT_E2E_PORT ?? '8790',
  '--timeout', '300',
  '--shots', shots,
  '--screenshot', join(shots, 'final.png'),
], { cwd: root, stdio: 'inherit' });
rmSync(workspace, { recursive: true, force: true });

// The packaged .vsix, installed as a user installs it, driven as a drafter works.
console.log('\n▸ packaging the .vsix and using it in code-server as a drafter does');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const drafterWorkspace = prepareWorkspace();
const drafter = spawnSync(process.execPath, [
  join(root, 'test/e2e/drafter.mjs'),
  '--code-server', codeServer,
  '--vsix', join(root, 'compact-lint.vsix'),
  '--workspace', drafterWorkspace,
  '--port', String(Number(process.env.COMPACT_LINT_E2E_PORT ?? '8790') + 1),
  '--shots', shots,
], { cwd: root, stdio: 'inherit' });
rmSync(drafterWorkspace, { recursive: true, force: true });
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' }); // back to the development build

const code = run.status || drafter.status || (run.status === null || drafter.status === null ? 1 : 0);
console.log(code === 0 ? `\nreal-editor tests passed; screenshots in ${shots}` : `\nreal-editor tests FAILED (exit ${code}); screenshots in ${shots}`);
process.exit(code);

// Runs a VS Code extension's integration tests (the module @vscode/test-electron would load as
// extensionTestsPath: it exports `run(): Promise<void>`) inside a real VS Code, offline:
// code-server's Node extension host, driven through Debian's Chromium with playwright-core.
// The web workbench reads extensionDevelopmentPath / extensionTestsPath from its `payload` URL
// parameter and calls window.codeAutomationExit(code) when the tests finish.
//
// A test that logs "[e2e:screenshot] NAME" gets a screenshot of the workbench in --shots DIR/NAME.png.
//
// usage (from the project root, with playwright-core installed there):
//   node test/e2e/tools/run-extension-tests.mjs --code-server DIR/node_modules/.bin/code-server \
//     --extension . --tests dist/e2e --workspace DIR [--port 8790] [--timeout 300] [--screenshot FILE] [--shots DIR]
// Exit code: the tests' own (0 = passed), 1 on timeout or a start failure.
// Copied from the team's verified recipe; changes: the screenshot marker.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const need = ['code-server', 'extension', 'tests', 'workspace'].filter((k) => !args[k]);
if (need.length) { console.error(`missing --${need.join(', --')}`); process.exit(1); }
const { chromium } = createRequire(join(process.cwd(), 'package.json'))('playwright-core');
const port = Number(args.port ?? 8790);
const host = `127.0.0.1:${port}`;
const home = mkdtempSync(join(tmpdir(), 'ext-tests-'));
const server = spawn(resolve(args['code-server']), ['--auth', 'none', '--bind-addr', host, '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', join(home, 'data'),
  '--extensions-dir', join(home, 'extensions'), resolve(args.workspace)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
const ready = new Promise((ok, fail) => {
  server.stdout.on('data', (d) => { if (/HTTP server listening/.test(String(d))) ok(); });
  server.on('exit', (c) => fail(new Error(`code-server exited with ${c}`)));
  setTimeout(() => fail(new Error('code-server did not start in 60 s')), 60000);
});
let code = 1;
try {
  await ready;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const finished = new Promise((ok) => page.exposeFunction('codeAutomationExit', (c) => ok(c)));
  await page.exposeFunction('codeAutomationLog', (type, parts) => {
    const line = format(...parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))));
    const shot = /^\[e2e:screenshot\] ([\w-]+)$/.exec(line);
    if (shot && args.shots) return void page.screenshot({ path: join(args.shots, `${shot[1]}.png`) }).catch((e) => console.error(String(e)));
    if (!/Creating a socket|connection token|open-vsx|Service Worker|ChatSession|builtin extensions/.test(line)) console.log(line);
  });
  const remote = (p) => `vscode-remote://${host}${resolve(p)}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(args.extension)], ['extensionTestsPath', remote(args.tests)], ['skipWelcome', 'true']]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(resolve(args.workspace))}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((ok) => setTimeout(() => ok('timeout'), 1000 * Number(args.timeout ?? 300)));
  const result = await Promise.race([finished, timeout]);
  if (args.screenshot) await page.screenshot({ path: args.screenshot });
  if (result === 'timeout') console.error('tests did not finish in time'); else code = result;
  await browser.close();
} catch (e) {
  console.error(String(e?.message ?? e));
} finally {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { server.kill(); } // the whole process group
  rmSync(home, { recursive: true, force: true });
}
process.exit(code);

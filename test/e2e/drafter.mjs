// The packaged extension as a drafter gets it: installs the built .vsix into
// code-server (`--install-extension`), opens a workspace of the samples and,
// with playwright-core driving Chromium, does what a drafter does: opens a
// draft from the Explorer, reads the status bar, clicks it to open the
// Problems view, reads the findings and types a mistake to see it reported.
// Screenshots go to test-results/e2e/drafter-*.png. Run by run.mjs after the suite.
//   node test/e2e/drafter.mjs --code-server BIN --vsix FILE --workspace DIR --shots DIR [--port N]
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const { chromium } = createRequire(join(process.cwd(), 'package.json'))('playwright-core');
const host = `127.0.0.1:${args.port ?? 8791}`;
const home = mkdtempSync(join(tmpdir(), 'compact-lint-drafter-'));
const extensions = join(home, 'extensions');
const shot = (page, name) => page.screenshot({ path: join(args.shots, `drafter-${name}.png`) });
const expect = (ok, what) => {
  if (!ok) throw new Error(`expected ${what}`);
  console.log(`    ✔ ${what}`);
};

execFileSync(args['code-server'], ['--extensions-dir', extensions, '--install-extension', resolve(args.vsix)], { stdio: 'inherit' });
const server = spawn(resolve(args['code-server']), ['--auth', 'none', '--bind-addr', host, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--user-data-dir', join(home, 'data'), '--extensions-dir', extensions, resolve(args.workspace)],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let code = 1;
let browser;
let page;
try {
  await new Promise((ok, fail) => {
    server.stdout.on('data', (d) => { if (/HTTP server listening/.test(String(d))) ok(); });
    server.on('exit', (c) => fail(new Error(`code-server exited with ${c}`)));
    setTimeout(() => fail(new Error('code-server did not start in 60 s')), 60000);
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(60000);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(resolve(args.workspace))}`);
  console.log('\n  the packaged extension, as a drafter uses it');

  await page.getByRole('treeitem', { name: 'sdg-references.md' }).click();
  const status = page.locator('[id="compact-lint.compact-lint"]');
  await status.waitFor({ state: 'visible' });
  const counts = (await status.innerText()).trim().replace(/\s+/g, ' ');
  const label = (await status.getAttribute('aria-label')) ?? '';
  const [errors, warnings] = counts.split(' ');
  expect(/^[1-9]\d* \d+$/.test(counts) && label.startsWith(`Compact Lint: ${errors} errors, ${warnings} warnings`),
    `the status bar counts the draft's errors and warnings ("${counts}", read out as "${label}")`);

  await status.click();
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: 'SDG target 8.12 does not exist' }).first().waitFor();
  expect(true, 'clicking it opens the Problems view, which lists "SDG target 8.12 does not exist"');
  await shot(page, 'problems');

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nThe plan also serves SDG 19.\n');
  await rows.filter({ hasText: 'There is no SDG 19' }).first().waitFor();
  expect(true, 'typing "SDG 19" is reported while typing: "There is no SDG 19"');
  await shot(page, 'typing');
  code = 0;
} catch (e) {
  console.error(`    ✖ ${String(e?.message ?? e)}`);
} finally {
  if (code !== 0) await page?.screenshot({ path: join(args.shots, 'drafter-failed.png') }).catch(() => {});
  await browser?.close();
  try { process.kill(-server.pid, 'SIGTERM'); } catch { server.kill(); }
  rmSync(home, { recursive: true, force: true });
}
process.exit(code);

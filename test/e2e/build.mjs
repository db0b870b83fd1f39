// Compiles the real-editor suite (test/e2e/suite) to dist/e2e for the extension
// host: index.js bundles mocha (so it runs in any VS Code's Node), each
// *.test.js is compiled on its own and loaded by index.js after mocha's globals exist.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const suite = new URL('./suite/', import.meta.url).pathname;
const outdir = new URL('../../dist/e2e/', import.meta.url).pathname;
const common = { platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'error' };

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({ ...common, entryPoints: [suite + 'index.ts'], outfile: outdir + 'index.js', bundle: true, external: ['vscode'] });
await esbuild.build({
  ...common,
  entryPoints: readdirSync(suite).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => suite + f),
  outdir,
  bundle: false,
});

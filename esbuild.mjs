// Bundles the three entry points: the extension client, the language server
// and the CLI. Type checking is `tsc --noEmit` (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * fdir, the directory walker under tinyglobby, looks for an optional picomatch
 * when it loads, resolved from wherever the bundle is installed, for a glob
 * method that tinyglobby never calls. So every start loaded whatever picomatch
 * the installation happened to hold (about 5 ms of the CLI's start here), or
 * searched the file system for one. The bundles leave that lookup out; the
 * build fails if fdir no longer has it in this form, so that a new version is
 * looked at.
 */
const withoutOptionalPicomatch = {
  name: 'fdir-without-optional-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const lookup = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      if (!lookup.test(source)) return { errors: [{ text: `fdir's optional picomatch lookup was not found in ${args.path}: see esbuild.mjs` }] };
      return { contents: source.replace(lookup, ''), loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ESM dependencies bundled into CommonJS may read import.meta.url.
  define: { COMPACT_LINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // Prefer ES module builds: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
  plugins: [withoutOptionalPicomatch],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server.js' },
  // The command: a small script that runs the CLI's bundle through V8's code cache.
  { ...common, entryPoints: ['server/src/cliBin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cliMain.ts'], outfile: 'dist/cli-main.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}

// Bundles the three entry points: the extension client, the language server
// and the CLI. Type checking is `tsc --noEmit` (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { asciiOnly } from './scripts/asciiOnly.mjs';

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

/**
 * vfile's `export { default as minproc } from 'node:process'` becomes, in a
 * CommonJS bundle, a copy of every property of the process object into a
 * module namespace, made when the bundle loads: about 1.1 ms of every start
 * of the CLI. That default export is the global `process` object itself, so
 * the bundles take the global. The build fails if another module imports
 * `node:process`, so that what it imports is looked at first.
 */
const processAsGlobal = {
  name: 'process-as-global',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, (args) => {
      if (!/[\\/]vfile[\\/]lib[\\/]minproc\.js$/.test(args.importer) || args.kind !== 'import-statement') {
        return { errors: [{ text: `${args.importer} imports ${args.path}: see processAsGlobal in esbuild.mjs` }] };
      }
      return { path: 'process', namespace: 'process-as-global' };
    });
    build.onLoad({ filter: /.*/, namespace: 'process-as-global' }, () => ({ contents: 'export default process;', loader: 'js' }));
  },
};

/**
 * Writes the bundles in ASCII (see scripts/asciiOnly.mjs): the builds leave
 * their output to this plugin (`write: false`). A dev build's source map
 * places what follows an escaped character on its line a few columns off.
 */
const writeAscii = {
  name: 'write-ascii',
  setup(build) {
    build.onEnd(async (result) => {
      try {
        for (const file of result.outputFiles ?? []) {
          await mkdir(dirname(file.path), { recursive: true });
          await writeFile(file.path, file.path.endsWith('.js') ? asciiOnly(file.text, file.path) : file.contents);
        }
      } catch (e) {
        return { errors: [{ text: e.message }] };
      }
      return undefined;
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
  write: false,
  // ESM dependencies bundled into CommonJS may read import.meta.url. None does today: the URL is
  // computed on first read, not at every start (pathToFileURL, about 0.3 ms).
  define: { COMPACT_LINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMeta.url' },
  banner: { js: "const __importMeta = { get url() { return require('url').pathToFileURL(__filename).href; } };" },
  // Prefer ES module builds: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
  plugins: [withoutOptionalPicomatch, processAsGlobal, writeAscii],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cliMain.ts'], outfile: 'dist/cli-main.js' },
];

/**
 * The command: a small script that runs the CLI's bundle through V8's code
 * cache, which it finds by the bundle's SHA-256 (see
 * server/src/node/compileCache.ts). The hash is taken here, once, so the
 * command does not hash the bundle at every start; it is built after the
 * bundle. In watch mode the bundle changes under it, and the command runs
 * without a cache.
 */
function cliBuild(bundleId) {
  return { ...common, entryPoints: ['server/src/cliBin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { ...common.define, COMPACT_LINT_BUNDLE_ID: JSON.stringify(bundleId) } };
}

if (watch) {
  for (const b of [...builds, cliBuild('')]) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  await esbuild.build(cliBuild(createHash('sha256').update(readFileSync('dist/cli-main.js')).digest('hex').slice(0, 32)));
  chmodSync('dist/cli.js', 0o755);
}

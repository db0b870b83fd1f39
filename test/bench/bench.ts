/**
 * `npm run bench`: figures and ratios, all measured in this run on this
 * machine (a script, not a timed test).
 *
 * 1. CLI batch throughput on generated corpora of ~100 KB, ~1 MB and ~10 MB
 *    (many files built from samples/ and, when present, ../shared/corpus),
 *    against raw `unified().use(remarkParse).parse` of the same text (the
 *    floor of any remark-based tool), markdownlint-cli2 and textlint with
 *    textlint-rule-terminology; and the core's analysis of the same files
 *    against remark's parse of them in this warm process, which shows what
 *    the checks add without start-up or the engine's warm-up.
 * 2. The language server over stdio with a 1 MB draft open (alone, then as
 *    the main text of a draft of two files): single-character
 *    incremental didChange → fresh diagnostics (p50/p95 of 200 edits at
 *    random places), completion and hover p95, spawn → initialize answered,
 *    peak RSS; and the core's own incremental re-analysis against a full one,
 *    on that draft and on one written as a single numbered list.
 * 3. The language server reading ten closed drafts for a first find
 *    references, while an open draft is edited: each edit's diagnostics
 *    against the time the reading takes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { DEFAULT_CONFIG, buildModel, lintModel, updateModel } from '../../server/src/core/index';
import { TestClient } from '../support/lspClient';
import { CLI_V8_FLAGS } from '../../server/src/cli/engine';
import { buildSync } from 'esbuild';
import { CompletionRequest, HoverRequest, ReferencesRequest } from 'vscode-languageserver-protocol/node';

const ROOT = join(__dirname, '..', '..');
const OUT = join(tmpdir(), 'compact-lint-bench');
const quick = process.argv.includes('--quick');
/** `--editor`: only the core and language-server tables, for checking editing latency quickly. */
const editorOnly = process.argv.includes('--editor');
/** `--keep`: leave the generated corpora in place (for profiling) and print where they are. */
const keep = process.argv.includes('--keep');

function sources(): string[] {
  const dirs = [join(ROOT, 'samples'), join(ROOT, '..', 'shared', 'corpus')];
  const texts: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d, { recursive: true }) as string[]) if (f.endsWith('.md') && !f.endsWith('README.md')) texts.push(readFileSync(join(d, f), 'utf8'));
  }
  return texts;
}

/** Writes about `bytes` of Markdown as files of ~30 KB; returns the folder and its texts. */
function corpus(name: string, bytes: number, texts: readonly string[]): { dir: string; files: string[] } {
  const dir = join(OUT, 'corpora', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  let k = 0;
  while (total < bytes) {
    let body = '';
    while (body.length < Math.min(30000, bytes - total) && k < 1e6) body += (texts[k++ % texts.length] as string) + '\n\n';
    const text = `# File ${files.length}\n\n${body}`;
    writeFileSync(join(dir, `draft-${String(files.length).padStart(4, '0')}.md`), text);
    files.push(text);
    total += Buffer.byteLength(text);
  }
  return { dir, files };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

/** Node's arguments, and variables added to the environment. */
interface Command {
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

function timeCommand({ args, env }: Command, cwd: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
    if (r.error) throw r.error;
    times.push(performance.now() - t);
  }
  return median(times);
}

function mbps(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

/** Median wall times of commands run in turns, so that a change in the machine's load falls on all alike. */
function timeInTurns(commands: Command[], cwd: string, runs: number): number[] {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => (times[k] as number[]).push(timeCommand(c, cwd, 1)));
  return times.map(median);
}

/**
 * Median times of `a` and `b` run in turns, after one run of each to warm up:
 * a change in the machine's load falls on both alike, as for processes.
 */
function timeWarmInTurns(a: () => void, b: () => void, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  }
  return [median(ta), median(tb)];
}

async function cliTables(texts: string[]): Promise<string[]> {
  const sizes: [string, number][] = quick ? [['100 KB', 1e5], ['1 MB', 1e6]] : [['100 KB', 1e5], ['1 MB', 1e6], ['10 MB', 1e7]];
  const againstRemark = [
    '| corpus | files | remark-parse in-process, warm (MB/s) | Compact Lint analysis in-process, warm (MB/s) | analysis ÷ remark, warm | remark-parse-only process (MB/s) | the same with the CLI\'s V8 options (MB/s) | compact-lint CLI (MB/s) | CLI ÷ remark process | CLI ÷ remark process, same V8 options | CLI without compile cache (MB/s) | the same ÷ remark process |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const againstOthers = [
    '| corpus | compact-lint CLI (MB/s) | markdownlint-cli2 (MB/s) | textlint + terminology (MB/s) | CLI ÷ markdownlint | CLI ÷ textlint |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const parser = unified().use(remarkParse);
  const remarkOnly = join(OUT, 'remark-only.js');
  buildSync({ entryPoints: [join(__dirname, 'remarkOnly.ts')], outfile: remarkOnly, bundle: true, platform: 'node', format: 'cjs', minify: true, logLevel: 'silent' });
  for (const [label, bytes] of sizes) {
    const { dir, files } = corpus(label.replace(' ', ''), bytes, texts);
    const size = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
    // What the CLI does with each file once it has read it: the model, then every check.
    const [remark, analysis] = timeWarmInTurns(
      () => {
        for (const f of files) parser.parse(f);
      },
      () => {
        files.forEach((text, i) => lintModel(buildModel({ uri: `file:///corpus/${i}.md`, version: 1, text }, DEFAULT_CONFIG)));
      },
      bytes >= 1e7 ? 3 : 9,
    );
    // The CLI sets CLI_V8_FLAGS for itself; the remark-only process runs both without them and with them.
    // The CLI runs with its compile cache, made by the untimed run before (as from a user's second run on),
    // and without it (a first run, or NODE_DISABLE_COMPILE_CACHE=1).
    const cliArgs = [join(ROOT, 'dist/cli.js'), '--format', 'json', dir];
    timeCommand({ args: cliArgs }, ROOT, 1);
    const [cli, cold, floor, tuned] = timeInTurns(
      [{ args: cliArgs }, { args: cliArgs, env: { NODE_DISABLE_COMPILE_CACHE: '1' } }, { args: [remarkOnly, dir] }, { args: [...CLI_V8_FLAGS, remarkOnly, dir] }],
      ROOT,
      bytes >= 1e7 ? 3 : 15,
    ) as [number, number, number, number];
    const runs = bytes >= 1e7 ? 1 : 3;
    const mdl = timeCommand({ args: [join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), join(dir, '**/*.md')] }, ROOT, runs);
    const tl = timeCommand({ args: [join(ROOT, 'node_modules/textlint/bin/textlint.js'), '--rule', 'terminology', '-f', 'json', join(dir, '**/*.md')] }, ROOT, runs);
    againstRemark.push(
      `| ${label} | ${files.length} | ${mbps(size, remark)} | ${mbps(size, analysis)} | ${(remark / analysis).toFixed(2)}× | ${mbps(size, floor)} | ${mbps(size, tuned)} | ${mbps(size, cli)} | ${(floor / cli).toFixed(2)}× | ${(tuned / cli).toFixed(2)}× | ${mbps(size, cold)} | ${(floor / cold).toFixed(2)}× |`,
    );
    againstOthers.push(`| ${label} | ${mbps(size, cli)} | ${mbps(size, mdl)} | ${mbps(size, tl)} | ${(mdl / cli).toFixed(2)}× | ${(tl / cli).toFixed(2)}× |`);
    process.stderr.write(`  ${label}: done\n`);
  }
  return [...againstRemark, '', ...againstOthers];
}

function oneMegabyteDraft(texts: string[]): string {
  let t = '# Draft compact\n\n';
  let k = 0;
  while (t.length < 1e6) t += (texts[k++ % texts.length] as string) + '\n\n';
  return t;
}

/**
 * The same texts as a draft of numbered paragraphs with no heading between
 * them, one Markdown list of 1 MB: each of its items is a block of its own
 * (see core/parse/blocks.ts), so an edit re-parses the items around it.
 */
function oneNumberedList(texts: string[]): string {
  const paragraphs = texts.flatMap((t) => t.split(/\n[ \t]*\n/)).filter((p) => /^[A-Za-z]/.test(p));
  let t = '';
  for (let k = 0; t.length < 1e6; k++) t += `${k + 1}. ${(paragraphs[k % paragraphs.length] as string).replace(/\n/g, '\n   ')}\n\n`;
  return t;
}

function coreTable(draft: string, title = 'core, 1 MB draft'): string[] {
  const parser = unified().use(remarkParse);
  const fullParse: number[] = [];
  const fullModel: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    parser.parse(draft);
    fullParse.push(performance.now() - t);
    t = performance.now();
    lintModel(buildModel({ uri: 'b', version: 0, text: draft }, DEFAULT_CONFIG));
    fullModel.push(performance.now() - t);
  }
  let text = draft;
  let model = buildModel({ uri: 'b', version: 0, text }, DEFAULT_CONFIG);
  const inc: number[] = [];
  for (let i = 1; i <= 200; i++) {
    const at = Math.floor(Math.random() * text.length);
    text = text.slice(0, at) + 'x' + text.slice(at);
    const t = performance.now();
    model = updateModel(model, { uri: 'b', version: i, text }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: 1 }]);
    lintModel(model);
    inc.push(performance.now() - t);
  }
  return [
    `| ${title} | ms |`,
    '| --- | --- |',
    `| remark-parse of the whole draft (median of 3) | ${median(fullParse).toFixed(0)} |`,
    `| full analysis: parse + model + all checks (median of 3) | ${median(fullModel).toFixed(0)} |`,
    `| incremental re-analysis after a 1-character edit, p50 | ${pct(inc, 50).toFixed(1)} |`,
    `| incremental re-analysis after a 1-character edit, p95 | ${pct(inc, 95).toFixed(1)} |`,
    `| ratio full ÷ incremental p95 | ${(median(fullModel) / pct(inc, 95)).toFixed(0)}× |`,
  ];
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * The language server with the 1 MB draft open. With `member`, the draft is
 * the main text of a draft of two files, named by the folder's
 * `.compact-lint.json` (`draft.files`), whose annex is on disk: each lint
 * reads the annex's model as well, and the configuration is asked for with
 * the editor's settings and without them in turns; only the edits are timed.
 */
async function serverTable(draft: string, member = false): Promise<string[]> {
  const dir = join(OUT, member ? 'server-draft' : 'server');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (member) {
    writeFileSync(join(dir, '.compact-lint.json'), JSON.stringify({ draft: { files: ['draft.md', 'annex.md'] } }));
    writeFileSync(join(dir, 'annex.md'), '# Annex\n\nThe actions of objective 1 follow.\n');
  }
  const t0 = performance.now();
  const client = await TestClient.start({ root: dir });
  const init = performance.now() - t0;
  const uri = pathToFileURL(join(dir, 'draft.md')).href;
  // A completion site and a hover site the edits never touch.
  let text = 'Aligned with SDG target 10.\n\n' + draft;
  await client.open(uri, text, 1);
  await client.diagnosticsFor(uri, 1);
  const lines = text.split('\n');
  const latency: number[] = [];
  for (let v = 2; v <= 201; v++) {
    const line = 3 + Math.floor(Math.random() * (lines.length - 4));
    const character = Math.floor(Math.random() * ((lines[line] ?? '').length + 1));
    const t = performance.now();
    await client.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
    await client.diagnosticsFor(uri, v);
    latency.push(performance.now() - t);
    lines[line] = (lines[line] ?? '').slice(0, character) + 'x' + (lines[line] ?? '').slice(character);
  }
  text = lines.join('\n');
  if (member) {
    await client.stop();
    return [
      '| language server, 1 MB draft open as the main text of a draft of two files | figure |',
      '| --- | --- |',
      `| 1-character didChange → fresh diagnostics, p50 (200 edits, debounce 50 ms included) | ${pct(latency, 50).toFixed(0)} ms |`,
      `| 1-character didChange → fresh diagnostics, p95 | ${pct(latency, 95).toFixed(0)} ms |`,
    ];
  }
  const completion: number[] = [];
  const hover: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 27 } });
    completion.push(performance.now() - t);
    if (i === 0 && (!items || !('items' in items ? items.items : items).length)) throw new Error('no completion items');
    t = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 14 } });
    hover.push(performance.now() - t);
  }
  const rss = peakRss(client.process.pid ?? 0);
  await client.stop();
  return [
    '| language server, 1 MB draft open | figure |',
    '| --- | --- |',
    `| spawn → initialize answered | ${init.toFixed(0)} ms |`,
    `| 1-character didChange → fresh diagnostics, p50 (200 edits, debounce 50 ms included) | ${pct(latency, 50).toFixed(0)} ms |`,
    `| 1-character didChange → fresh diagnostics, p95 | ${pct(latency, 95).toFixed(0)} ms |`,
    `| completion p95 | ${pct(completion, 95).toFixed(1)} ms |`,
    `| hover p95 | ${pct(hover, 95).toFixed(1)} ms |`,
    `| peak RSS of the server process | ${rss.toFixed(0)} MB |`,
  ];
}

/**
 * The first find references of a symbol that other documents may cite reads
 * every Markdown file of the workspace. A small draft is edited, one
 * character at a time, while the server reads ten closed drafts of about
 * 240 KB: each edit's diagnostics against the time the reading takes, which
 * is what they would wait if the server read the files in one go.
 */
async function workspaceTable(draft: string): Promise<string[]> {
  const dir = join(OUT, 'workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const closed = draft.slice(0, draft.lastIndexOf('\n\n', 240_000) + 1);
  for (let i = 0; i < 10; i++) writeFileSync(join(dir, `closed-${i}.md`), closed);
  const client = await TestClient.start({ root: dir });
  const uri = pathToFileURL(join(dir, 'open.md')).href;
  const text = 'Aligned with SDG target 10.7.\n';
  await client.open(uri, text, 1);
  await client.diagnosticsFor(uri, 1);
  let answered = false;
  const t0 = performance.now();
  const refs = client.connection
    .sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 0, character: 25 }, context: { includeDeclaration: true } })
    .then((r) => {
      answered = true;
      return { ms: performance.now() - t0, found: r?.length ?? 0 };
    });
  const latency: number[] = [];
  for (let v = 2; !answered; v++) {
    const t = performance.now();
    await client.change(uri, v, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }]);
    await client.diagnosticsFor(uri, v);
    if (!answered) latency.push(performance.now() - t);
  }
  const { ms, found } = await refs;
  await client.stop();
  if (found === 0 || latency.length === 0) throw new Error(`the workspace bench measured nothing: ${found} references, ${latency.length} edits`);
  return [
    '| language server, first find references over ten closed drafts of 240 KB | figure |',
    '| --- | --- |',
    `| find references answered (${found} found) | ${ms.toFixed(0)} ms |`,
    `| 1-character didChange → fresh diagnostics meanwhile, p50 (${latency.length} edits, debounce 50 ms included) | ${pct(latency, 50).toFixed(0)} ms |`,
    `| the same, slowest | ${Math.max(...latency).toFixed(0)} ms |`,
    `| reading time ÷ slowest diagnostics | ${(ms / Math.max(...latency)).toFixed(1)}× |`,
  ];
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('run `npm run build` first');
  const texts = sources();
  if (texts.length === 0) throw new Error('no sample texts found');
  // The CLI's compile cache goes with the corpora, not into the user's cache folder (where XDG applies: Linux).
  process.env.XDG_CACHE_HOME = join(OUT, 'cache');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out: string[] = [`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`, ''];
  // The core is measured first, in a heap that holds nothing else, as in the language server;
  // the CLI table's in-process remark baseline leaves hundreds of megabytes of garbage behind.
  const draft = oneMegabyteDraft(texts);
  process.stderr.write('core…\n');
  const core = [...coreTable(draft), '', ...coreTable(oneNumberedList(texts), 'core, 1 MB draft written as one numbered list')];
  if (!editorOnly) {
    process.stderr.write('CLI throughput…\n');
    out.push(...(await cliTables(texts)), '');
  }
  out.push(...core, '');
  process.stderr.write('server…\n');
  out.push(...(await serverTable(draft)), '');
  out.push(...(await serverTable(draft, true)), '');
  process.stderr.write('workspace…\n');
  out.push(...(await workspaceTable(draft)));
  console.log(out.join('\n'));
  if (keep) process.stderr.write(`corpora kept in ${OUT}\n`);
  else rmSync(OUT, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

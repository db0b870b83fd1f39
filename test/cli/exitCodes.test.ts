import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI, runCli, tempTree } from '../support/cli';

const CLEAN = '# Draft\n\nIn line with SDG target 10.7.\n';
const BROKEN = '# Draft\n\nIn line with SDG target 10.12.\n';

describe('CLI: exit codes and messages', () => {
  it('exits 0 on a clean draft', () => {
    const dir = tempTree({ 'draft.md': CLEAN });
    const r = runCli(['draft.md'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /No problems in 1 file/);
    // Nothing on standard error, not even from the V8 options the CLI sets for itself.
    assert.equal(r.stderr, '');
  });

  it('exits 1 on lint errors and prints line:col severity message id', () => {
    const dir = tempTree({ 'draft.md': BROKEN });
    const r = runCli(['draft.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^draft\.md$/m);
    assert.match(r.stdout, /^ {2}3:25 {2}error {2}SDG target 10\.12 does not exist\..* {2}sdg\/unknown-target$/m);
    assert.match(r.stdout, /1 problem \(1 error, 0 warnings\) in 1 file/);
  });

  it('lints **/*.md by default, skipping node_modules and .git', () => {
    const dir = tempTree({ 'a.md': BROKEN, 'sub/b.md': BROKEN, 'node_modules/x/c.md': BROKEN, '.git/d.md': BROKEN, 'notes.txt': BROKEN });
    const r = runCli(['--format', 'json'], dir);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath.slice(dir.length + 1)).sort();
    assert.deepEqual(files, ['a.md', 'sub/b.md']);
  });

  it('expands globs and folders', () => {
    const dir = tempTree({ 'drafts/a.md': CLEAN, 'drafts/b.markdown': CLEAN, 'other/c.md': CLEAN });
    assert.match(runCli(['drafts'], dir).stdout, /No problems in 2 files/);
    assert.match(runCli(['**/c.md'], dir).stdout, /No problems in 1 file/);
  });

  it('leaves out what a pattern starting with "!" names: the files of a glob, or a folder', () => {
    const dir = tempTree({ 'drafts/a.md': CLEAN, 'drafts/old/b.md': BROKEN, 'other/c.md': BROKEN, '!odd.md': CLEAN });
    const files = (args: string[]): string[] => (JSON.parse(runCli(['--format', 'json', ...args], dir).stdout) as { filePath: string }[]).map((f) => relative(dir, f.filePath)).sort();
    assert.deepEqual(files(['**/*.md', '!other/**', '!drafts/old']), ['!odd.md', join('drafts', 'a.md')]);
    assert.deepEqual(files(['!**/b.md']), ['!odd.md', join('drafts', 'a.md'), join('other', 'c.md')]);
    // A file whose name starts with "!" is itself.
    assert.deepEqual(files(['!odd.md']), ['!odd.md']);
    // A glob that matches folders leaves out what they hold.
    assert.deepEqual(files(['.', '!**/old']), ['!odd.md', join('drafts', 'a.md'), join('other', 'c.md')]);
    assert.deepEqual(files(['drafts', '!d*']), []);
  });

  it('exits 2 when the patterns starting with "!" leave out every file', () => {
    const dir = tempTree({ 'drafts/a.md': BROKEN });
    const r = runCli(['drafts', '!drafts'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No files left to lint: "!drafts" leaves out every file the other arguments give\./);
  });

  it('lints a file once however many folder links lead to it', function () {
    if (process.platform === 'win32') this.skip(); // folder links need privileges there
    const dir = tempTree({ 'd/a.md': BROKEN });
    symlinkSync('.', join(dir, 'd', 'again'), 'dir');
    symlinkSync('..', join(dir, 'd', 'up'), 'dir');
    const r = runCli(['--format', 'json', 'd', 'd/a.md', 'd/again/a.md'], dir);
    assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), [join(dir, 'd', 'a.md')]);
  });

  it('exits 2 with a clear message for a missing file or an empty folder, never a stack trace', () => {
    const dir = tempTree({ 'empty/readme.txt': 'x' });
    const missing = runCli(['nope.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: "nope\.md"/);
    const empty = runCli(['empty'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /No Markdown files .* in folder "empty"/);
    assert.doesNotMatch(missing.stderr + empty.stderr, /at .*\.js:\d+/);
    assert.equal(missing.stdout + empty.stdout, '', 'no "No problems in 0 files" after an error');
  });

  it('exits 2 on usage errors', () => {
    const dir = tempTree({ 'a.md': CLEAN });
    const r = runCli(['--format', 'xml', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown format "xml"/);
    assert.equal(runCli(['--bogus'], dir).code, 2);
    assert.equal(runCli(['--max-warnings', 'many'], dir).code, 2);
  });

  it('exits 2 on a broken configuration, naming file, line and problem, and still lints', () => {
    const dir = tempTree({ '.compact-lint.json': '{\n  "spelling": "klingon",\n  "checks": { "sdg/unknown-target": "off" }\n}\n', 'a.md': BROKEN });
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.compact-lint\.json:2:15: Invalid value for "spelling": expected one of "un", "us", "en-gb-ise", "off"\./);
    assert.match(r.stdout, /No problems in 1 file/, 'the valid part of the configuration still applies');
    const json = tempTree({ '.compact-lint.json': '{ "checks": { ', 'a.md': CLEAN });
    const j = runCli(['a.md'], json);
    assert.equal(j.code, 2);
    assert.match(j.stderr, /\.compact-lint\.json:1:\d+: Invalid JSON/);
  });

  it('reads a configuration saved with a byte order mark, and places its problems as editors show the file', () => {
    const dir = tempTree({ '.compact-lint.json': '\ufeff{ "checks": { "sdg/unknown-target": "off" } }\n', 'a.md': BROKEN });
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const bad = tempTree({ '.compact-lint.json': '\ufeff{ "spelling": "klingon" }\n', 'a.md': CLEAN });
    assert.match(runCli(['a.md'], bad).stderr, /\.compact-lint\.json:1:15: Invalid value for "spelling"/);
  });

  it('says a configuration nested too deeply is so, and lints with the defaults', () => {
    const dir = tempTree({ '.compact-lint.json': `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`, 'a.md': BROKEN });
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.compact-lint\.json:1:1: Cannot read configuration file: its JSON is nested too deeply\./);
    assert.match(r.stdout, /sdg\/unknown-target/);
  });

  it('exits 2 naming each folder it cannot read, and lints the rest', function () {
    const dir = tempTree({ 'a.md': CLEAN, 'locked/b.md': BROKEN, 'open/c.md': CLEAN });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      // Root reads every folder: the runs are then made as the user "nobody", through setpriv.
      const command = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
      const spawn = (args: string[]) => spawnSync(command[0] as string, [...command.slice(1), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
      if (spawn(['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`]).status !== 0) this.skip(); // no setpriv here, or the build is not readable by "nobody"
      const run = (args: string[]) => {
        const r = spawn([CLI, ...args]);
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      const all = run(['.']);
      assert.equal(all.code, 2, all.stderr);
      assert.equal(all.stderr, 'compact-lint: Cannot read folder "locked": the files in it were not linted.\n');
      assert.match(all.stdout, /No problems in 2 files/);
      const locked = run(['locked']);
      assert.equal(locked.code, 2);
      assert.equal(locked.stderr, 'compact-lint: Cannot read folder "locked".\n');
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('exits 2 and lints nothing when the configuration file named by --config is not there', () => {
    const dir = tempTree({ 'a.md': 'The labor market.\n' });
    for (const args of [['-c', 'nope.json', 'a.md'], ['-c', 'nope.json', '--fix', 'a.md']]) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Cannot read the configuration file "nope\.json": no such file\. Nothing was linted\./);
      assert.equal(r.stdout, '');
    }
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'The labor market.\n');
  });

  it('exits 2 when a configuration file cannot be read, naming it', () => {
    const dir = tempTree({ '.compact-lint.json/placeholder': '', 'a.md': CLEAN });
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.compact-lint\.json:1:1: Cannot read configuration file: not a file\./);
    assert.match(r.stdout, /No problems in 1 file/);
  });

  it('reads a configuration through a symbolic link, and names one that leads nowhere or in a loop', () => {
    const dir = tempTree({ 'shared/settings.json': '{ "checks": { "sdg/unknown-target": "off" } }', 'a/a.md': BROKEN, 'b/b.md': BROKEN, 'c/c.md': BROKEN });
    symlinkSync('../shared/settings.json', join(dir, 'a', '.compact-lint.json'));
    symlinkSync('../shared/moved.json', join(dir, 'b', '.compact-lint.json'));
    symlinkSync('.compact-lint.json', join(dir, 'c', '.compact-lint.json'));
    const a = runCli(['a/a.md'], dir);
    assert.equal(a.code, 0, a.stderr);
    const b = runCli(['b/b.md'], dir);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /b\/\.compact-lint\.json:1:1: Cannot read configuration file: it is a symbolic link to a file that does not exist\./);
    assert.match(b.stdout, /sdg\/unknown-target/);
    const c = runCli(['c/c.md'], dir);
    assert.equal(c.code, 2);
    assert.match(c.stderr, /c\/\.compact-lint\.json:1:1: Cannot read configuration file: it is a symbolic link that leads back to itself\./);
    assert.match(runCli(['--config', 'b/.compact-lint.json', 'a/a.md'], dir).stderr, /symbolic link to a file that does not exist/);
  });

  it('refuses an empty path, as from a variable left unset, instead of linting the current folder', () => {
    const dir = tempTree({ 'a.md': BROKEN });
    for (const args of [[''], ['a.md', ' ']]) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2, JSON.stringify(args));
      assert.match(r.stderr, /An empty path was given/);
      assert.equal(r.stdout, '');
    }
  });

  it('names what is wrong with a path that exists but cannot be linted', function () {
    if (process.platform === 'win32') this.skip(); // named pipes and file links work otherwise there
    const dir = tempTree({ 'node_modules/x/a.md': BROKEN });
    symlinkSync('l2.md', join(dir, 'l1.md'));
    symlinkSync('l1.md', join(dir, 'l2.md'));
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    const r = runCli(['l1.md', 'fifo.md', 'node_modules/x/*.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"l1\.md" is a symbolic link that leads back to itself/);
    assert.match(r.stderr, /Not a file or folder that can be linted: "fifo\.md"/);
    assert.match(r.stderr, /No files match "node_modules\/x\/\*\.md" \(globs pass over node_modules folders/);
  });

  it('names a wrong option or a missing value in its own words, with exit code 2', () => {
    const dir = tempTree({ 'a.md': CLEAN });
    const cases: [string[], string][] = [
      [['--bogus'], 'Unknown option "--bogus" (a file whose name starts with "-" goes after "--": compact-lint -- --bogus).'],
      [['--quiet=1'], 'The option "--quiet" takes no value.'],
      [['--format'], 'The option "--format" needs a value.'],
      [['--max-warnings', '-1.0'], 'The value of "--max-warnings" starts with "-": write it as --max-warnings=VALUE.'],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.split('\n')[0], `compact-lint: ${message}`, args.join(' '));
    }
  });

  it('refuses an empty --config and a --format named after a property of every object', () => {
    const dir = tempTree({ 'a.md': CLEAN });
    for (const args of [['-c', '', 'a.md'], ['--config=', 'a.md'], ['-f', 'toString', 'a.md'], ['-f', '__proto__', 'a.md']]) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /--config needs a file name|Unknown format/, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('takes from a glob the files it matches, not what a folder with a matching name holds', () => {
    const dir = tempTree({ 'a.md': CLEAN, 'dir.md/image.png': '\u0000PNG', 'dir.md/inner.md': BROKEN });
    const r = runCli(['--format', 'json', '**/*.md'], dir);
    assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath.slice(dir.length + 1)).sort(), ['a.md', 'dir.md/inner.md']);
  });

  it('reads a glob that ends with "/" as folders, as a shell does, and lints the Markdown files they hold', () => {
    const dir = tempTree({ 'top.md': BROKEN, 'drafts/a/one.md': CLEAN, 'drafts/b/two.md': CLEAN, 'drafts/loose.md': BROKEN, 'drafts/empty/notes.txt': BROKEN });
    const files = (args: string[]): string[] => (JSON.parse(runCli(['--format', 'json', ...args], dir).stdout) as { filePath: string }[]).map((f) => relative(dir, f.filePath)).sort();
    assert.deepEqual(files(['drafts/*/']), [join('drafts', 'a', 'one.md'), join('drafts', 'b', 'two.md')]);
    assert.deepEqual(files(['*/']), [join('drafts', 'a', 'one.md'), join('drafts', 'b', 'two.md'), join('drafts', 'loose.md')]);
    const none = runCli(['x*/'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No folders match "x\*\/"\./);
    const empty = runCli(['drafts/e*/'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /No Markdown files \(\*\.md, \*\.markdown\) in the folders "drafts\/e\*\/" matches\./);
  });

  it('takes from a glob its Markdown files, and other files only where it writes their extension', () => {
    const dir = tempTree({ 'docs/a.md': CLEAN, 'docs/b.markdown': CLEAN, 'docs/logo.png': '\u0000PNG', 'docs/data.json': '{"target": "10.12"}', 'docs/notes.txt': BROKEN, 'docs/LICENSE': BROKEN });
    const files = (args: string[]): string[] => (JSON.parse(runCli(['--format', 'json', ...args], dir).stdout) as { filePath: string }[]).map((f) => relative(dir, f.filePath)).sort();
    assert.deepEqual(files(['docs/**']), [join('docs', 'a.md'), join('docs', 'b.markdown')]);
    assert.deepEqual(files(['docs/*.txt']), [join('docs', 'notes.txt')]);
    assert.deepEqual(files(['docs/*.{md,txt}']), [join('docs', 'a.md'), join('docs', 'notes.txt')]);
    const r = runCli(['docs/*.{png,json}', 'docs/L*'], dir);
    assert.equal(r.code, 2);
    // The extensions the glob writes are taken; a file with none is not.
    assert.match(r.stdout, /docs.logo\.png\n.*File not analysed: it contains NUL bytes/);
    assert.match(r.stdout, /in 2 files\.$/m);
    assert.match(r.stderr, /No Markdown files match "docs\/L\*": it matches 1 other file, which is not linted \(name a file, or write its extension in the glob, to lint it\)\./);
  });

  it('names a glossary concept disabled in vain, and accepts one that a parent configuration adds', () => {
    const dir = tempTree({
      '.compact-lint.json': '{ "glossary": { "add": [{ "id": "house-term", "preferred": "house term" }] } }',
      'annex/.compact-lint.json': '{\n  "glossary": { "disable": ["house-term", "member-state"] }\n}\n',
      'annex/a.md': CLEAN,
    });
    const r = runCli(['annex/a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /annex.\.compact-lint\.json:2:43: Unknown glossary concept "member-state" in "glossary\.disable": it disables nothing\. Did you mean "member-states"\?/);
    assert.doesNotMatch(r.stderr, /house-term/);
  });

  it('names a pattern of draft.files that matches no Markdown file, relative to its configuration file', () => {
    const dir = tempTree({
      'draft/.compact-lint.json': '{\n  "draft": { "files": ["main.md", "annexes/*.md", "annex-b.md"] }\n}\n',
      'draft/main.md': CLEAN,
      'draft/annexes/annex-a.md': CLEAN,
    });
    const r = runCli(['draft/main.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /draft.\.compact-lint\.json:2:51: "annex-b\.md" in "draft\.files" matches no Markdown file \(its paths are relative to this configuration file's folder\)\./);
    assert.doesNotMatch(r.stderr, /main\.md"|annexes/);
    writeFileSync(join(dir, 'draft/annex-b.md'), CLEAN);
    assert.equal(runCli(['draft/main.md'], dir).code, 0);
  });

  it('says once that a configuration saved as UTF-16 must be saved as UTF-8', () => {
    const json = '{ "checks": { "sdg/unknown-goal": "off" } }';
    const dir = tempTree({ 'a.md': BROKEN });
    writeFileSync(join(dir, '.compact-lint.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'compact-lint: .compact-lint.json:1:1: Cannot read configuration file: it is UTF-16 text, or binary; save it as UTF-8.\n');
  });

  it('says which keys of a configuration are given twice', () => {
    const dir = tempTree({ '.compact-lint.json': '{\n  "checks": { "sdg/unknown-target": "off" },\n  "checks": { "sdg/unknown-goal": "off" }\n}\n', 'a.md': BROKEN });
    const r = runCli(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.compact-lint\.json:3:3: Duplicate key "checks": only its last value is used\./);
    assert.match(r.stdout, /sdg\/unknown-target/);
  });

  it('applies cascading configuration: a nearer file merges over its parent until root', () => {
    const dir = tempTree({
      '.compact-lint.json': '{ "checks": { "sdg/unknown-goal": "warning" } }',
      'annex/.compact-lint.json': '{ "checks": { "sdg/unknown-target": "off" } }',
      'annex/a.md': 'SDG 18 and SDG target 10.12\n',
      'rooted/.compact-lint.json': '{ "root": true }',
      'rooted/b.md': 'SDG 18\n',
    });
    const r = JSON.parse(runCli(['--format', 'json', 'annex/a.md', 'rooted/b.md'], dir).stdout) as { messages: { ruleId: string; severity: number }[] }[];
    assert.deepEqual(r[0]!.messages.map((m) => [m.ruleId, m.severity]), [['sdg/unknown-goal', 1]]);
    assert.deepEqual(r[1]!.messages.map((m) => [m.ruleId, m.severity]), [['sdg/unknown-goal', 2]]);
  });

  it('--config replaces discovery', () => {
    const dir = tempTree({ 'strict.json': '{ "checks": { "sdg/unknown-target": "off" } }', 'a.md': BROKEN });
    assert.equal(runCli(['--config', 'strict.json', 'a.md'], dir).code, 0);
    const missing = runCli(['--config', 'missing.json', 'a.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read the configuration file "missing\.json": no such file\. Nothing was linted\./);
  });

  it('--max-warnings and --quiet', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "checks": { "sdg/unknown-target": "warning" } }', 'a.md': BROKEN });
    assert.equal(runCli(['a.md'], dir).code, 0);
    assert.equal(runCli(['--max-warnings', '1', 'a.md'], dir).code, 0);
    const over = runCli(['--max-warnings', '0', 'a.md'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warning, more than --max-warnings 0/);
    const quiet = runCli(['--quiet', 'a.md'], dir);
    assert.equal(quiet.code, 0);
    assert.doesNotMatch(quiet.stdout, /sdg\/unknown-target/);
    assert.match(quiet.stdout, /✔ No errors in 1 file \(1 warning not shown: --quiet\)\./);
    assert.equal(runCli(['--quiet', '--max-warnings', '0', 'a.md'], dir).code, 1, 'hidden warnings still count');
    assert.equal(runCli(['--max-warnings', '-1', 'a.md'], dir).code, 0, '-1 sets no limit, as in ESLint');
    assert.equal(runCli(['--max-warnings', '-2', 'a.md'], dir).code, 2);
  });

  it('reads standard input with "-" and reports it under --stdin-filename', () => {
    const dir = tempTree({});
    const r = runCli(['--stdin-filename', 'draft.md', '-'], dir, BROKEN);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^draft\.md$/m);
    // Without "-", --stdin-filename would be ignored and the whole folder linted instead.
    const stray = runCli(['--stdin-filename', 'draft.md'], dir, BROKEN);
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /--stdin-filename names standard input: give "-"/);
    // Standard input cannot be fixed: it is linted, with a note.
    const fix = runCli(['--fix', '-'], dir, BROKEN);
    assert.equal(fix.code, 1);
    assert.match(fix.stderr, /standard input is linted, not fixed/);
  });

  it('with "-", takes exclusions away from what is named, never adds the working folder, and leaves out standard input an exclusion names', () => {
    const dir = tempTree({ 'other.md': 'The center.\n', 'archived.md': 'The defense.\n' });
    const alone = runCli(['--format', 'json', '-', '!archived.md'], dir, 'The labor.\n');
    assert.deepEqual(JSON.parse(alone.stdout).map((f: { filePath: string }) => f.filePath), ['<stdin>']);
    const fixed = runCli(['--fix', '-', '!archived.md'], dir, 'The labor.\n');
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(readFileSync(join(dir, 'other.md'), 'utf8'), 'The center.\n');
    const named = runCli(['--format', 'json', '--stdin-filename', 'x.md', '-', 'other.md', '!x.md'], dir, 'The labor.\n');
    assert.deepEqual(JSON.parse(named.stdout).map((f: { filePath: string }) => f.filePath.split('/').pop()), ['other.md']);
    assert.match(named.stderr, /standard input, named "x\.md", is left out by an exclusion/);
    // Left out and nothing else named: nothing is linted, which must not pass unnoticed.
    const nothing = runCli(['--format', 'sarif', '--stdin-filename', 'x.md', '-', '!x.md'], dir, 'The labor.\n');
    assert.equal(nothing.code, 2, nothing.stderr);
    assert.match(nothing.stderr, /No files left to lint: standard input, named "x\.md", is left out by an exclusion and not linted, and no file is named\./);
    assert.equal(JSON.parse(nothing.stdout).runs[0].invocations[0].executionSuccessful, false);
    // Exclusions that leave out every file named still leave standard input to lint.
    const only = runCli(['--format', 'json', '-', 'other.md', '!other.md'], dir, 'The labor.\n');
    assert.equal(only.code, 0, only.stderr);
    assert.deepEqual(JSON.parse(only.stdout).map((f: { filePath: string }) => f.filePath), ['<stdin>']);
  });

  it('takes an exclusion that names a loop of symbolic links for a pattern that leaves nothing out, not for an internal error', () => {
    const dir = tempTree({ 'a.md': 'The labor.\n' });
    symlinkSync('loop', join(dir, 'loop'));
    for (const args of [['a.md', '!loop'], ['a.md', '!loop/x.md'], ['--stdin-filename', 'b.md', '-', '!loop']]) {
      const r = runCli(['--format', 'json', ...args], dir, 'The labor.\n');
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(JSON.parse(r.stdout).length, 1);
    }
  });

  it('reads a glob from the folder it names, above the working folder too, and leaves out what an exclusion names there', () => {
    const dir = tempTree({ 'a/1.md': 'The labor.\n', 'a/archive/old.md': 'The labor.\n', 'b/2.md': 'The labor.\n', 'node_modules/m/3.md': 'The labor.\n' });
    const from = join(dir, 'a');
    const files = (args: string[]): string[] => {
      const r = runCli(['--format', 'json', ...args], from);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => relative(dir, f.filePath)).sort();
    };
    const all = [join('a', '1.md'), join('a', 'archive', 'old.md'), join('b', '2.md')];
    assert.deepEqual(files(['../**/*.md']), all);
    assert.deepEqual(files([`${dir}/**/*.md`]), all);
    assert.deepEqual(files(['../**/1.md']), [join('a', '1.md')]);
    assert.deepEqual(files(['..', '!../**/archive']), [join('a', '1.md'), join('b', '2.md')]);
  });

  it('reads a glob through folders named with parentheses or braces as they are written, to include or to exclude', () => {
    const dir = tempTree({ 'Drafts (2024)/a.md': 'The labor.\n', 'GCM {rev}/b.md': 'The labor.\n', 'plain/c.md': 'The labor.\n' });
    const files = (args: string[]): string[] => {
      const r = runCli(['-f', 'github', ...args], dir);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return r.stdout.split('\n').filter(Boolean).map((l) => /file=([^,]+)/.exec(l)?.[1] ?? l);
    };
    assert.deepEqual(files(['Drafts (2024)/*.md']), ['Drafts (2024)/a.md']);
    assert.deepEqual(files(['GCM {rev}/*.md']), ['GCM {rev}/b.md']);
    assert.deepEqual(files([`${dir}/GCM {rev}/*.md`]), ['GCM {rev}/b.md']);
    assert.deepEqual(files(['.', '!Drafts (2024)/*.md', '!GCM {rev}/*.md']), ['plain/c.md']);
    // What globs give a meaning to still has it where no folder is named so.
    assert.deepEqual(files(['{plain,archive}/*.md']), ['plain/c.md']);
  });

  it('passes over a link to a pipe or a device that a folder or a glob gives, which would be read forever', function () {
    if (process.platform === 'win32') this.skip(); // no mkfifo, no /dev/zero
    const dir = tempTree({ 'a.md': 'The labor.\n', 'only/.keep': '' });
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync('fifo', join(dir, 'pipe.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    symlinkSync('/dev/zero', join(dir, 'only', 'zero.md'));
    for (const args of [['.'], ['*.md']]) {
      const r = runCli(['--format', 'json', ...args], dir);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath.split('/').pop()), ['a.md']);
    }
    const only = runCli(['only'], dir);
    assert.equal(only.code, 2);
    assert.match(only.stderr, /No Markdown files \(\*\.md, \*\.markdown\) in folder "only"/);
  });

  it('reports and excludes a file by one path whichever spelling leads to it, when the working folder is reached through a link', () => {
    const dir = tempTree({ 'sub/s.md': 'The labor.\n', 'sub/t.markdown': 'The labor.\n' });
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    try {
      const files = (args: string[]): string[] => runCli(['-f', 'github', ...args], link).stdout.split('\n').filter(Boolean).map((l) => /file=([^,]+)/.exec(l)?.[1] ?? l);
      assert.deepEqual(files([`${link}/sub`]), ['sub/s.md', 'sub/t.markdown']);
      assert.deepEqual(files(['sub', `!${link}/sub/t.markdown`]), ['sub/s.md']);
      assert.deepEqual(files([`${link}/sub`, '!sub/t.markdown']), ['sub/s.md']);
      assert.deepEqual(files([`${dir}/sub`, '!sub/t.markdown']), ['sub/s.md']);
    } finally {
      rmSync(link);
    }
  });

  it('matches in a hidden folder that a glob names, "**" matching no folder too, and passes over hidden folders otherwise', () => {
    const dir = tempTree({ 'docs/.drafts/x.md': CLEAN, '.github/PR.md': CLEAN, '.notes/n.md': CLEAN, 'sub/s.md': CLEAN });
    const files = (glob: string): string[] => (JSON.parse(runCli(['--format', 'json', glob], dir).stdout) as { filePath: string }[]).map((f) => relative(dir, f.filePath));
    assert.deepEqual(files('**/.github/*.md'), ['.github/PR.md']);
    assert.deepEqual(files('docs/**/.drafts/*.md'), ['docs/.drafts/x.md']);
    assert.deepEqual(files('**/*.md'), ['sub/s.md']);
  });

  it('reads standard input as it reads a file: byte order mark dropped, UTF-16 and invalid UTF-8 reported', () => {
    const dir = tempTree({ 'bom.md': '\ufeffThe labor market.\n' });
    const asFile = runCli(['--format', 'github', 'bom.md'], dir);
    const asInput = runCli(['--format', 'github', '--stdin-filename', 'bom.md', '-'], dir, Buffer.from('\ufeffThe labor market.\n'));
    assert.match(asFile.stdout, /col=5/);
    assert.equal(asInput.stdout, asFile.stdout);
    const utf16 = runCli(['--format', 'json', '-'], dir, Buffer.from('\ufeffThe labor market.\n', 'utf16le'));
    assert.match(utf16.stdout, /it is UTF-16 text/);
    const latin1 = runCli(['--format', 'json', '-'], dir, Buffer.from('The labor \xe9t\xe9.\n', 'latin1'));
    assert.match(latin1.stdout, /not valid UTF-8/);
  });

  it('applies "maxFileSize" to standard input, reporting its whole size', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "maxFileSize": 2048 }' });
    const big = runCli(['--format', 'json', '-'], dir, Buffer.from('SDG 18\n'.repeat(3000)));
    assert.equal(big.code, 0);
    const [file] = JSON.parse(big.stdout) as { messages: { ruleId: string; message: string }[] }[];
    assert.deepEqual(file?.messages.map((m) => m.ruleId), ['document/not-analysed']);
    assert.match(file?.messages[0]?.message ?? '', /it is 20\.5 KB, over the limit of 2\.0 KB/);
    const atLimit = runCli(['--format', 'json', '-'], dir, Buffer.from('SDG 18\n'.repeat(292)));
    assert.equal(atLimit.code, 1, 'input within the limit is analysed');
    // Just over: sizes that would read alike in kilobytes are given in bytes.
    const over = runCli(['--format', 'json', '-'], dir, Buffer.from('SDG 18\n'.repeat(293)));
    assert.match(over.stdout, /it is 2,051 bytes, over the limit of 2,048 bytes/);
  });

  it('reports binary, invalid UTF-8, UTF-16 and oversized files without analysing them', () => {
    const dir = tempTree({
      'binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from([0x45, 0x74, 0x61, 0x74, 0xe9, 0x0a]),
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Draft\n\nSDG 18\n', 'utf16le')]),
      'big.md': 'SDG 18\n'.repeat(400),
      '.compact-lint.json': '{ "maxFileSize": 2048 }',
    });
    const r = runCli(['--format', 'json', 'binary.md', 'latin1.md', 'utf16.md', 'big.md'], dir);
    assert.equal(r.code, 0);
    const byFile = new Map((JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[]).map((f) => [f.filePath.slice(dir.length + 1), f.messages]));
    assert.match(byFile.get('binary.md')![0]!.message, /NUL bytes/);
    assert.match(byFile.get('latin1.md')![0]!.message, /not valid UTF-8/);
    assert.match(byFile.get('utf16.md')![0]!.message, /UTF-16 text\. Save it as UTF-8/);
    assert.match(byFile.get('big.md')![0]!.message, /over the limit/);
    for (const m of byFile.values()) assert.deepEqual(m.map((x) => x.ruleId), ['document/not-analysed']);
  });

  it('exits 2 when standard input is a folder, which cannot be read, instead of linting it as empty', function () {
    if (process.platform === 'win32') this.skip(); // a folder cannot be opened as a file there
    const dir = tempTree({ 'drafts/a.md': CLEAN });
    const folder = openSync(join(dir, 'drafts'), 'r');
    try {
      const r = spawnSync(process.execPath, [CLI, '-'], { cwd: dir, encoding: 'utf8', stdio: [folder, 'pipe', 'pipe'] });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^compact-lint: Cannot read standard input: it is a folder\.$/m);
      assert.doesNotMatch(r.stdout, /No problems/);
    } finally {
      closeSync(folder);
    }
  });

  it('exits 2 when its report cannot be written (a full disk), saying so, whatever the lint found', function () {
    // /dev/full, a device on which every write fails with ENOSPC, is Linux's.
    if (!existsSync('/dev/full')) this.skip();
    const dir = tempTree({ 'draft.md': CLEAN });
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['--format', 'json', 'draft.md'], ['--version']]) {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^compact-lint: cannot write the output: ENOSPC/);
        assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
      }
    } finally {
      closeSync(full);
    }
  });

  it('stops quietly when the reader of its output goes away, keeping the exit code', function () {
    if (process.platform === 'win32') this.skip(); // the pipeline below is bash's
    // More output than a pipe holds, so that writing outlives the reader.
    const dir = tempTree({ 'draft.md': `# Draft\n\n${'In line with SDG target 10.12.\n\n'.repeat(2000)}` });
    const r = spawnSync('bash', ['-c', `"$0" "$1" --format json draft.md | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`, process.execPath, CLI], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.trim(), '1');
  });

  it('prints help and version', () => {
    const dir = tempTree({});
    assert.match(runCli(['--help'], dir).stdout, /Usage: compact-lint/);
    assert.match(runCli(['--version'], dir).stdout, /^\d+\.\d+\.\d+/);
  });
});

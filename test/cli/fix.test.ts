/**
 * `compact-lint --fix` end to end: a fixture copied to a temporary folder is
 * fixed in place by the built CLI. The file must equal the fixture's
 * `.fixed.md`, only the lines with a finding that has a safe fix may change,
 * and the exit code reflects what is left.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, chownSync, linkSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFix } from '../../server/src/cli/writeFix';
import { readFixture } from '../support/fixture';
import { CLI, runCli, tempTree } from '../support/cli';
import { spawnSync } from 'node:child_process';

const FIXTURES = join(__dirname, '..', 'fixtures', 'terminology');
const SAFE = new Set(['terminology/spelling', 'terminology/fixed-term']);

describe('CLI --fix', () => {
  for (const name of ['spelling', 'fixed-term', 'deprecated-term']) {
    it(`applies the safe fixes of ${name}.md and nothing else`, () => {
      const fixture = readFixture(join(FIXTURES, `${name}.md`));
      const expected = readFixture(join(FIXTURES, `${name}.fixed.md`)).text;
      const dir = tempTree({ 'draft.md': fixture.text });
      const run = runCli(['--fix', 'draft.md'], dir);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
      assert.equal(fixed, expected);
      const before = fixture.text.split('\n');
      const after = fixed.split('\n');
      assert.equal(after.length, before.length);
      const fixable = new Set(fixture.expected.filter((e) => SAFE.has(e.checkId)).map((e) => e.line));
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
      assert.deepEqual(changed, [...fixable].sort((a, b) => a - b));
    });
  }

  it('leaves a file without safe fixes untouched and still reports what needs review', () => {
    const text = 'States shall not detain illegal migrants.\n';
    const dir = tempTree({ 'draft.md': text });
    const run = runCli(['--fix', '--format', 'json', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), text);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    assert.deepEqual(result?.messages.map((m) => m.ruleId), ['terminology/deprecated-term']);
    assert.equal(run.code, 0);
  });

  it('fixes the file a symbolic link names and keeps the link', function () {
    if (process.platform === 'win32') this.skip(); // symbolic links need privileges there
    const dir = tempTree({ 'target.md': 'The ministry of labor.\n' });
    symlinkSync('target.md', join(dir, 'link.md'));
    const run = runCli(['--fix', 'link.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'target.md'), 'utf8'), 'The ministry of labour.\n');
  });

  it('fixes a file with hard links in place, so that each of its names shows the fix', () => {
    const dir = tempTree({ 'draft.md': 'The ministry of labor.\n' });
    linkSync(join(dir, 'draft.md'), join(dir, 'copy.md'));
    const inode = statSync(join(dir, 'draft.md')).ino;
    const run = runCli(['--fix', 'draft.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'copy.md'), 'utf8'), 'The ministry of labour.\n');
    assert.equal(statSync(join(dir, 'draft.md')).ino, inode);
    assert.equal(statSync(join(dir, 'draft.md')).nlink, 2);
  });

  // Changing a file's owner or group needs root: the case of a container running as root on a mounted checkout.
  for (const [whose, uid, gid] of [["another user's file", 65534, 65534], ["the user's file in another group", 0, 65534]] as const) {
    it(`keeps the owner and group of ${whose}`, function () {
      if (process.getuid?.() !== 0) this.skip();
      const dir = tempTree({ 'draft.md': 'The ministry of labor.\n' });
      chownSync(join(dir, 'draft.md'), uid, gid);
      const run = runCli(['--fix', 'draft.md'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), 'The ministry of labour.\n');
      const stat = statSync(join(dir, 'draft.md'));
      assert.deepEqual([stat.uid, stat.gid], [uid, gid]);
    });
  }

  it('fixes a writable file in a folder the user may not write in', function () {
    // Running as another user, for whom the folder is read-only, needs root.
    if (process.getuid?.() !== 0) this.skip();
    const dir = tempTree({ 'draft.md': 'The ministry of labor.\n' });
    chownSync(join(dir, 'draft.md'), 65534, 65534);
    chmodSync(dir, 0o755);
    const r = spawnSync(process.execPath, [CLI, '--fix', 'draft.md'], { cwd: dir, encoding: 'utf8', uid: 65534, gid: 65534, env: { ...process.env, HOME: dir, XDG_CACHE_HOME: join(dir, '.cache-none') } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), 'The ministry of labour.\n');
  });

  it('keeps a byte order mark the file starts with', () => {
    const dir = tempTree({ 'draft.md': '\ufeffThe ministry of labor.\r\n' });
    runCli(['--fix', 'draft.md'], dir);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), '\ufeffThe ministry of labour.\r\n');
  });

  it('fixes only what the run reports: no hint, and only errors with --quiet', () => {
    const text = 'The ministry of labor and the follow up mechanism.\n';
    const fixedWith = (config: string, args: string[]): string => {
      const dir = tempTree({ '.compact-lint.json': config, 'draft.md': text });
      runCli(['--fix', ...args, 'draft.md'], dir);
      return readFileSync(join(dir, 'draft.md'), 'utf8');
    };
    const both = '{ "checks": { "terminology/spelling": "SPELLING", "terminology/fixed-term": "FIXED" } }';
    const config = (spelling: string, fixed: string): string => both.replace('SPELLING', spelling).replace('FIXED', fixed);
    assert.equal(fixedWith(config('hint', 'warning'), []), 'The ministry of labor and the follow-up mechanism.\n');
    assert.equal(fixedWith(config('warning', 'error'), ['--quiet']), 'The ministry of labor and the follow-up mechanism.\n');
    assert.equal(fixedWith(config('info', 'warning'), []), 'The ministry of labour and the follow-up mechanism.\n');
  });

  it('leaves a read-only file alone, saying so, with exit code 2', () => {
    const dir = tempTree({ 'draft.md': 'The ministry of labor.\n' });
    chmodSync(join(dir, 'draft.md'), 0o444);
    const run = runCli(['--fix', 'draft.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot write .*draft\.md: the file is read-only/);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), 'The ministry of labor.\n');
  });

  it('leaves a file that changed after it was linted alone, so that the change is not lost', () => {
    const dir = tempTree({ 'draft.md': 'The ministry of labor.\n' });
    const path = join(dir, 'draft.md');
    writeFileSync(path, 'The ministry of labor.\nA line saved meanwhile.\n');
    assert.throws(() => writeFix(path, 'The ministry of labor.\n', 'The ministry of labour.\n'), /changed while it was being linted/);
    assert.equal(readFileSync(path, 'utf8'), 'The ministry of labor.\nA line saved meanwhile.\n');
    writeFix(path, 'The ministry of labor.\nA line saved meanwhile.\n', 'The ministry of labour.\nA line saved meanwhile.\n');
    assert.equal(readFileSync(path, 'utf8'), 'The ministry of labour.\nA line saved meanwhile.\n');
  });
  it('writes nothing under a configuration with errors, and says so', () => {
    for (const config of ['{"spelling":"US"}', '{"spelling":"us",}x', '{"checks":{"terminology/fixed-term":"of"}}']) {
      const text = 'The labor center of member states.\n';
      const dir = tempTree({ '.compact-lint.json': config, 'draft.md': text });
      const run = runCli(['--fix', 'draft.md'], dir);
      assert.equal(run.code, 2, config);
      assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), text, config);
      assert.match(run.stderr, /--fix wrote nothing to the files whose configuration has errors/);
    }
  });

  it('writes fixes where draft.files names a file not written yet, which is said but is no mistyped setting', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "draft": { "files": ["draft.md", "annex.md"] } }', 'draft.md': 'The labor center.\n' });
    const run = runCli(['--fix', 'draft.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /"annex\.md" in "draft\.files" matches no Markdown file/);
    assert.doesNotMatch(run.stderr, /--fix wrote nothing/);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), 'The labour centre.\n');
  });
});

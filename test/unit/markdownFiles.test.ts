import { strict as assert } from 'node:assert';
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { markdownFilesIn, oneOfEach } from '../../server/src/node/markdownFiles';
import { WorkspaceFiles } from '../../server/src/lsp/workspace';
import { ConfigLoader } from '../../server/src/node/configLoader';
import { tempTree } from '../support/cli';

describe('markdownFilesIn', () => {
  const dir = tempTree({
    'a.md': 'x',
    'b.markdown': 'x',
    'c.MD': 'x',
    'notes.txt': 'x',
    'node_modules.md': 'x',
    '.hidden.md': 'x',
    '.dot/e.md': 'x',
    'sub/f.md': 'x',
    'sub/.g.md': 'x',
    'sub/node_modules/i.md': 'x',
    'node_modules/x/h.md': 'x',
    '.git/j.md': 'x',
    'deep/er/k.md': 'x',
  });
  symlinkSync(join(dir, 'sub'), join(dir, 'linked'), 'dir');
  symlinkSync(join(dir, 'a.md'), join(dir, 'alias.md'), 'file');
  symlinkSync(dir, join(dir, 'deep', 'loop'), 'dir');
  const relative = (paths: string[]): string[] => paths.map((p) => p.slice(dir.length + 1)).sort();

  it('finds *.md and *.markdown at any depth, skipping dot names and node_modules, following links', () => {
    const found = relative(markdownFilesIn(dir));
    for (const f of ['a.md', 'b.markdown', 'node_modules.md', 'sub/f.md', 'deep/er/k.md', 'alias.md']) assert.ok(found.includes(f), `${f} in ${found.join(', ')}`);
    for (const f of ['c.MD', 'notes.txt', '.hidden.md', '.dot/e.md', 'sub/.g.md', 'sub/node_modules/i.md', 'node_modules/x/h.md', '.git/j.md']) assert.ok(!found.some((p) => p.endsWith(f)), `${f} left out`);
  });

  it('lists each file once however many links lead to it, under its own path', () => {
    const all = markdownFilesIn(dir).sort();
    const once = relative(oneOfEach(all));
    assert.ok(all.length > once.length, 'the walk finds some files twice');
    assert.deepEqual(once, ['a.md', 'b.markdown', 'deep/er/k.md', 'node_modules.md', 'sub/f.md']);
    // Reached only through links, a file keeps the first path listed.
    assert.deepEqual(relative(oneOfEach([join(dir, 'linked', 'f.md'), join(dir, 'deep', 'loop', 'sub', 'f.md')])), ['linked/f.md']);
    assert.deepEqual(oneOfEach([join(dir, 'missing.md'), join(dir, 'missing.md')]), [join(dir, 'missing.md'), join(dir, 'missing.md')], 'unresolvable paths are kept');
  });

  it("lists the workspace's files once each, again after the walk finds a new one", () => {
    const files = new WorkspaceFiles(new ConfigLoader());
    const first = relative(files.list([dir]));
    assert.deepEqual(first, ['a.md', 'b.markdown', 'deep/er/k.md', 'node_modules.md', 'sub/f.md']);
    assert.deepEqual(relative(files.list([dir])), first);
    writeFileSync(join(dir, 'sub', 'later.md'), 'x');
    try {
      assert.deepEqual(relative(files.list([dir])), [...first, 'sub/later.md'].sort());
    } finally {
      unlinkSync(join(dir, 'sub', 'later.md'));
    }
  });

  it('finds exactly what the glob **/*.{md,markdown} found, with node_modules and .git ignored', () => {
    const globbed = globSync('**/*.{md,markdown}', { cwd: dir, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true, dot: false });
    assert.deepEqual(relative(markdownFilesIn(dir)), relative(globbed));
  });

  describe('with a limit', () => {
    // Ten folders of three files each, and three files at the top.
    const files: Record<string, string> = { 'top1.md': 'x', 'top2.md': 'x', 'top3.md': 'x' };
    for (let f = 0; f < 10; f++) for (let k = 0; k < 3; k++) files[`f${f}/d${k}.md`] = 'x';
    const big = tempTree(files);
    const all = markdownFilesIn(big);

    it('keeps at most the number of files asked for, all of them Markdown files of the folder', () => {
      assert.equal(all.length, 33);
      const some = markdownFilesIn(big, { files: 5, folders: 100 });
      assert.equal(some.length, 5);
      for (const f of some) assert.ok(all.includes(f), f);
    });

    it('enters no more than the number of folders asked for', () => {
      const some = markdownFilesIn(big, { files: 1000, folders: 2 });
      const folders = new Set(some.map((p) => p.slice(big.length + 1).split('/').slice(0, -1).join('/')).filter((d) => d !== ''));
      assert.ok(folders.size <= 2, [...folders].join(', '));
      for (const top of ['top1.md', 'top2.md', 'top3.md']) assert.ok(some.includes(`${big}/${top}`), top);
      assert.equal(some.length, 3 + 3 * folders.size);
    });

    it("bounds the language server's list of workspace files, sorted", () => {
      const listed = new WorkspaceFiles(new ConfigLoader(), { files: 7, folders: 100 }).list([big, dir]);
      assert.equal(listed.length, 7);
      assert.deepEqual(listed, [...listed].sort());
      assert.deepEqual(new WorkspaceFiles(new ConfigLoader()).list([big]), [...all].sort());
    });
  });
});

describe('models of the workspace files', () => {
  it('built at once while a sliced build of the same file runs: the sliced build stops and takes that model', async () => {
    // Large enough that its sliced build takes several slices.
    const dir = tempTree({ 'draft.md': 'Paragraph on SDG target 10.7 and the Global Compact for Migration.\n\n'.repeat(4000) });
    const files = new WorkspaceFiles(new ConfigLoader());
    const path = join(dir, 'draft.md');
    const sliced = files.modelInSlices(path);
    const atOnce = files.model(path);
    assert.ok(atOnce);
    assert.equal(await sliced, atOnce);
    assert.equal(files.model(path), atOnce);
  });
});

import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { markdownFilesIn } from '../../server/src/node/markdownFiles';
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

  it('finds exactly what the glob **/*.{md,markdown} found, with node_modules and .git ignored', () => {
    const globbed = globSync('**/*.{md,markdown}', { cwd: dir, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true, dot: false });
    assert.deepEqual(relative(markdownFilesIn(dir)), relative(globbed));
  });
});

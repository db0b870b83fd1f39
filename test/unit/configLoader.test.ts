import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigLoader } from '../../server/src/node/configLoader';
import { tempTree } from '../support/cli';

describe('configuration loader: draft.files', () => {
  it('looks again, after a few seconds, for the files a pattern names, keeping the same configuration', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "draft": { "files": ["main.md", "annex.md"] } }', 'main.md': '# Main\n' });
    const loader = new ConfigLoader();
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      const first = loader.forDirectory(dir);
      assert.deepEqual(first.issues.map((i) => i.message), ['"annex.md" in "draft.files" matches no Markdown file (its paths are relative to this configuration file\'s folder).']);
      writeFileSync(join(dir, 'annex.md'), '# Annex\n');
      // An editor asks at every keystroke: the file system is not searched each time.
      now += 1000;
      assert.equal(loader.forDirectory(dir), first);
      now += 3000;
      const later = loader.forDirectory(dir);
      assert.deepEqual(later.issues, []);
      // The same settings object: what is built from it (the reference data, the matchers) is kept.
      assert.equal(later.config, first.config);
    } finally {
      Date.now = realNow;
    }
  });

  it('looks again at once when files are known to have come or gone (the editor said so)', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "draft": { "files": ["main.md", "annex.md"] } }', 'main.md': '# Main\n' });
    const loader = new ConfigLoader();
    const first = loader.forDirectory(dir);
    assert.equal(first.issues.length, 1);
    writeFileSync(join(dir, 'annex.md'), '# Annex\n');
    loader.draftFiles.forget();
    const after = loader.forDirectory(dir);
    assert.deepEqual(after.issues, []);
    assert.equal(after.config, first.config);
  });

  it('keeps one configuration per base for a directory, asked with and without one in turns', () => {
    const dir = tempTree({ '.compact-lint.json': '{ "draft": { "files": ["main.md", "annex.md"] } }', 'main.md': '# Main\n', 'annex.md': '# Annex\n' });
    const loader = new ConfigLoader();
    const settings = { checks: {}, maxFileSize: 1_000_000 };
    // The language server asks for an open document's with the editor's settings, and for the files beside it without.
    const open = loader.forDirectory(dir, undefined, settings).config;
    const disk = loader.forDirectory(dir).config;
    assert.notEqual(open, disk);
    assert.equal(loader.forDirectory(dir, undefined, settings).config, open);
    assert.equal(loader.forDirectory(dir).config, disk);
    assert.equal(loader.forDirectory(dir, undefined, { ...settings }).config, open);
  });
});

/**
 * Fuzzing in the regular suite: a few thousand random and mutated drafts
 * through the core, a few dozen through the CLI and the language server.
 * `npm run fuzz` runs 100,000 through the core.
 */
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { markdown, mutated, realTexts } from './fuzz/arbitraries';
import { checkText } from './fuzz/property';
import { runCli, tempTree } from './support/cli';
import { TestClient } from './support/lspClient';

describe('fuzzing', () => {
  const texts = realTexts();

  it('the core accepts any random Markdown (2,000 cases)', () => {
    fc.assert(fc.property(markdown, checkText), { numRuns: 2000 });
  });

  it('the core accepts random mutations of real drafts (1,000 cases)', () => {
    fc.assert(fc.property(mutated(texts), checkText), { numRuns: 1000 });
  });

  it('the CLI answers every random draft with findings or a clean result, never a crash', () => {
    const samples = fc.sample(fc.oneof(markdown, mutated(texts)), 30);
    const files: Record<string, string> = {};
    samples.forEach((s, i) => (files[`f${i}.md`] = s));
    const dir = tempTree(files);
    const r = runCli(['--format', 'json', '.'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const results = JSON.parse(r.stdout) as { messages: { line: number; endLine: number }[] }[];
    assert.equal(results.length, 30);
  });

  it('the language server stays up and keeps ranges inside documents under random edits', async () => {
    const client = await TestClient.start();
    try {
      const docs = fc.sample(fc.oneof(markdown, mutated(texts)), 15);
      for (const [i, text] of docs.entries()) {
        const uri = pathToFileURL(`/fuzz/doc${i}.md`).href;
        await client.open(uri, text);
        const edits = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 6 })), 5);
        let current = text;
        let version = 1;
        for (const [a, b, ins] of edits) {
          const lines = current.split(/\r\n|\r|\n/);
          const line = a % lines.length;
          const character = b % ((lines[line] ?? '').length + 1);
          version++;
          await client.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: ins }]);
          const l = lines[line] ?? '';
          lines[line] = l.slice(0, character) + ins + l.slice(character);
          current = lines.join('\n');
        }
        const diags = await client.diagnosticsFor(uri, version);
        const lineCount = current.split(/\r\n|\r|\n/).length + 10;
        for (const d of diags) assert.ok(d.range.end.line < lineCount, JSON.stringify(d));
        await client.close(uri);
      }
      assert.equal(client.process.exitCode, null, `server exited: ${client.stderr}`);
    } finally {
      await client.stop();
    }
  });
});

/**
 * The editor and CI never disagree: every sample draft linted through the
 * CLI and through the language server gives the same findings, at the same
 * positions, with the same messages.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './support/cli';
import { TestClient } from './support/lspClient';

const SAMPLES = join(__dirname, '..', 'samples');

interface Row {
  readonly id: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

const key = (r: Row): string => `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.id} ${r.message}`;

describe('CLI and language server parity on samples/', () => {
  it('gives identical findings', async () => {
    const files = (readdirSync(SAMPLES, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
    assert.ok(files.length > 0);
    const cli = JSON.parse(runCli(['--format', 'json', '.'], SAMPLES).stdout) as { filePath: string; messages: (Omit<Row, 'id'> & { ruleId: string })[] }[];
    const client = await TestClient.start({ root: SAMPLES });
    try {
      for (const f of files) {
        const path = join(SAMPLES, f);
        const fromCli = (cli.find((r) => r.filePath === path)?.messages ?? []).map((m) => key({ ...m, id: m.ruleId }));
        const uri = pathToFileURL(path).href;
        await client.open(uri, readFileSync(path, 'utf8'));
        const diags = await client.diagnosticsFor(uri, 1);
        const fromServer = diags.map((d) =>
          key({ id: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, message: typeof d.message === 'string' ? d.message : d.message.value }),
        );
        assert.deepEqual(fromServer.sort(), fromCli.sort(), f);
      }
    } finally {
      await client.stop();
    }
  });
});

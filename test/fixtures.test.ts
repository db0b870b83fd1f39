/**
 * Runs every fixture under test/fixtures: the findings must be exactly the
 * ones marked, and `NAME.fixed.md` (when present) must equal the fixture with
 * every safe fix applied.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { applyFixes, buildModel, lintText, mergeConfigs, parseConfig, type Finding } from '../server/src/core/index';
import { readFixture, type Expected } from './support/fixture';

const ROOT = join(__dirname, 'fixtures');

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureFiles(p));
    else if (name.endsWith('.md') && !name.endsWith('.fixed.md')) out.push(p);
  }
  return out;
}

function describeFinding(text: string, f: Finding): string {
  const before = text.slice(0, f.span.start);
  const line = before.split('\n').length - 1;
  const col = f.span.start - (before.lastIndexOf('\n') + 1);
  return `${line + 1}:${col} ${f.checkId} "${text.slice(f.span.start, f.span.end)}" — ${f.message}`;
}

function matches(text: string, f: Finding, e: Expected): boolean {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const ls = lineStarts[e.line] ?? 0;
  if (f.checkId !== e.checkId || f.span.start !== ls + e.start) return false;
  if (e.end >= 0 && f.span.end !== ls + e.end) return false;
  return !e.message || f.message.includes(e.message);
}

describe('fixtures', () => {
  for (const file of fixtureFiles(ROOT)) {
    const name = relative(ROOT, file);
    it(name, () => {
      const fx = readFixture(file);
      const parsed = parseConfig(JSON.stringify(fx.config));
      assert.deepEqual(parsed.problems, [], 'fixture config is valid');
      const config = mergeConfigs([parsed.config]);
      const draft = fx.draft.map((n) => buildModel({ uri: `file:///fixtures/${join(dirname(name), n)}`, version: 1, text: readFixture(join(dirname(file), n)).text }, config));
      const { findings } = lintText({ uri: `file:///fixtures/${name}`, version: 1, text: fx.text }, config, { draft });
      const unexpected = findings.filter((f) => !fx.expected.some((e) => matches(fx.text, f, e)));
      const missing = fx.expected.filter((e) => !findings.some((f) => matches(fx.text, f, e)));
      assert.deepEqual(
        { unexpected: unexpected.map((f) => describeFinding(fx.text, f)), missing: missing.map((e) => `${e.line + 1}:${e.start} ${e.checkId}${e.message ? `: ${e.message}` : ''}`) },
        { unexpected: [], missing: [] },
      );
      const fixedPath = file.replace(/\.md$/, '.fixed.md');
      if (existsSync(fixedPath)) {
        const fixed = readFixture(fixedPath).text;
        assert.equal(applyFixes(fx.text, findings, { safeOnly: true }).text, fixed);
      }
    });
  }
});

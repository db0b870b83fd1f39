import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import { runCli, tempTree } from '../support/cli';
import { stylish } from '../../server/src/cli/formatters/stylish';
import type { FileResult } from '../../server/src/cli/results';
import { CHECKS } from '../../server/src/core/index';

const DRAFT = '# Draft\n\nLes États 😀 visent SDG target 10.12.\n\nAnd Goal 18, "quoted, with: commas".\n';

function lintAs(format: string): { out: string; dir: string; code: number } {
  const dir = tempTree({ 'drafts/a draft.md': DRAFT, 'drafts/clean.md': '# Clean\n' });
  const r = runCli(['--format', format, 'drafts'], dir);
  return { out: r.stdout, dir, code: r.code };
}

describe('CLI: output formats', () => {
  it('json: ESLint result format with 1-based lines and columns (UTF-16)', () => {
    const { out, dir, code } = lintAs('json');
    assert.equal(code, 1);
    const results = JSON.parse(out) as {
      filePath: string;
      errorCount: number;
      warningCount: number;
      messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[];
    }[];
    assert.deepEqual(results.map((r) => r.filePath), [join(dir, 'drafts/a draft.md'), join(dir, 'drafts/clean.md')]);
    const [a, clean] = results;
    assert.equal(a!.errorCount, 2);
    assert.equal(a!.warningCount, 0);
    assert.deepEqual(clean!.messages, []);
    const col = 'Les États 😀 visent SDG target '.length + 1;
    assert.deepEqual(
      a!.messages.map(({ ruleId, severity, line, column, endLine, endColumn }) => ({ ruleId, severity, line, column, endLine, endColumn })),
      [
        { ruleId: 'sdg/unknown-target', severity: 2, line: 3, column: col, endLine: 3, endColumn: col + 5 },
        { ruleId: 'sdg/unknown-goal', severity: 2, line: 5, column: 10, endLine: 5, endColumn: 12 },
      ],
    );
  });

  it('json: safe one-edit fixes as ESLint writes them, and infos counted apart from warnings', () => {
    const text = `# Draft\n\nThe labor market.\n\n${'- '.repeat(20)}Nested too deep.\n`;
    const dir = tempTree({ 'a.md': text });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const [a] = JSON.parse(r.stdout) as {
      warningCount: number;
      infoCount: number;
      fixableWarningCount: number;
      fixableErrorCount: number;
      messages: { ruleId: string; severityName: string; fix?: { range: [number, number]; text: string } }[];
    }[];
    assert.deepEqual(
      a!.messages.map((m) => [m.ruleId, m.severityName]),
      [
        ['terminology/spelling', 'warning'],
        ['document/partly-analysed', 'info'],
      ],
    );
    assert.deepEqual([a!.warningCount, a!.infoCount, a!.fixableWarningCount, a!.fixableErrorCount], [1, 1, 1, 0]);
    const fix = a!.messages[0]!.fix!;
    assert.equal(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), text.replace('labor', 'labour'));
  });

  it('json: a fix of several edits written as one, the text between them kept, as --fix writes it', () => {
    const text =
      'States will "facilitate orderly, safe, regular and responsible migration and mobility of peple, including through the implementation of planned and well-managed migration polices" (SDG target 10.7).\n';
    const dir = tempTree({ 'a.md': text, 'b.md': text });
    const r = runCli(['--format', 'json', 'a.md'], dir);
    const [a] = JSON.parse(r.stdout) as { fixableWarningCount: number; messages: { ruleId: string; fix?: { range: [number, number]; text: string }; suggestions?: { fix?: object }[] }[] }[];
    const m = a!.messages.find((x) => x.ruleId === 'sdg/misquoted-target');
    assert.ok(m?.fix && m.suggestions?.every((x) => x.fix), JSON.stringify(m));
    assert.equal(a!.fixableWarningCount, 1);
    assert.equal(runCli(['--fix', 'b.md'], dir).code, 0);
    assert.equal(text.slice(0, m.fix.range[0]) + m.fix.text + text.slice(m.fix.range[1]), readFileSync(join(dir, 'b.md'), 'utf8'));
    assert.match(readFileSync(join(dir, 'b.md'), 'utf8'), /mobility of people, .* migration policies"/);
  });

  it('sarif: validates against the SARIF 2.1.0 schema', () => {
    const { out } = lintAs('sarif');
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(out) as { version: string; runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false, 'the schema rejects a log without a tool');
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const results = log.runs[0]!.results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]),
      [
        ['sdg/unknown-target', 'error', 'drafts/a%20draft.md', 3],
        ['sdg/unknown-goal', 'error', 'drafts/a%20draft.md', 5],
      ],
    );
    // Each rule carries its documentation, which dashboards show with the alert.
    const rules = (JSON.parse(out) as { runs: { tool: { driver: { rules: { id: string; help: { markdown: string } }[] } } }[] }).runs[0]!.tool.driver.rules;
    assert.deepEqual(rules.map((r) => [r.id, r.help.markdown]), CHECKS.map((c) => [c.id, c.docs]));
  });

  it('github: one workflow command per finding, with escaped properties', () => {
    const { out } = lintAs('github');
    const col = 'Les États 😀 visent SDG target '.length + 1;
    assert.deepEqual(out.trimEnd().split('\n'), [
      `::error file=drafts/a draft.md,line=3,col=${col},endLine=3,endColumn=${col + 5},title=sdg/unknown-target::SDG target 10.12 does not exist. Goal 10 has targets 10.1–10.7 and 10.a–10.c; nearest: 10.7, 10.6.`,
      '::error file=drafts/a draft.md,line=5,col=10,endLine=5,endColumn=12,title=sdg/unknown-goal::There is no SDG 18: the Sustainable Development Goals are numbered 1 to 17.',
    ]);
  });

  it('junit: one test case per file, failing when it has findings', () => {
    const { out } = lintAs('junit');
    assert.match(out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="compact-lint" tests="2" failures="1" errors="0">/);
    const cases = out.match(/<testcase [^>]*>/g) ?? [];
    assert.deepEqual(cases, ['<testcase classname="compact-lint" name="drafts/a draft.md">', '<testcase classname="compact-lint" name="drafts/clean.md">']);
    assert.match(out, /<failure message="2 problems \(2 errors\)" type="error">3:\d+ error SDG target 10\.12 does not exist/);
    assert.equal((out.match(/<failure /g) ?? []).length, 1);
    assert.equal((out.match(/<\/testcase>/g) ?? []).length, 2);
  });

  it('junit: a run that could not lint every file has a test case in error that says why', () => {
    const dir = tempTree({ 'a.md': 'SDG 18\n' });
    const run = runCli(['--format', 'junit', 'a.md', 'missing.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /<testsuites name="compact-lint" tests="2" failures="1" errors="1">/);
    assert.match(run.stdout, /<testcase classname="compact-lint" name="compact-lint run">\n {6}<error message="1 problem stopped the run from checking everything" type="run">No such file or folder: &quot;missing\.md&quot;\.<\/error>/);
    const clean = runCli(['--format', 'junit', 'a.md'], dir).stdout;
    assert.match(clean, /tests="1" failures="1" errors="0"/);
    assert.doesNotMatch(clean, /compact-lint run/);
  });

  it('junit: leaves out the characters XML 1.0 does not allow, U+FFFE and U+FFFF among them', () => {
    const dir = tempTree({ 'f.md': '## Objective 1: Collect data\ufffe now\n\nSee objective 1, "Collect better data and more".\n' });
    const out = runCli(['--format', 'junit', '.'], dir).stdout;
    assert.match(out, /<failure /);
    assert.doesNotMatch(out, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('junit: infos do not fail a test case, and line breaks in a file name survive the attribute', () => {
    const dir = tempTree({ 'info.md': `${'- '.repeat(20)}Nested too deep.\n`, 'new\nline.md': 'SDG 18\n' });
    const out = runCli(['--format', 'junit', '.'], dir).stdout;
    assert.match(out, /<testsuites name="compact-lint" tests="2" failures="1" errors="0">/);
    assert.match(out, /<testcase classname="compact-lint" name="info\.md">\n {6}<system-out>1:\d+ info Markup here was read as plain text/);
    assert.match(out, /<testcase classname="compact-lint" name="new&#10;line\.md">\n {6}<failure message="1 problem \(1 error\)" type="error">/);
  });

  it('stylish: grouped by file with a summary', () => {
    const { out } = lintAs('stylish');
    assert.deepEqual(out.split('\n').filter((l) => !l.startsWith('  ')).filter(Boolean), ['drafts/a draft.md', '✖ 2 problems (2 errors, 0 warnings) in 2 files.']);

  });

  it('sarif: encodes "#", "?" and spaces in file names, which a URI would read as a fragment, a query or nothing', () => {
    const dir = tempTree({ 'a#b?c d.md': 'SDG 18\n' });
    const log = JSON.parse(runCli(['--format', 'sarif', '.'], dir).stdout) as { runs: { artifacts: { location: { uri: string } }[]; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.deepEqual(log.runs[0]!.artifacts.map((a) => a.location.uri), ['a%23b%3Fc%20d.md']);
    assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'a%23b%3Fc%20d.md');
  });

  it('sarif: records a run that could not lint every file as not successful, and places a file outside the working folder by its absolute URI', () => {
    const dir = tempTree({ 'in/a.md': 'SDG 18\n', 'out/b.md': 'SDG 19\n' });
    type Log = { runs: { artifacts: { location: { uri: string; uriBaseId?: string } }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[] }[] };
    const run = runCli(['--format', 'sarif', '.', '../out/b.md', 'missing.md'], join(dir, 'in'));
    assert.equal(run.code, 2);
    const log = JSON.parse(run.stdout) as Log;
    assert.deepEqual(log.runs[0]!.artifacts.map((a) => a.location), [{ uri: 'a.md', uriBaseId: '%SRCROOT%' }, { uri: pathToFileURL(join(dir, 'out', 'b.md')).href }]);
    assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, false);
    assert.deepEqual(log.runs[0]!.invocations[0]!.toolExecutionNotifications?.map((n) => n.message.text), ['No such file or folder: "missing.md".']);
    const clean = JSON.parse(runCli(['--format', 'sarif', '.'], join(dir, 'in')).stdout) as Log;
    assert.deepEqual(clean.runs[0]!.invocations, [{ executionSuccessful: true }]);
  });

  it('stylish: prints a file with two hundred thousand findings', () => {
    const message = { checkId: 'terminology/spelling', severity: 'warning', message: '"labor" is spelled "labour" in UN style.', location: { line: 1, column: 5, endLine: 1, endColumn: 10 } };
    const messages = Array.from({ length: 200_000 }, (_, i) => ({ ...message, location: { ...message.location, line: i + 1 } }));
    const out = stylish([{ path: '/d/a.md', relativePath: 'a.md', messages } as unknown as FileResult], { cwd: '/d', version: '0' });
    assert.match(out, /^ {2}200000:5 {2}warning {2}"labor"/m);
    assert.match(out, /^ {2}1:5 {7}warning/m);
    assert.match(out, /200000 problems \(0 errors, 200000 warnings\) in 1 file\.\n$/);
  });
});

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub's among them). Every
 * check is listed as a rule; locations are relative to the working directory
 * (%SRCROOT%); columns are UTF-16 code units, SARIF's default unit.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECKS, type Severity } from '../../core/index';
import type { Formatter } from '../results';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const sarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(CHECKS.map((c, i) => [c.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compact-lint',
            version: ctx.version,
            informationUri: 'https://www.npmjs.com/package/compact-lint',
            rules: CHECKS.map((c) => ({
              id: c.id,
              shortDescription: { text: c.description },
              fullDescription: { text: c.docs.replace(/\s+/g, ' ').trim() },
              // Shown with each alert by code-scanning dashboards (GitHub renders the Markdown). The docs live in the package, at no fixed address: no helpUri.
              help: { text: c.docs, markdown: c.docs },
              defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
              properties: { category: c.category },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : ctx.cwd + '/').href } },
        artifacts: results.map((r) => ({ location: artifactLocation(r) })),
        results: results.flatMap((r, artifactIndex) =>
          r.messages.map((m) => ({
            ruleId: m.checkId,
            ...(ruleIndex.has(m.checkId) ? { ruleIndex: ruleIndex.get(m.checkId) } : {}),
            level: LEVEL[m.severity],
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...artifactLocation(r), index: artifactIndex },
                  region: { startLine: m.location.line, startColumn: m.location.column, endLine: m.location.endLine, endColumn: m.location.endColumn },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
        // A run that could not lint every file is not a clean run, whatever its results say.
        invocations: [
          {
            executionSuccessful: (ctx.failures ?? []).length === 0,
            ...(ctx.failures?.length ? { toolExecutionNotifications: ctx.failures.map((text) => ({ level: 'error', message: { text } })) } : {}),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A file under the working directory relative to %SRCROOT%; one outside it ("../x.md") by its absolute URI, which a dashboard can place. */
function artifactLocation(r: { readonly path: string; readonly relativePath: string }): { uri: string; uriBaseId?: string } {
  return r.relativePath.startsWith('../') || r.relativePath === '..' || isAbsolute(r.relativePath) ? { uri: pathToFileURL(r.path).href } : { uri: relativeUri(r.relativePath), uriBaseId: '%SRCROOT%' };
}

/** A relative path as a URI reference: each segment percent-encoded, so that "#" and "?" in a name are not read as a fragment or a query. */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

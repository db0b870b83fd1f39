/**
 * Fixture files are the spec. A fixture is a Markdown draft in which the
 * expected findings are marked on the line below the text they point at:
 *
 *     States shall respect SDG target 10.12.
 *                                     ^^^^^ sdg/unknown-target: does not exist
 *
 * A marker line is spaces, carets covering the exact columns (UTF-16), the
 * check id and optionally ": " and a substring of the message. Several marker
 * lines may follow one text line. Marker lines are removed before linting, so
 * they never affect the draft. `^^^+` marks a finding that continues onto
 * later lines (only its start is compared). A line without markers must
 * produce no finding.
 *
 * Configuration for one fixture: a first line
 *     <!-- fixture-config: { "spelling": "us" } -->
 *
 * Other fixtures that form one draft with it (their markers removed), for
 * references across files: a line
 *     <!-- fixture-draft: annex.md -->
 *
 * The fixed form of a fixture (every safe fix applied), when it exists, is
 * `NAME.fixed.md` beside it.
 */
import { readFileSync } from 'node:fs';

export interface Expected {
  readonly line: number;
  readonly start: number;
  /** -1 when the finding continues onto later lines. */
  readonly end: number;
  readonly checkId: string;
  readonly message?: string;
}

export interface Fixture {
  readonly text: string;
  readonly expected: readonly Expected[];
  readonly config: Record<string, unknown>;
  /** Names of sibling fixtures of the same draft. */
  readonly draft: readonly string[];
}

const MARKER = /^(\s*)(\^+)(\+?)\s+([a-z0-9-]+\/[a-z0-9-]+)(?::\s*(.*))?$/;
const CONFIG = /^<!--\s*fixture-config:\s*([\s\S]*?)\s*-->/;
const DRAFT = /^<!-- fixture-draft: ([^>]*) -->$/m;

export function parseFixture(source: string): Fixture {
  const lines = source.split('\n');
  const kept: string[] = [];
  const expected: Expected[] = [];
  for (const line of lines) {
    const m = MARKER.exec(line);
    if (m && kept.length > 0) {
      const start = (m[1] as string).length;
      expected.push({
        line: kept.length - 1,
        start,
        end: m[3] ? -1 : start + (m[2] as string).length,
        checkId: m[4] as string,
        ...(m[5] ? { message: m[5] } : {}),
      });
    } else {
      kept.push(line);
    }
  }
  const text = kept.join('\n');
  const c = CONFIG.exec(text);
  const config = c ? (JSON.parse(c[1] as string) as Record<string, unknown>) : {};
  const draft = DRAFT.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  return { text, expected, config, draft };
}

export function readFixture(path: string): Fixture {
  return parseFixture(readFileSync(path, 'utf8'));
}

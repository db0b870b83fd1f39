/** What the CLI reports for each file, as every formatter reads it. */
import type { Finding, Severity, TextEdit } from '../core/index';
import type { Location } from './location';

export interface Message {
  readonly checkId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  readonly finding: Finding;
  /**
   * Each of the finding's fixes as one edit (see asOneEdit), given for the
   * JSON format when one of them has several edits; undefined where a fix's
   * edits overlap.
   */
  readonly oneEdits?: readonly (TextEdit | undefined)[];
}

export interface FileResult {
  /** Absolute path, or "<stdin>". */
  readonly path: string;
  /** Path relative to the working directory, with forward slashes. */
  readonly relativePath: string;
  readonly messages: readonly Message[];
  /** Whether --fix wrote the file. */
  readonly fixed?: boolean;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export interface FormatContext {
  readonly cwd: string;
  readonly version: string;
  /** Warnings found but not shown (--quiet), for the summary to say so. */
  readonly hiddenWarnings?: number;
  /** What made the run fail (exit code 2): files that could not be read, configuration problems. */
  readonly failures?: readonly string[];
}

export function count(results: readonly FileResult[], severity: Severity): number {
  let n = 0;
  for (const r of results) for (const m of r.messages) if (m.severity === severity) n++;
  return n;
}

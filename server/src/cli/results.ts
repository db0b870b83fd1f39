/** What the CLI reports for each file, as every formatter reads it. */
import type { Finding, Severity } from '../core/index';
import type { Location } from './location';

export interface Message {
  readonly checkId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  readonly finding: Finding;
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
}

export function count(results: readonly FileResult[], severity: Severity): number {
  let n = 0;
  for (const r of results) for (const m of r.messages) if (m.severity === severity) n++;
  return n;
}

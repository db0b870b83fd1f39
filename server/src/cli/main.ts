/**
 * `compact-lint`: the CI adapter over the same pipeline the language server
 * uses. Parses arguments, expands globs, lints (on worker threads when there
 * is enough to do), prints one of the formats and returns the exit code:
 * 0 clean, 1 lint errors or too many warnings, 2 usage, configuration or I/O.
 */
import { relative, resolve } from 'node:path';
import { blocksFixes, configFileProblem, type ConfigIssue } from '../node/configLoader';
import { parseCliArgs, UsageError, USAGE } from './args';
import { tooLarge } from '../core/index';
import { expandPatterns, inclusions, isExcluded, textOf } from './files';
import { FORMATTERS } from './formatters/index';
import { FileLinter, type FileOutcome, type LintFilesOptions } from './lintFiles';
import { lintPaths } from './parallel';

export interface CliIO {
  readonly cwd: string;
  readonly version: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Standard input's bytes, decoded as a file's are (cli/files.ts textOf):
   * read to its end, but kept only if `size`, the number of bytes read, is at
   * most `limit` (the "maxFileSize" setting).
   */
  readStdin(limit: number): Promise<{ readonly bytes: Uint8Array; readonly size: number }>;
  /** The script a worker thread runs (this CLI's bundle), or undefined to lint on the main thread. */
  readonly workerScript?: string;
  /**
   * Called once, after at least one file has been linted (not for --help,
   * --version, a usage error or no files); `onMainThread` when this thread
   * extracted the facts and ran the checks of every file, not a worker.
   */
  linted?(onMainThread: boolean): void;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`compact-lint: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }

  if (options.config) {
    // A configuration file named but not there: linting with the defaults would report, and with --fix write, what the user did not ask for.
    const problem = configFileProblem(resolve(io.cwd, options.config));
    if (problem) {
      io.stderr(`compact-lint: Cannot read the configuration file "${options.config}": ${problem}. Nothing was linted.\n`);
      return 2;
    }
  }
  const lintOptions: LintFilesOptions = {
    cwd: io.cwd,
    fix: options.fix,
    quiet: options.quiet,
    oneEdits: options.format === 'json',
    ...(options.config ? { config: resolve(io.cwd, options.config) } : {}),
    ...(options.stdinFilename ? { stdinFilename: options.stdinFilename } : {}),
  };
  const outcomes: FileOutcome[] = [];
  let ioError = false;
  /** What made the run fail, as written on standard error, for the formats that record it (SARIF). */
  const failures: string[] = [];
  /** A file or input error: said on standard error, recorded, and the run ends with exit code 2. */
  const fail = (failure: string): void => {
    io.stderr(`compact-lint: ${failure}\n`);
    failures.push(failure);
    ioError = true;
  };

  let allOnMainThread = true;
  const usesStdin = options.patterns.includes('-');
  const patterns = options.patterns.filter((p) => p !== '-');
  const excluded = usesStdin && options.stdinFilename !== undefined && isExcluded(resolve(io.cwd, options.stdinFilename), patterns, io.cwd);
  if (excluded) {
    const notice = `standard input, named "${options.stdinFilename}", is left out by an exclusion and not linted`;
    // A run that lints nothing must not pass unnoticed, as when exclusions leave out every file named.
    if (inclusions(patterns, io.cwd).length === 0) fail(`No files left to lint: ${notice}, and no file is named.`);
    else io.stderr(`compact-lint: ${notice}.\n`);
  }
  if (usesStdin && !excluded) {
    if (options.fix) io.stderr('compact-lint: --fix writes files: standard input is linted, not fixed.\n');
    const path = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<stdin>';
    const linter = new FileLinter({ ...lintOptions, fix: false });
    const limit = linter.maxFileSize(path);
    let input: Awaited<ReturnType<CliIO['readStdin']>> | undefined;
    try {
      input = await io.readStdin(limit);
    } catch (e) {
      fail(`Cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
    if (input) {
      const read = input.size > limit ? { text: '', skip: tooLarge(input.size, limit) } : textOf(input.bytes);
      outcomes.push(linter.lintText(path, read.text, read.skip));
    }
  }
  // With "-", exclusions alone name no files: only standard input is linted, not the working folder.
  if (!usesStdin || inclusions(patterns, io.cwd).length > 0) {
    const { files, errors } = expandPatterns(patterns, io.cwd, usesStdin && !excluded);
    errors.forEach(fail);
    const linted = await lintPaths(files, lintOptions, io.workerScript);
    for (const o of linted.outcomes) outcomes.push(o);
    allOnMainThread = linted.onMainThread;
  }
  if (outcomes.length > 0) io.linted?.(allOnMainThread);

  const configIssues = new Map<string, ConfigIssue>();
  for (const o of outcomes) {
    for (const i of o.configIssues) configIssues.set(`${i.file}:${i.line}:${i.character}:${i.message}`, i);
    o.errors.forEach(fail);
  }
  for (const i of configIssues.values()) {
    const issue = `${relative(io.cwd, i.file) || i.file}:${i.line + 1}:${i.character + 1}: ${i.message}`;
    io.stderr(`compact-lint: ${issue}\n`);
    failures.push(issue);
  }
  if (options.fix && [...configIssues.values()].some(blocksFixes)) io.stderr('compact-lint: --fix wrote nothing to the files whose configuration has errors: correct it and run again.\n');
  const results = outcomes.map((o) => o.result);
  const warnings = outcomes.reduce((n, o) => n + o.warnings, 0);
  const hiddenWarnings = options.quiet ? warnings : 0;
  const formatter = FORMATTERS[options.format] as NonNullable<(typeof FORMATTERS)[string]>;
  io.stdout(formatter(results, { cwd: io.cwd, version: io.version, hiddenWarnings, failures }));

  if (ioError || configIssues.size > 0) return 2;
  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`compact-lint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

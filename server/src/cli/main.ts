/**
 * `compact-lint`: the CI adapter over the same pipeline the language server
 * uses. Parses arguments, expands globs, reads files and configuration, calls
 * the core, prints one of the formats and returns the exit code:
 * 0 clean, 1 lint errors or too many warnings, 2 usage, configuration or I/O.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyFixes, buildModel, lintModel, type Finding, type DocumentModel } from '../core/index';
import { ConfigLoader, type ConfigIssue } from '../node/configLoader';
import { writeFileAtomic } from '../node/atomicWrite';
import { parseCliArgs, UsageError, USAGE } from './args';
import { expandPatterns, readText } from './files';
import { FORMATTERS } from './formatters/index';
import { toLocation } from './location';
import type { FileResult } from './results';

export interface CliIO {
  readonly cwd: string;
  readonly version: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
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

  const loader = new ConfigLoader();
  const explicit = options.config ? resolve(io.cwd, options.config) : undefined;
  const configIssues = new Map<string, ConfigIssue>();
  let ioError = false;
  let warnings = 0;
  const results: FileResult[] = [];

  const lintOne = (path: string, text: string, skip: Parameters<typeof buildModel>[0]['skip']): void => {
    const loaded = loader.forDirectory(path === '<stdin>' ? io.cwd : dirname(path), explicit);
    for (const i of loaded.issues) configIssues.set(`${i.file}:${i.line}:${i.character}:${i.message}`, i);
    const uri = path === '<stdin>' ? 'stdin:' : pathToFileURL(path).href;
    let model: DocumentModel = buildModel({ uri, version: 0, text, ...(skip ? { skip } : {}) }, loaded.config);
    let findings: Finding[] = lintModel(model);
    let fixed = false;
    if (options.fix && !skip && path !== '<stdin>') {
      const result = applyFixes(text, findings, { safeOnly: true });
      if (result.applied > 0 && result.text !== text) {
        try {
          writeFileAtomic(path, result.text);
          fixed = true;
          model = buildModel({ uri, version: 1, text: result.text }, loaded.config);
          findings = lintModel(model);
        } catch (e) {
          io.stderr(`compact-lint: cannot write ${path}: ${(e as Error).message}\n`);
          ioError = true;
        }
      }
    }
    // Warnings count against --max-warnings even when --quiet hides them.
    warnings += findings.filter((f) => f.severity === 'warning').length;
    const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings.filter((f) => f.severity !== 'hint');
    results.push({
      path,
      relativePath: path === '<stdin>' ? (options.stdinFilename ?? '<stdin>') : relative(io.cwd, path).split(sep).join('/'),
      messages: shown.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message, location: toLocation(model.lines, f.span), finding: f })),
      ...(fixed ? { fixed } : {}),
    });
  };

  const usesStdin = options.patterns.includes('-');
  const patterns = options.patterns.filter((p) => p !== '-');
  if (usesStdin) {
    const text = await io.readStdin();
    const path = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<stdin>';
    lintOne(path, text, text.includes('\u0000') ? { reason: 'binary', message: 'Input not analysed: it contains NUL bytes.' } : undefined);
  }
  if (!usesStdin || patterns.length > 0) {
    const { files, errors } = expandPatterns(patterns, io.cwd);
    for (const e of errors) io.stderr(`compact-lint: ${e}\n`);
    if (errors.length) ioError = true;
    for (const file of files) {
      const max = loader.forDirectory(dirname(file), explicit).config.maxFileSize;
      const read = readText(file, max);
      if (read.skip?.reason === 'unreadable') {
        io.stderr(`compact-lint: ${relative(io.cwd, file)}: ${read.skip.message}\n`);
        ioError = true;
      }
      lintOne(file, read.text, read.skip);
    }
  }

  for (const i of configIssues.values()) {
    io.stderr(`compact-lint: ${relative(io.cwd, i.file) || i.file}:${i.line + 1}:${i.character + 1}: ${i.message}\n`);
  }
  const formatter = FORMATTERS[options.format] as NonNullable<(typeof FORMATTERS)[string]>;
  io.stdout(formatter(results, { cwd: io.cwd, version: io.version }));

  if (ioError || configIssues.size > 0) return 2;
  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`compact-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

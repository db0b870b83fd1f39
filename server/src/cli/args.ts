/** Command-line arguments of `compact-lint`. */
import { parseArgs } from 'node:util';
import { FORMATTERS } from './formatters/index';

export interface CliOptions {
  readonly patterns: readonly string[];
  readonly config?: string;
  readonly format: string;
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly fix: boolean;
  readonly stdinFilename?: string;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: compact-lint [options] [paths or globs...]

Lints Markdown drafts of global compacts and related policy texts.
With no paths, lints the .md and .markdown files under the current folder. A
folder means every .md and .markdown file in it, skipping node_modules and
hidden files and folders (names starting with a dot); a path or glob after
"!" leaves out what it names ('!drafts/archive'); "-" reads standard input.

Options:
  -c, --config FILE        use this configuration file instead of looking for
                           .compact-lint.json files next to each draft
  -f, --format NAME        stylish (default), json, sarif, github or junit
      --max-warnings N     exit with 1 when there are more than N warnings
                           (-1: no limit, the default)
  -q, --quiet              report errors only
      --fix                apply every safe fix and write the files
      --stdin-filename P   path to report (and find configuration for) with "-"
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors
or too many warnings, 2 usage, configuration or file errors.
`;

export class UsageError extends Error {}

/**
 * parseArgs reads the "-1" of ESLint's "--max-warnings -1" as another option
 * (and fails): such a value is joined to its option, "--max-warnings=-1".
 */
function withNegativeCounts(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (a === '--max-warnings' && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: withNegativeCounts(argv),
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(usageMessage(e as NodeJS.ErrnoException));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!Object.hasOwn(FORMATTERS, format)) throw new UsageError(`Unknown format "${format}": use one of ${Object.keys(FORMATTERS).join(', ')}.`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    // -1, as in ESLint, sets no limit.
    if (!/^(?:\d+|-1)$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number (or -1 for no limit), not "${v['max-warnings']}".`);
    maxWarnings = Number(v['max-warnings']);
  }
  // An empty value is a variable left unset in a CI script: searching for configuration instead would hide it.
  if (v.config === '') throw new UsageError('--config needs a file name; it was given an empty one.');
  if (parsed.positionals.some((p) => p.trim() === '')) throw new UsageError('An empty path was given (a variable left unset?): name the files or folders to lint, or give none to lint the current folder.');
  if (v['stdin-filename'] !== undefined && !parsed.positionals.includes('-')) throw new UsageError('--stdin-filename names standard input: give "-" among the files to read it.');
  return {
    patterns: parsed.positionals,
    ...(v.config !== undefined ? { config: v.config } : {}),
    format,
    maxWarnings,
    quiet: v.quiet ?? false,
    fix: v.fix ?? false,
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/**
 * The argument parser's message in the words of the other usage errors: its
 * own ("… as in '-- "--bogus"") quotes one way and ends without a full stop.
 */
function usageMessage(e: NodeJS.ErrnoException): string {
  const option = /'(-[^']*)'/.exec(e.message)?.[1];
  const name = option?.split(/[ ,]/).find((w) => w.startsWith('--')) ?? option;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option "${option}" (a file whose name starts with "-" goes after "--": compact-lint -- ${option}).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/ does not take an argument/.test(e.message)) return `The option "${name}" takes no value.`;
      if (/ ambiguous/.test(e.message)) return `The value of "${name}" starts with "-": write it as ${name}=VALUE.`;
      return `The option "${name}" needs a value.`;
    default:
      return e.message.endsWith('.') ? e.message : `${e.message}.`;
  }
}

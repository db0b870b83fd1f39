/**
 * Reads the text of a `.compact-lint.json` file: JSON with comments, checked
 * against the shipped schema. Every problem is reported with its offset in the
 * file, and the offending setting is dropped so that the rest still applies.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { ErrorObject } from 'ajv';
import { validate as validateSchema } from './validateConfig.generated.js';
import { NON_BLANK, type Config } from './types';
import { conceptIds } from '../data/terminology';
import { closestOf } from '../text/editDistance';

export type PartialConfig = { readonly root?: boolean } & { readonly [K in keyof Config]?: Partial<Config[K]> | Config[K] };

export interface ConfigProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** What the problem costs: the setting, the whole file (it sets nothing), or nothing (the message says what applies). */
  readonly dropped: 'setting' | 'file' | 'nothing';
}

export interface ParsedConfig {
  readonly config: PartialConfig;
  readonly problems: readonly ConfigProblem[];
  /**
   * Where the file names each concept of `glossary.disable`, which only the
   * merged configuration can tell known or not: a concept may be added by
   * another file of the cascade (see unknownDisabledConcepts).
   */
  readonly disabled: readonly WrittenString[];
  /** Where the file writes each pattern of `draft.files`, which only the file system can tell matching or not. */
  readonly draftFiles: readonly WrittenString[];
}

/** A string of the configuration, and where the file writes it. */
export interface WrittenString {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}


function validate(value: unknown): ErrorObject[] {
  return validateSchema(value) ? [] : [...(validateSchema.errors ?? [])];
}

export function parseConfig(text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const problems: ConfigProblem[] = e
      ? errors
          // Two objects left open end at the same place with the same error: one is said once.
          .filter((x, i) => errors.findIndex((y) => y.error === x.error && y.offset === x.offset) === i)
          .map((x) => ({ message: `Invalid JSON: ${describeParseError(printParseErrorCode(x.error))}.`, start: x.offset, end: x.offset + Math.max(1, x.length), dropped: 'file' as const }))
      : [{ message: 'Invalid JSON: the file is empty.', start: 0, end: 0, dropped: 'file' }];
    return { config: {}, problems, disabled: [], draftFiles: [] };
  }
  if (tree.type !== 'object') {
    return { config: {}, problems: [{ message: 'The configuration must be a JSON object.', start: tree.offset, end: tree.offset + tree.length, dropped: 'file' }], disabled: [], draftFiles: [] };
  }
  const problems: ConfigProblem[] = [];
  const value = nodeValue(tree, problems) as Record<string, unknown>;
  const drop = new Set<string>();
  for (const err of dedupe(validate(value))) {
    const path = pointerToPath(err.instancePath);
    const location = err.keyword === 'additionalProperties' ? [...path, String(err.params['additionalProperty'])] : path;
    const node = findNodeAtLocation(tree, jsonPath(tree, location)) ?? tree;
    const target = err.keyword === 'additionalProperties' || err.keyword === 'propertyNames' ? (node.parent ?? node) : node;
    const key = err.keyword === 'propertyNames' ? String(err.params['propertyName']) : undefined;
    const keyNode = key !== undefined ? findNodeAtLocation(tree, jsonPath(tree, [...path, key]))?.parent : undefined;
    const where = keyNode ?? target;
    problems.push({ message: describe(err, location, key), start: where.offset, end: where.offset + where.length, dropped: 'setting' });
    const dropPath = key !== undefined ? [...path, key] : location;
    drop.add(JSON.stringify(dropPath.slice(0, Math.max(1, dropPath[0] === 'checks' ? 2 : 1))));
  }
  for (const d of drop) removePath(value, JSON.parse(d) as string[]);
  return { config: value as PartialConfig, problems, disabled: writtenStrings(tree, value, ['glossary', 'disable']), draftFiles: writtenStrings(tree, value, ['draft', 'files']) };
}

/** The strings of a list the configuration kept (a list dropped as invalid has none), where the file writes them. */
function writtenStrings(tree: Node, value: Record<string, unknown>, path: [string, string]): WrittenString[] {
  const kept = (value[path[0]] as Record<string, unknown> | undefined)?.[path[1]];
  const list = Array.isArray(kept) ? findNodeAtLocation(tree, path) : undefined;
  return (list?.children ?? []).filter((n) => n.type === 'string').map((n) => ({ value: String(n.value), start: n.offset, end: n.offset + n.length }));
}

/**
 * The concepts a file's `glossary.disable` names that neither the glossary
 * nor the merged configuration (`glossary.add` of any file of the cascade)
 * defines: a misspelt id disables nothing, and the finding it was meant to
 * silence stays.
 */
export function unknownDisabledConcepts(config: Config, disabled: readonly WrittenString[]): ConfigProblem[] {
  if (disabled.length === 0) return [];
  const known = conceptIds(config);
  return disabled
    .filter((d) => !known.has(d.value))
    .map((d) => {
      const closest = closestOf(d.value, known);
      return { message: `Unknown glossary concept "${d.value}" in "glossary.disable": it disables nothing.${closest ? ` Did you mean "${closest}"?` : ''}`, start: d.start, end: d.end, dropped: 'nothing' as const };
    });
}

/**
 * The value of a node of the tree. A key given twice in one object keeps its
 * last value, as in JSON.parse, and is reported: the file then says two
 * things, and the one that is ignored is easily the one being edited.
 */
function nodeValue(node: Node, problems: ConfigProblem[]): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        const key = String(k.value);
        if (seen.has(key)) problems.push({ message: `Duplicate key "${key}": only its last value is used.`, start: k.offset, end: k.offset + k.length, dropped: 'nothing' });
        seen.add(key);
        // As an own property, as JSON.parse makes it: an assignment to "__proto__" would set the prototype.
        Object.defineProperty(o, key, { value: nodeValue(v, problems), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map((c) => nodeValue(c, problems));
    case 'number':
      // "1e400" reads as Infinity, which would pass for an integer above any minimum: kept as text, it is reported as no value the setting takes.
      return Number.isFinite(node.value) ? node.value : String(node.value);
    default:
      return node.value;
  }
}

/** A path of keys as jsonc-parser takes it: an index into an array is a number ("instruments", 0, "acronym"). */
function jsonPath(tree: Node, path: readonly string[]): (string | number)[] {
  let node: Node | undefined = tree;
  return path.map((segment) => {
    const key = node?.type === 'array' && /^\d+$/.test(segment) ? Number(segment) : segment;
    node = node ? findNodeAtLocation(node, [key]) : undefined;
    return key;
  });
}

function pointerToPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function removePath(obj: Record<string, unknown>, path: readonly string[]): void {
  let cur: unknown = obj;
  for (let i = 0; i < path.length - 1; i++) {
    if (cur === null || typeof cur !== 'object') return;
    cur = (cur as Record<string, unknown>)[path[i] as string];
  }
  if (cur !== null && typeof cur === 'object') delete (cur as Record<string, unknown>)[path[path.length - 1] as string];
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // "propertyNames" also raises a generic error on the parent; keep the specific one.
  const seen = new Set<string>();
  return errors.filter((e) => {
    // The detail of a "propertyNames" failure repeats it with the name's own error.
    if (e.keyword === 'if' || (e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return false;
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describe(err: ErrorObject, path: readonly string[], key: string | undefined): string {
  const where = path.length ? `"${path.join('.')}"` : 'the configuration';
  switch (err.keyword) {
    case 'propertyNames':
      return path[0] === 'checks' ? `Unknown check id "${key}" in "checks" (see docs/rules.md for the list).` : `Unknown key "${key}" in ${where}.`;
    case 'additionalProperties':
      return `Unknown setting ${where}.`;
    case 'enum':
      return `Invalid value for ${where}: expected one of ${(err.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'type':
      return `Invalid value for ${where}: expected ${String(err.params['type'])}.`;
    case 'pattern':
      // The schema's patterns are those of dates and NON_BLANK.
      return err.params['pattern'] === NON_BLANK ? `Invalid value for ${where}: expected a non-empty string.` : `Invalid value for ${where}: expected a date, YYYY-MM-DD (or YYYY-MM, or YYYY).`;
    case 'required':
      return `Missing "${String(err.params['missingProperty'])}" in ${where}.`;
    default:
      return `Invalid value for ${where}: ${err.message ?? 'does not match the schema'}.`;
  }
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Whether a document belongs to the draft its configuration describes
 * (`draft.files`: globs relative to the configuration file's folder). Pure
 * string matching on the document's file URI, so the core, the CLI and the
 * server agree on membership: a file in the same folder but not listed is
 * not part of the draft. Globs: `*`, `?`, `**`, `{a,b}`.
 */
import type { Config } from './types';

const compiled = new Map<string, RegExp>();

export function isDraftMember(config: Config, uri: string): boolean {
  return draftIndex(config, uri) >= 0;
}

/**
 * Whether a document is the part of its draft named: the main text, which
 * matches the first glob of `draft.files`, or an annex, which matches a later
 * one.
 */
export function isDraftPart(doc: { readonly config: Config; readonly uri: string }, part: 'main' | 'annex'): boolean {
  return (draftIndex(doc.config, doc.uri) === 0) === (part === 'main');
}

/** The index in `draft.files` of the first glob the document matches, or -1 when it is not in the draft. */
function draftIndex(config: Config, uri: string): number {
  const { files, base } = config.draft;
  if (files.length === 0 || !base) return -1;
  const path = pathOf(uri);
  const root = slashes(base).replace(/\/+$/, '');
  if (!path || !path.startsWith(`${root}/`)) return -1;
  const relative = path.slice(root.length + 1);
  return files.findIndex((glob) => globPattern(glob).test(relative));
}

/**
 * Orders the documents of a draft as `draft.files` lists them: by the first
 * glob each matches (the main text before its annexes), then by URI. Objective
 * numbering runs across the files in this order. Documents of no draft keep
 * the order of their URIs, after the members.
 */
export function inDraftOrder<T extends { readonly uri: string; readonly config: Config }>(docs: readonly T[]): T[] {
  const rank = (d: T): number => {
    const i = draftIndex(d.config, d.uri);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return docs
    .map((d) => ({ d, r: rank(d) }))
    .sort((a, b) => a.r - b.r || (a.d.uri < b.d.uri ? -1 : a.d.uri > b.d.uri ? 1 : 0))
    .map((x) => x.d);
}

/** The file path of a file URI, with forward slashes and a lower-case drive letter. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(uri.slice('file://'.length).replace(/^[^/]*/, ''));
  } catch {
    return undefined;
  }
  return slashes(/^\/[A-Za-z]:/.test(path) ? path.slice(1) : path);
}

function slashes(path: string): string {
  const p = path.replace(/\\/g, '/');
  return /^[A-Za-z]:/.test(p) ? (p[0] as string).toLowerCase() + p.slice(1) : p;
}

function globPattern(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    let out = '';
    let braces = 0;
    const g = glob.replace(/^\.\//, '');
    for (let i = 0; i < g.length; i++) {
      const c = g[i] as string;
      if (c === '*' && g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') out += '[^/]*';
      else if (c === '?') out += '[^/]';
      else if (c === '{') {
        braces++;
        out += '(?:';
      } else if (c === '}' && braces > 0) {
        braces--;
        out += ')';
      } else if (c === ',' && braces > 0) out += '|';
      else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
    re = new RegExp(`^${out}${')'.repeat(braces)}$`);
    compiled.set(glob, re);
  }
  return re;
}

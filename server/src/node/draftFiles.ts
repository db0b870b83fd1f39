/**
 * The files that form one draft with a document (`draft.files` in
 * `.compact-lint.json`, globs relative to that file): the main text and its
 * annexes, whose references resolve across files. Bounded, so a careless
 * glob cannot make every lint read a whole disk.
 */
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Config } from '../core/index';

const MAX_DRAFT_FILES = 200;

/** Absolute paths of the draft's Markdown files, sorted; empty when the configuration forms no draft. */
export function draftPaths(config: Config): string[] {
  const { files, base } = config.draft;
  if (files.length === 0 || !base) return [];
  const found = globSync([...files], { cwd: base, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  return found
    .filter((p) => /\.(?:md|markdown)$/i.test(p))
    .map((p) => resolve(p))
    .sort()
    .slice(0, MAX_DRAFT_FILES);
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a
 * rename over the original, so a crash never leaves a half-written draft.
 * The original's permissions are kept. A string is written as UTF-8.
 */
import { renameSync, statSync, writeFileSync, chmodSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(tmp, data, { encoding: 'utf8', flag: 'wx' });
    if (mode !== undefined) chmodSync(tmp, mode & 0o7777);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file was not created.
    }
    throw e;
  }
}

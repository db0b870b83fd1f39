/**
 * Writes what --fix made of a file, and nothing a user would not expect:
 *
 * - a symbolic link is followed: the file it names is fixed, the link stays;
 * - a file without write permission (read-only, or not the user's) is left
 *   alone, with an error, even where the folder would allow replacing it;
 * - a file that changed since it was read (an editor saved it meanwhile) is
 *   left alone, with an error, so that the edit is not lost;
 * - a byte order mark the file starts with is kept;
 * - a file with hard links keeps them, and a file of another user or group
 *   (as in a container running as root on a mounted checkout) keeps its
 *   owner and group: such a file is rewritten in place, since replacing it
 *   would leave its other names with the old text, or give it to the user
 *   running the command;
 * - a file the user may write in a folder the user may not is rewritten in
 *   place too.
 *
 * Other files are replaced atomically (see atomicWrite.ts), keeping their
 * permissions, so that a crash never leaves half a draft. Throws an Error
 * whose message says why the file was not written.
 */
import { accessSync, constants, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../node/atomicWrite';
import { utf8Text } from './files';

/** `linted` is the text as read and linted (without a byte order mark), `fixed` what to write instead. */
export function writeFix(path: string, linted: string, fixed: string): void {
  const target = realpathSync(path);
  const stat = statSync(target);
  if ((stat.mode & 0o222) === 0) throw new Error('the file is read-only');
  accessSync(target, constants.W_OK);
  const bytes = readFileSync(target);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (utf8Text(bytes) !== linted) throw new Error('the file changed while it was being linted; run again');
  const text = bom ? `\ufeff${fixed}` : fixed;
  const another = process.getuid !== undefined && (stat.uid !== process.getuid() || stat.gid !== process.getgid?.());
  if (stat.nlink > 1 || another) return writeFileSync(target, text, 'utf8');
  try {
    writeFileAtomic(target, text);
  } catch (e) {
    // A folder the user may not write in, holding a file the user may: the file is rewritten in place.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw e;
    writeFileSync(target, text, 'utf8');
  }
}

/**
 * Escapes every non-ASCII character of a bundle as `\uXXXX`.
 *
 * esbuild already writes strings and templates in ASCII, but not regular
 * expression literals or `String.raw` templates, and the core's patterns hold
 * curly quotes, dashes and ellipses. One such character makes V8 keep the
 * whole source as a two-byte string: reading the CLI's bundle and loading its
 * cached code then cost 1–2 ms more at every start. In a regular
 * expression (and in the `String.raw` source of one) `\uXXXX` matches what
 * the character matched, with or without the `u` flag, a character outside
 * the BMP written as its two surrogates; in an identifier or a string it is
 * the same character. What differs is the text of a pattern
 * (`RegExp.prototype.source`, never read by the bundles) and of a comment.
 *
 * A character right after a backslash (an identity escape such as `\’`)
 * would become an escaped backslash and the letters "u2019": the build fails
 * there instead, so the source is written differently.
 *
 * @param {string} code
 * @param {string} file for the error message
 * @returns {string}
 */
export function asciiOnly(code, file) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, backslashes, unit, offset) => {
    if (backslashes.length % 2 === 1) {
      throw new Error(`${file}: a non-ASCII character after a backslash at offset ${offset + backslashes.length}; write it without the backslash or as \\u${hex(unit)}`);
    }
    return `${backslashes}\\u${hex(unit)}`;
  });
}

/** @param {string} unit one UTF-16 code unit */
function hex(unit) {
  return unit.charCodeAt(0).toString(16).padStart(4, '0');
}

/**
 * Whether text[start, end) holds only ASCII characters and no capital letter,
 * so that lower-casing it would change nothing. Most words of prose are such:
 * tokenizers test this first and call toLowerCase only for the others.
 */
export function isPlainLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

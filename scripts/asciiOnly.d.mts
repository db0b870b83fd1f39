/** See asciiOnly.mjs. */
export function asciiOnly(code: string, file: string): string;

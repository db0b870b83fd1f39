/** The source of a pattern that matches `phrase` literally, any run of white space between its words: "Global Compact" → "Global\s+Compact". */
export function phraseSource(phrase: string): string {
  return phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

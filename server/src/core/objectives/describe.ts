/**
 * Wording shared by the messages and hovers about objectives and paragraphs.
 */

/** "1–5, 7, 8, 10–12": sorted distinct numbers, runs of three or more collapsed. */
export function numberList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** The lowest number defined. */
export function lowest(defs: readonly { readonly number: number }[]): number {
  return defs.reduce((min, d) => Math.min(min, d.number), Infinity);
}

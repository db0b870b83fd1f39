/** `npm run fuzz`: 100,000 cases through the core; prints the count of cases and failures. */
import fc from 'fast-check';
import { markdown, mutated, realTexts } from './arbitraries';
import { checkText } from './property';

const total = Number(process.argv[2] ?? 100000);
const texts = realTexts();
let cases = 0;
let failures = 0;
const arb = fc.oneof(markdown, mutated(texts));
const started = performance.now();
for (let done = 0; done < total; done += 1000) {
  const batch = Math.min(1000, total - done);
  for (const text of fc.sample(arb, batch)) {
    cases++;
    try {
      checkText(text);
    } catch (e) {
      failures++;
      if (failures <= 10) console.error(`failure ${failures}: ${(e as Error).message.slice(0, 500)}`);
    }
  }
  process.stderr.write(`\r${cases} cases, ${failures} failures`);
}
process.stderr.write('\n');
console.log(`${cases} cases, ${failures} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failures ? 1 : 0;

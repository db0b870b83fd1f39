/**
 * The floor of any remark-based command-line linter: a process that reads
 * every .md file under a folder and parses it with remark-parse, nothing
 * else. The benchmark bundles it like dist/cli.js and times it the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = process.argv[2] as string;
const parser = unified().use(remarkParse);
let nodes = 0;
for (const f of readdirSync(dir, { recursive: true }) as string[]) {
  if (f.endsWith('.md')) nodes += parser.parse(readFileSync(join(dir, f), 'utf8')).children.length;
}
process.stdout.write(`${nodes}\n`);

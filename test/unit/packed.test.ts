/**
 * The pipeline's packed syntax (core/parse/packed.ts) must give exactly the
 * blocks of a direct parse: the CLI's result must not depend on the thread
 * that turned remark's trees into blocks.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG, packSource, parseSource, unpackSource, type Source } from '../../server/src/core/index';
import { blocksOfPacked, parseBlocks, parsePacked } from '../../server/src/core/parse/parse';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixtures = readdirSync(FIXTURES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

function source(text: string): Source {
  return { uri: 'file:///draft.md', version: 3, text };
}

describe('packed syntax for the pipeline', () => {
  it('gives the parsed source of every fixture', () => {
    assert.ok(fixtures.length > 20);
    for (const text of fixtures) assert.deepEqual(unpackSource(packSource(source(text), DEFAULT_CONFIG)), parseSource(source(text), DEFAULT_CONFIG));
  });

  it('gives the parsed source of texts the guards change, with link definitions, and of skipped ones', () => {
    const texts = [
      `${'*a* '.repeat(201)}\n\n${'> '.repeat(20)}deep SDG 20\n`,
      'See [the Compact][gcm] and SDG 18.\n\n- item [two]\n\n[gcm]: https://example.org/gcm\n',
      // Long enough to be parsed in chunks, but for the definition, which applies to the reference chunks before it.
      `See [the Compact][gcm] and SDG 18.\n\n${'Filler paragraph on target 10.7.\n\n'.repeat(1000)}> [gcm]: https://example.org/gcm\n`,
      '---\ntitle: SDG 1\n---\n# Heading SDG 2\n\n<!-- compact-lint-disable -->\n\n`SDG 3` &amp; \\*SDG 4\\*\n',
      'binary\u0000text',
      '',
    ];
    for (const text of texts) assert.deepEqual(unpackSource(packSource(source(text), DEFAULT_CONFIG)), parseSource(source(text), DEFAULT_CONFIG));
    const skipped = { ...source('x'), skip: { reason: 'unreadable' as const, message: 'invalid UTF-8' } };
    assert.deepEqual(unpackSource(packSource(skipped, DEFAULT_CONFIG)), parseSource(skipped, DEFAULT_CONFIG));
  });

  it('gives the blocks of parseBlocks in chunks, whatever falls on a chunk boundary (property)', () => {
    const unit = [
      'Paragraph with SDG 18, *emphasis*, `code` and a [link](https://example.org "title").',
      '- a list item\n\n  continued in the item',
      '1. numbered\n2. list\n   lazy line',
      '> a quote\nlazy continuation\n> > nested',
      '```\nfenced code\n\nwith SDG 19 and a blank line\n```',
      '<!-- a comment\n\nspanning a blank line -->',
      'Setext heading\n===',
      '## Heading *with* emphasis ##',
      'Escapes \\* and entities &eacute; &#x41;',
      '    indented code',
      '<div>\n\nhtml block\n</div>',
      '- ```',
      '![image *alt*](https://example.org/i.png) and <https://example.org/auto>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...unit), { minLength: 50, maxLength: 600 }), fc.constantFrom('\n\n', '\n'), (parts, sep) => {
        const text = parts.join(sep);
        assert.deepEqual(blocksOfPacked(text, parsePacked(text, 512)), parseBlocks(text, 0, text.length, 512));
      }),
      { numRuns: 40 },
    );
  });
});

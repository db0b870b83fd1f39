/**
 * The syntax layer: what is prose and what is never checked. Findings are
 * probed with SDG references, whose ranges must be exact.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel } from '../../server/src/core/index';
import { FACT_INDEX, FACT_KEYS, NO_FACTS } from '../../server/src/core/model/facts';

function refs(text: string): string[] {
  const model = buildModel({ uri: 'test', version: 1, text }, DEFAULT_CONFIG);
  return model.facts('sdgRefs').map((r) => `${r.id}@${r.span.start}:${text.slice(r.span.start, r.span.end)}`);
}

describe('blocks: prose and excluded text', () => {
  it('finds references in paragraphs, headings, lists, block quotes and emphasis', () => {
    const text = '# SDG 1\n\n- SDG 2\n\n> SDG 3\n> and *SDG* **4**\n\n1. [SDG 5](https://x.org)\n';
    assert.deepEqual(refs(text).map((r) => r.split('@')[0]), ['1', '2', '3', '4', '5']);
  });

  it('never reads code, HTML, comments, link destinations, URLs or front matter', () => {
    const text = [
      '---',
      'title: SDG 1',
      '---',
      '`SDG 2` and <span title="SDG 3">x</span>',
      '',
      '```',
      'SDG 4',
      '```',
      '',
      '    SDG 5 indented code',
      '',
      '<!-- SDG 6 -->',
      '',
      '[text](https://example.org/SDG-7) https://example.org/SDG%208 www.example.org/SDG-9',
      '',
      '<div>',
      'SDG 10',
      '</div>',
      '',
      '![SDG 11](img.png) [ref]: https://example.org/SDG-12',
    ].join('\n');
    assert.deepEqual(refs(text), []);
  });

  it('never reads text struck through, which a comments matrix proposes to delete, and reads "~~" that strikes nothing, or that two cells of a table hold', () => {
    const text = '| Paragraph | Proposed text |\n| --- | --- |\n| 12 | ~~SDG 1~~ **SDG 2**, ~~SDG 3 and\nSDG 4~~ | ~~SDG 8 | SDG 9~~ |\n\nSDG 5 ~~ SDG 6 ~~ and ~SDG 7~.\n';
    assert.deepEqual(refs(text).map((r) => r.split('@')[0]), ['2', '8', '9', '5', '6', '7']);
  });

  it('never reads text struck through with markup inside it', () => {
    const text = 'Not ~~*SDG 1*~~, ~~[SDG 3](https://example.org)~~ or ~~SDG **4**~~, but SDG 5.\n';
    assert.deepEqual(refs(text).map((r) => r.split('@')[0]), ['5']);
  });

  it('keeps offsets exact through a byte-order mark, CRLF, escapes and character references', () => {
    const text = '\uFEFFIntro &amp; \\*x\\* — SDG 18\r\n> États: SDG 19\r\n';
    const found = refs(text);
    assert.deepEqual(found, [`18@${text.indexOf('18')}:18`, `19@${text.indexOf('19')}:19`]);
  });

  it('matches across line breaks and block-quote prefixes inside a paragraph', () => {
    const text = '> consistent with SDG\n> target 10.7 and\n';
    assert.deepEqual(refs(text), [`10.7@${text.indexOf('10.7')}:10.7`]);
  });

  it('keeps the number written in the source for ordered list items', () => {
    const model = buildModel({ uri: 't', version: 1, text: '16. We commit\n18. We also commit\n\n- bullet\n' }, DEFAULT_CONFIG);
    const items = model.blocks.flatMap((b) => b.listItems.map((i) => i.number));
    assert.deepEqual(items, [16, 18, null]);
  });
});

describe('model: facts by kind', () => {
  it("lists every block's facts of a kind in document order, and blocks without facts share one empty record", () => {
    const text = '# The GCM and SDG 10.7\n\n---\n\n- illegal migrants\n- the labor market\n\n```\nSDG 1\n```\n\nSee objective 3 and the CRC.\n';
    const model = buildModel({ uri: 'test', version: 1, text }, DEFAULT_CONFIG);
    for (const key of FACT_KEYS) assert.deepEqual(model.facts(key), model.blocks.flatMap((b) => b.facts[FACT_INDEX[key]] as unknown[]), key);
    assert.deepEqual(model.blocks.filter((b) => b.facts === NO_FACTS).map((b) => b.type), ['thematicBreak', 'code']);
    assert.ok(model.facts('sdgRefs').length > 0 && model.facts('spellingSlips').length > 0 && model.facts('termMentions').length > 0);
  });
});

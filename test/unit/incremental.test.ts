/**
 * Incremental analysis must be indistinguishable from a full one: random
 * edits (including the ones that change block structure: fences, setext
 * underlines, list and quote markers, HTML comments) are applied to drafts,
 * and the incrementally updated model and its findings are compared with a
 * model built from scratch.
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG, buildModel, lintModel, updateModel, type DocumentModel, type Edit } from '../../server/src/core/index';
import { changedRegion } from '../../server/src/core/model/incremental';
import { parseBlocks, parsePacked } from '../../server/src/core/parse/parse';
import { toBlocks } from '../../server/src/core/parse/blocks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';

function parseWhole(text: string): ReturnType<typeof parseBlocks> {
  return toBlocks((unified().use(remarkParse).parse(text) as Root).children, text, 0);
}

/** A paragraph with too many emphasis delimiters and a line nested too deep: both have markup blanked by the parser's guards. */
const GUARDED = `# Guarded\n\nBefore SDG 18.\n\n${'*a* '.repeat(201)}\n\nMiddle SDG 19.\n\n${'> '.repeat(20)}deep SDG 20\n\nAfter SDG 10.7.\n`;
/** Reference-style links: the definition at the end applies to the reference in the first paragraph. */
const REFERENCED = `# Links\n\nSee the [Compact][gcm] and SDG 18.\n\nPlain paragraph on target 10.7.\n\n- item one\n- item [two]\n\nAnother plain paragraph.\n\nThird plain paragraph.\n\nFourth plain paragraph.\n\n[gcm]: https://example.org/gcm\n`;
const FIXTURES = join(__dirname, '..', 'fixtures');
const BASE_TEXTS = [
  '# Title\n\nSDG 18 here.\n\n- item SDG 10.7\n- item two\n\n> quote SDG 19\n\nLast para.\n',
  'Para one\nstill one\n\n```\ncode SDG 20\n```\n\nPara SDG 21\n\n<!-- comment -->\n\n1. one\n2. two\n\n   continued\n\nEnd\n',
  GUARDED,
  REFERENCED,
  // The fixtures of every domain, so that the facts of each kind are moved and re-extracted under random edits.
  ...['sdg', 'instruments', 'references', 'terminology'].flatMap((domain) =>
    readdirSync(join(FIXTURES, domain))
      .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
      .map((f) => readFileSync(join(FIXTURES, domain, f), 'utf8')),
  ),
];
const SNIPPETS = ['', '\n', '\n\n', '```', '~~~', '===', '---', '- ', '* ', '> ', '1. ', '16) ', '#', '## ', '<!--', '-->', '<div>', '    ', 'SDG 18', 'target 10.12', '[x]: /u', 'a', ' ', '\r\n', '`'];

function snapshot(m: DocumentModel): unknown {
  const findings = lintModel(m);
  // The line index too: an incremental model derives it from the previous version's.
  return { blocks: m.blocks, findings, lines: Array.from({ length: m.lines.lineCount }, (_, i) => m.lines.lineStart(i)) };
}

const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 3 }).map((a) => a.join('')),
});

/** Applies the edits one by one, each analysed incrementally, and asserts that every version equals its full analysis. */
function matchesFullAnalysis(base: string, edits: readonly { at: number; remove: number; insert: string }[]): void {
  let text = base;
  let model = buildModel({ uri: 'u', version: 0, text }, DEFAULT_CONFIG);
  edits.forEach((r, i) => {
    const start = r.at % (text.length + 1);
    const end = Math.min(text.length, start + r.remove);
    const edit: Edit = { start, end, newLength: r.insert.length };
    text = text.slice(0, start) + r.insert + text.slice(end);
    model = updateModel(model, { uri: 'u', version: i + 1, text }, DEFAULT_CONFIG, [edit]);
    assert.deepEqual(snapshot(model), snapshot(buildModel({ uri: 'u', version: i + 1, text }, DEFAULT_CONFIG)), JSON.stringify({ text, edit }));
  });
}

/** V8's garbage collector, for tests that measure what stays alive. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('incremental analysis', () => {
  it('folds sequential edits into one changed region', () => {
    assert.deepEqual(changedRegion([{ start: 5, end: 5, newLength: 3 }]), { start: 5, end: 8, delta: 3, oldEnd: 5 });
    // Typing "abc" one character at a time.
    assert.deepEqual(changedRegion([0, 1, 2].map((i) => ({ start: 10 + i, end: 10 + i, newLength: 1 }))), { start: 10, end: 13, delta: 3, oldEnd: 10 });
    // An edit before an earlier one moves the region.
    assert.deepEqual(changedRegion([{ start: 20, end: 22, newLength: 0 }, { start: 2, end: 2, newLength: 5 }]), { start: 2, end: 25, delta: 3, oldEnd: 22 });
  });

  it('re-reads a block that follows another without a blank line in that one\'s light: an item that interrupts a paragraph holds no ordered list', () => {
    const text = '# T\n\nFirst paragraph.\n\nA paragraph that is cited whole.\n* 16)    the rest of the line\n\nLast paragraph.\n';
    const model = buildModel({ uri: 'u', version: 0, text }, DEFAULT_CONFIG);
    // An edit in the blank line after the list re-parses it; the paragraph before it decides how its item reads.
    const at = text.indexOf('\n\nLast') + 1;
    const edited = updateModel(model, { uri: 'u', version: 1, text }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: 0 }]);
    assert.deepEqual(snapshot(edited), snapshot(buildModel({ uri: 'u', version: 1, text }, DEFAULT_CONFIG)));
  });

  it('equals a full analysis after random edits (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...BASE_TEXTS), fc.array(editArb, { minLength: 1, maxLength: 4 }), matchesFullAnalysis), { numRuns: 300 });
  });

  it('equals a full analysis after random edits of a text long enough to be parsed in chunks (property)', () => {
    let long = '';
    for (let k = 0; long.length < 24 * 1024; k++) long += (BASE_TEXTS[k % BASE_TEXTS.length] as string) + '\n\n';
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits) => matchesFullAnalysis(long, edits)),
      { numRuns: 40 },
    );
  });

  it('moves the quoted text of a comments matrix with its table, for the acronyms it defines', () => {
    const text = 'Intro.\n\nSecond.\n\nThird.\n\n| Para. | Zero draft text | Comment |\n| --- | --- | --- |\n| 4 | The Migrant Resource Centres (MRCs) advise. | MRCs help. |\n';
    matchesFullAnalysis(text, [{ at: 0, remove: 0, insert: 'An ' }, { at: 2, remove: 1, insert: '' }]);
    const model = updateModel(buildModel({ uri: 'u', version: 0, text }, DEFAULT_CONFIG), { uri: 'u', version: 1, text: `An ${text}` }, DEFAULT_CONFIG, [{ start: 0, end: 0, newLength: 3 }]);
    const [definition] = model.facts('acronymDefinitions');
    assert.equal(`An ${text}`.slice(definition?.span.start, definition?.span.end), 'MRCs');
    assert.deepEqual(lintModel(model).filter((f) => f.checkId === 'terminology/acronym-undefined'), []);
  });

  it('re-parses only the edited blocks of a document whose markup the guards blanked elsewhere', () => {
    const model = buildModel({ uri: 'u', version: 0, text: GUARDED }, DEFAULT_CONFIG);
    assert.ok(model.neutralized.length >= 2, 'the guards blanked markup');
    const at = GUARDED.indexOf('After') + 2;
    const text = GUARDED.slice(0, at) + 'x' + GUARDED.slice(at);
    const next = updateModel(model, { uri: 'u', version: 1, text }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: 1 }]);
    assert.deepEqual(snapshot(next), snapshot(buildModel({ uri: 'u', version: 1, text }, DEFAULT_CONFIG)));
    // The blocks before the window are the previous model's own objects, not a new parse.
    const reused = next.blocks.filter((b) => model.blocks.includes(b));
    assert.ok(reused.length >= next.blocks.length - 3, `${reused.length} of ${next.blocks.length} blocks reused`);
    // An edit inside a guarded paragraph may change what is blanked: it is parsed whole, and still right.
    const inside = GUARDED.indexOf('*a*');
    const text2 = GUARDED.slice(0, inside) + GUARDED.slice(inside + 1);
    const next2 = updateModel(model, { uri: 'u', version: 2, text: text2 }, DEFAULT_CONFIG, [{ start: inside, end: inside + 1, newLength: 0 }]);
    assert.deepEqual(snapshot(next2), snapshot(buildModel({ uri: 'u', version: 2, text: text2 }, DEFAULT_CONFIG)));
    assert.equal(next2.blocks.filter((b) => model.blocks.includes(b)).length, 0, 'no block is reused');
  });

  it('re-parses only the edited blocks of a document with link reference definitions, when no reference can be in them', () => {
    const model = buildModel({ uri: 'u', version: 0, text: REFERENCED }, DEFAULT_CONFIG);
    assert.ok(model.blocks.some((b) => b.definitions));
    const edit = (text: string, at: number, insert: string) => {
      const next = text.slice(0, at) + insert + text.slice(at);
      const inc = updateModel(model, { uri: 'u', version: 1, text: next }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: insert.length }]);
      assert.deepEqual(snapshot(inc), snapshot(buildModel({ uri: 'u', version: 1, text: next }, DEFAULT_CONFIG)));
      return inc.blocks.filter((b) => model.blocks.includes(b)).length;
    };
    // Typing in a paragraph without brackets, between two others, keeps the five blocks before them (each list item is one).
    assert.equal(edit(REFERENCED, REFERENCED.indexOf('Third') + 3, 'x'), 5);
    // Typing a reference, or next to one, re-parses the whole document, and is still right.
    assert.equal(edit(REFERENCED, REFERENCED.indexOf('Plain') + 5, ' [gcm]'), 0);
    assert.equal(edit(REFERENCED, REFERENCED.indexOf('[two]') + 1, 'x'), 0);
  });

  it('keeps no earlier version of the text alive in the blocks it reuses', () => {
    const gc = collector();
    // About 1 MB of UTF-16 text per version: a leak of each version's text would be tens of megabytes.
    const paragraph = 'The Member States’ national plan on SDG target 10.7 and the <!-- compact-lint-disable --> note.\n\n';
    // The nested quote makes the text the parser reads differ from the document's: no copy of that text may be kept either.
    let text = `# Plan\n\n${'> '.repeat(20)}deep\n\n` + paragraph.repeat(Math.ceil(5e5 / paragraph.length));
    let model = buildModel({ uri: 'u', version: 0, text }, DEFAULT_CONFIG);
    assert.ok(model.neutralized.length > 0);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let v = 1; v <= 30; v++) {
      const at = text.length - 10 - v * 2000;
      text = text.slice(0, at) + 'x' + text.slice(at);
      model = updateModel(model, { uri: 'u', version: v, text }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: 1 }]);
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(model.blocks.length > 1000);
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 30 versions`);
  });

  it('keeps no earlier version of a draft file alive in what the other files of the draft cache', async () => {
    const gc = collector();
    const annex = buildModel({ uri: 'file:///d/annex.md', version: 0, text: '# Annex\n\nSee objective 2 and paragraph 1.\n' }, DEFAULT_CONFIG);
    const earlier: WeakRef<DocumentModel>[] = [];
    for (let v = 0; v < 5; v++) {
      const main = buildModel({ uri: 'file:///d/main.md', version: v, text: `# Main\n\n## Objective 1: One\n\n## Objective 2: Two ${v}\n\n1. First paragraph.\n` }, DEFAULT_CONFIG);
      lintModel(annex, { draft: [main] });
      earlier.push(new WeakRef(main));
    }
    // A WeakRef holds its target until the current job ends; a collection may also leave an object it has just
    // reached from a finished job's stack for the next one, so a few rounds (a leak survives them all).
    const gone = (): boolean[] => earlier.slice(0, -1).map((r) => r.deref() === undefined);
    for (let round = 0; round < 5 && gone().includes(false); round++) {
      await new Promise((resolve) => setImmediate(resolve));
      gc();
    }
    assert.deepEqual(gone(), [true, true, true, true]);
  });

  it('stops analysing a document once an edit types a NUL character, and resumes when it is removed', () => {
    const text = '# Plan\n\nSDG 18 and target 10.7.\n\nMore text.\n';
    const at = text.indexOf('More');
    const withNul = text.slice(0, at) + '\u0000' + text.slice(at);
    const binary = updateModel(buildModel({ uri: 'u', version: 0, text }, DEFAULT_CONFIG), { uri: 'u', version: 1, text: withNul }, DEFAULT_CONFIG, [{ start: at, end: at, newLength: 1 }]);
    assert.equal(binary.skipped?.reason, 'binary');
    const back = updateModel(binary, { uri: 'u', version: 2, text }, DEFAULT_CONFIG, [{ start: at, end: at + 1, newLength: 0 }]);
    assert.equal(back.skipped, undefined);
    assert.deepEqual(snapshot(back), snapshot(buildModel({ uri: 'u', version: 2, text }, DEFAULT_CONFIG)));
  });

  it('applies several edits made between two analyses', () => {
    const base = BASE_TEXTS[0] as string;
    const model = buildModel({ uri: 'u', version: 0, text: base }, DEFAULT_CONFIG);
    const e1: Edit = { start: 2, end: 7, newLength: 4 };
    let text = base.slice(0, 2) + 'Head' + base.slice(7);
    const at = text.indexOf('here');
    const e2: Edit = { start: at, end: at, newLength: 8 };
    text = text.slice(0, at) + 'SDG 99, ' + text.slice(at);
    const inc = updateModel(model, { uri: 'u', version: 1, text }, DEFAULT_CONFIG, [e1, e2]);
    assert.deepEqual(snapshot(inc), snapshot(buildModel({ uri: 'u', version: 1, text }, DEFAULT_CONFIG)));
  });
});

describe('chunked parsing of long texts', () => {
  const unit = [
    'Paragraph with SDG 18 and *emphasis*.',
    '- a list item\n\n  continued in the item',
    '> a quote\nlazy continuation',
    '```\nfenced code\n\nwith SDG 19 and a blank line\n```',
    '<!-- a comment\n\nspanning a blank line -->',
    'Setext heading\n===',
    '    indented code',
    '1. numbered\n2. list',
    '<div>\n\nhtml block\n</div>',
    // Left open inside a container: the container's extent depends on what follows.
    '- ```',
    '1. Objective text\n\n   ```\n   code',
    '> <!-- open comment',
    // Headings start chunks too, and so does what only looks like one.
    '## Objective 2: SDG 10.7',
    '# Heading\n1. numbered under it',
    '#hashtag paragraph',
    '####### seven, a paragraph',
    '#',
    // Numbered items start chunks, and each item of a top-level list is a block.
    '12. a numbered paragraph\n    with an indented line',
    '3) another kind of list',
    '2020. a year that starts an item',
    '13. an item with a lazy\ncontinuation line',
    // Block quotes and tables start chunks.
    '> a quoted paragraph (SDG target 10.7)',
    '> quote\n>\n> - a list in the quote',
    '>> nested quote',
    '>no space after the marker',
    '| a | b |\n| --- | --- |\n| 1 | 2 |',
    '|not a table',
  ];
  it('gives the same blocks as one parse, whatever falls on a chunk boundary (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...unit), { minLength: 300, maxLength: 1500 }), fc.constantFrom('\n\n', '\n'), (parts, sep) => {
        const text = parts.join(sep);
        const chunked = parseBlocks(text, 0, text.length, 512);
        const whole = parseWhole(text);
        assert.deepEqual(chunked, whole);
      }),
      { numRuns: 40 },
    );
  });

  it('parses a draft of sections of numbered paragraphs in chunks, which start at its headings or its paragraphs', () => {
    let text = '';
    for (let k = 1; text.length < 40_000; k++) text += `## Section ${k}\n\n${3 * k}. The submission notes SDG target 10.7.\n\n${3 * k + 1}. Follow-up by\n   the forum.\n\n`;
    const chunks = parsePacked(text, 2048);
    assert.ok(chunks.length >= 15, `${chunks.length} chunks`);
    for (const c of chunks.slice(1)) assert.match(text.slice(c.from, c.from + 20), /^(?:## Section|\d+\. )/);
    assert.deepEqual(parseBlocks(text, 0, text.length, 2048), parseWhole(text));
  });

  it('parses a draft that is one long list of numbered paragraphs in chunks, one block per paragraph', () => {
    let text = '';
    for (let k = 1; text.length < 40_000; k++) text += `${k}. The submission notes SDG target 10.7 and\n   objective ${k % 23}.\n\n`;
    const chunks = parsePacked(text, 2048);
    assert.ok(chunks.length >= 15, `${chunks.length} chunks`);
    const blocks = parseBlocks(text, 0, text.length, 2048);
    assert.deepEqual(blocks, parseWhole(text));
    assert.equal(blocks.length, text.split('\n\n').length - 1);
    assert.ok(blocks.every((b) => b.type === 'list' && b.listItems.length === 1));
  });

  it('reads an item number in a block quote after indented code as the whole parse does, whatever the chunk', () => {
    for (let pad = 0; pad < 40; pad++) {
      const text = 'Filler paragraph.\n\n'.repeat(26) + 'x'.repeat(pad) + '\n\n    indented code\n\n> 12. We commit to the following.\n>\n>     As SDG 18 says.\n\n' + 'Filler paragraph.\n\n'.repeat(30);
      assert.deepEqual(parseBlocks(text, 0, text.length, 512), parseWhole(text), `pad ${pad}`);
    }
  });

  it('parses a draft of block quotations in chunks, which start at its quotations', () => {
    const text = '> Facilitate orderly migration policies (SDG target 10.7)\n\n'.repeat(1000);
    const chunks = parsePacked(text, 2048);
    assert.ok(chunks.length >= 15, `${chunks.length} chunks`);
    assert.deepEqual(parseBlocks(text, 0, text.length, 2048), parseWhole(text));
  });

  it('gives a list whose last item holds an unclosed fence the extent of one parse when a chunk ends after it', () => {
    for (let pad = 0; pad < 40; pad++) {
      const text = 'Filler paragraph.\n\n'.repeat(26) + 'x'.repeat(pad) + '\n\n- ```\n\nWord.\n\n' + 'Filler paragraph.\n\n'.repeat(30);
      assert.deepEqual(parseBlocks(text, 0, text.length, 512), parseWhole(text), `pad ${pad}`);
    }
  });
});

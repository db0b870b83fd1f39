/**
 * Hover through the core API: what each card says, and the range it gives,
 * which the editor highlights and anchors the card to.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, hover, outline, type DocumentModel, type OutlineNode } from '../../server/src/core/index';

const model = (text: string, uri = 'file:///d/draft.md'): DocumentModel => buildModel({ uri, version: 1, text }, DEFAULT_CONFIG);

/** The hovered range's text and the card, at the first character of `marker` (plus `delta`). */
function hoverAt(m: DocumentModel, marker: string, delta = 0): { range: string; contents: string } | undefined {
  const at = m.text.indexOf(marker);
  assert.ok(at >= 0, marker);
  const h = hover(m, at + delta, { data: m.data, others: [m] });
  return h && { range: m.text.slice(h.span.start, h.span.end), contents: h.contents };
}

describe('hover ranges', () => {
  it('on the keyword of a reference to one SDG target, indicator or objective, cover the mention, which holds the cursor', () => {
    const m = model('## Objective 1: Data\n\nThe plan contributes to SDG target 10.7, indicator 10.c.1 and objective 1.\n');
    assert.equal(hoverAt(m, 'SDG target')?.range, 'SDG target 10.7');
    assert.equal(hoverAt(m, 'indicator 10')?.range, 'indicator 10.c.1');
    assert.equal(hoverAt(m, 'objective 1.')?.range, 'objective 1');
  });

  it('on the number itself, cover the number', () => {
    const m = model('## Objective 1: Data\n\nThe plan contributes to SDG target 10.7 and objective 1.\n');
    assert.equal(hoverAt(m, '10.7', 1)?.range, '10.7');
    assert.equal(hoverAt(m, '1.\n')?.range, '1');
  });
});

describe('hover on SDG references', () => {
  it('reads a target letter written in capitals as the target', () => {
    const m = model('We support SDG target 10.C and indicator 10.C.1.\n');
    assert.match(hoverAt(m, '10.C ')?.contents ?? '', /^\*\*SDG target 10\.c\*\*/);
    assert.match(hoverAt(m, '10.C.1')?.contents ?? '', /^\*\*SDG indicator 10\.c\.1\*\*/);
  });
});

describe('hover on a paragraph reference', () => {
  it('shows the lettered subparagraph the cursor is on, in a list of letters', () => {
    const m = model('1. We commit to improve data:\n\n   (a) Harmonize surveys;\n\n   (b) Share administrative data.\n\n2. We build on paragraph 1 (b) and (a).\n');
    const from = m.text.indexOf('paragraph 1');
    const on = (l: string): string | undefined => {
      const h = hover(m, m.text.indexOf(l, from) + 1, { data: m.data, others: [m] });
      return h?.contents.split('\n').pop();
    };
    assert.equal(on('(b)'), '(b) Share administrative data.');
    assert.equal(on('(a)'), '(a) Harmonize surveys;');
  });

  it('shows the paragraph\'s first sentence, which the full stop of an abbreviation does not end', () => {
    const m = model('1. States act, e.g. UNICEF programmes, each year. Partners help.\n\n2. States report.\n\n3. See paragraph 1.\n');
    assert.match(hoverAt(m, 'paragraph 1', 10)?.contents ?? '', /\n\nStates act, e\.g\. UNICEF programmes, each year\.$/);
  });

  it('reads "subparagraph (b) of paragraph 1" as paragraph 1 (b), and covers the whole mention from its keyword', () => {
    const m = model('1. We commit to improve data:\n\n   (a) Harmonize surveys;\n\n   (b) Share administrative data.\n\n2. We build on subparagraphs (b) and (a) of paragraph 1.\n');
    const from = m.text.indexOf('subparagraphs');
    const at = (offset: number) => hover(m, offset, { data: m.data, others: [m] });
    assert.equal(at(m.text.indexOf('(b)', from) + 1)?.contents.split('\n').pop(), '(b) Share administrative data.');
    assert.equal(at(m.text.indexOf('(a)', from) + 1)?.contents.split('\n').pop(), '(a) Harmonize surveys;');
    const onKeyword = at(from + 3);
    assert.deepEqual(onKeyword?.span, { start: from, end: m.text.indexOf(' 1.', from) + 2 });
  });
});

describe('hover on an objective reference', () => {
  it('shows every definition of a number defined twice, which makes the reference ambiguous', () => {
    const m = model('## Objective 1: Data\n\n## Objective 1: Skills\n\nSee objective 1.\n');
    assert.equal(hoverAt(m, 'objective 1.', 10)?.contents, '**Objective 1** is defined 2 times:\n\n- Data (line 1)\n- Skills (line 3)');
  });
});

describe('hover on a paragraph of the GCM', () => {
  it('names the part of the Compact it belongs to and what the data names in it', () => {
    const m = model('In line with paragraph 50 of the GCM, paragraph 49 of the Global Compact, GCM paragraph 22, paragraph 15 of the GCM and paragraph 3 of the GCM.\n');
    assert.equal(hoverAt(m, '50')?.contents, '**GCM paragraph 50**: Follow-up and review (paragraphs 48–54)\n\n- regional reviews of implementation\n\nGlobal Compact for Safe, Orderly and Regular Migration (A/RES/73/195, annex), paragraph 50.');
    assert.match(hoverAt(m, '49')?.contents ?? '', /^\*\*GCM paragraph 49\*\*: Follow-up and review \(paragraphs 48–54\)\n\n- International Migration Review Forum\n/);
    assert.match(hoverAt(m, '22')?.contents ?? '', /^\*\*GCM paragraph 22\*\*: Objective 6: Facilitate fair and ethical recruitment/);
    assert.match(hoverAt(m, '15')?.contents ?? '', /^\*\*GCM paragraph 15\*\*: Guiding principles\n\n- \(a\) People-centred\n/);
    assert.equal(hoverAt(m, '3 of')?.contents, '**GCM paragraph 3**\n\nGlobal Compact for Safe, Orderly and Regular Migration (A/RES/73/195, annex), paragraph 3.');
  });
});

describe('hover on a term the checks would report', () => {
  const off = (id: string): typeof DEFAULT_CONFIG => ({ ...DEFAULT_CONFIG, checks: { ...DEFAULT_CONFIG.checks, [id]: 'off' } });

  it('says what to write only where the check is on and not suppressed', () => {
    const text = 'The member states agreed to detain no illegal migrants.\n';
    const on = model(text);
    assert.match(hoverAt(on, 'member states')?.contents ?? '', /^Write \*\*Member States\*\*/);
    assert.match(hoverAt(on, 'illegal migrants')?.contents ?? '', /^Deprecated: write/);
    const fixedOff = buildModel({ uri: 'file:///d/draft.md', version: 1, text }, off('terminology/fixed-term'));
    assert.equal(hoverAt(fixedOff, 'member states'), undefined);
    const deprecatedOff = buildModel({ uri: 'file:///d/draft.md', version: 1, text }, off('terminology/deprecated-term'));
    assert.doesNotMatch(hoverAt(deprecatedOff, 'illegal migrants')?.contents ?? '', /Deprecated/);
    const suppressed = model(`<!-- compact-lint-disable-next-line terminology/fixed-term -->\n${text}`);
    assert.equal(hoverAt(suppressed, 'member states'), undefined);
  });

  it('says nothing to write for a term quoted, after "so-called" or in a name, which the checks leave alone', () => {
    for (const text of ['They spoke of "illegal migrants".\n', 'The so-called illegal migrants arrived.\n', 'The Illegal Migrants Act applies.\n']) {
      const contents = hoverAt(model(text), text.includes('Illegal') ? 'Illegal Migrants' : 'illegal migrants')?.contents ?? '';
      assert.ok(contents.length > 0, text);
      assert.doesNotMatch(contents, /Deprecated/, text);
    }
  });
});

describe('the words hovers and the outline show', () => {
  const text = [
    '# Plan',
    '',
    '### Objective 1: Use the `KNOMAD` data and https://data.example.org portals',
    '',
    '### Objective 2: Share `KNOMAD` data\t##',
    '',
    '1. Good practices are shared on the Migration Network Hub (https://migrationnetwork.un.org) and in the [IMRF progress declaration](https://example.org/pd), see `annex_2.xlsx`. More follows.',
    '',
    '2. See paragraph 1, objective 1 and objective 2.',
    '',
  ].join('\n');
  const m = model(text);

  it('are the source as a drafter reads it, markup read and nothing masked, escaped for Markdown', () => {
    assert.equal(
      hoverAt(m, 'paragraph 1')?.contents,
      '**Paragraph 1**\n\nGood practices are shared on the Migration Network Hub (https://migrationnetwork.un.org) and in the IMRF progress declaration, see annex\\_2.xlsx.',
    );
    assert.equal(hoverAt(m, 'objective 1 and')?.contents, '**Objective 1**: Use the KNOMAD data and https://data.example.org portals');
    // The closing sequence of an ATX heading is not part of its title.
    assert.equal(hoverAt(m, 'objective 2.')?.contents, '**Objective 2**: Share KNOMAD data');
    const names: string[] = [];
    const walk = (nodes: readonly OutlineNode[]): void => nodes.forEach((n) => (names.push(n.detail ? `${n.name} — ${n.detail}` : n.name), walk(n.children)));
    walk(outline(m));
    assert.ok(names.includes('Objective 1: Use the KNOMAD data and https://data.example.org portals'), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('1 — Good practices are shared on the Migration Network Hub (https://')), names.join(' | '));
  });
});

/**
 * Objectives through the core API: a draft of two files resolving references
 * across each other, and renumbering (rename with room-making, the renumber
 * command) applied to the text.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, complete, definitionsAt, isDraftMember, lintModel, navigationAt, outline, referencesAt, prepareRenameAt, renameAt, renumberAll, type DocumentModel, type OutlineNode, type TextEdit } from '../../server/src/core/index';

const model = (uri: string, text: string, config = DEFAULT_CONFIG): DocumentModel => buildModel({ uri, version: 1, text }, config);
const ids = (m: DocumentModel, draft: DocumentModel[] = []): string[] => lintModel(m, { draft }).filter((f) => f.checkId.startsWith('references/')).map((f) => `${f.checkId} ${m.text.slice(f.span.start, f.span.end)}`);

function apply(text: string, edits: readonly TextEdit[] = []): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const objectives = (n: number): string => Array.from({ length: n }, (_, i) => `## Objective ${i + 1}: Title ${i + 1}\n`).join('\n');

describe('objectives across a draft', () => {
  const mainText = `${objectives(3)}\nSee the annex.\n`;
  const annexText = 'Annex: objectives 2 to 3 and objective 4; GCM objective 4.\n';

  it('resolves an annex reference against the main text when both form one draft', () => {
    const main = model('file:///d/main.md', mainText);
    const annex = model('file:///d/annex.md', annexText);
    assert.deepEqual(ids(annex, [main]), ['references/unknown-objective 4']);
    assert.deepEqual(ids(main, [annex]), []);
  });

  it('resolves the same annex, alone, against the GCM', () => {
    assert.deepEqual(ids(model('file:///d/annex.md', annexText)), []);
  });
});

describe('the hint to cite the GCM in a review of it', () => {
  const review = '# National review of the implementation of the Global Compact for Safe, Orderly and Regular Migration\n\n1. First.\n\n2. Paragraph 12 of this annex and paragraph 13 are not here.\n';
  const messages = lintModel(buildModel({ uri: 'file:///r.md', version: 1, text: review }, DEFAULT_CONFIG))
    .filter((f) => f.checkId === 'references/unknown-paragraph')
    .map((f) => f.message);

  it('is given for a paragraph the review does not have, and not for one of an annex it names', () => {
    assert.equal(messages.length, 2);
    assert.ok(!(messages[0] as string).includes('of the GCM'), messages[0]);
    assert.ok((messages[1] as string).includes('write "paragraph 13 of the GCM"'), messages[1]);
  });
});

describe('numbering findings', () => {
  it('offer renumbering as a quick fix, references included', () => {
    const text = '## Objective 1: A\n\n## Objective 3: B\n\nSee objective 3.\n';
    const m = model('file:///d/gap.md', text);
    const finding = lintModel(m).find((f) => f.checkId === 'references/objective-numbering');
    const fix = finding?.fixes?.[0];
    assert.ok(fix && !fix.safe);
    assert.equal(apply(text, fix.edits), '## Objective 1: A\n\n## Objective 2: B\n\nSee objective 2.\n');
  });
});

describe('two drafts in one workspace', () => {
  it('keep their objectives apart: references and rename stay in the draft of the document', () => {
    const a = model('file:///w/a.md', '## Objective 1: A\n\nSee objective 1.\n');
    const b = model('file:///w/b.md', '## Objective 1: B\n\nSee objective 1.\n');
    const ctx = { data: a.data, others: [a, b] };
    const refs = referencesAt(a, a.text.indexOf('objective 1') + 10, [a, b], ctx, true);
    assert.deepEqual([...new Set(refs.map((r) => r.uri))], ['file:///w/a.md']);
    const r = renameAt(a, 13, '2', [a, b], ctx);
    assert.ok(r && 'edits' in r);
    assert.deepEqual([...r.edits.keys()], ['file:///w/a.md']);
  });
});

describe('renumbering objectives', () => {
  it('rename 5 to 6 in a draft of 23 makes room for a new objective 5, ranges included', () => {
    const text = `${objectives(23)}\nIn line with objective 5, objectives 4 to 6, objectives 1–23, objectives 6 and 7, GCM objective 5 and paragraph 5.\n`;
    const m = model('file:///d/draft.md', text);
    const at = text.indexOf('## Objective 5') + 13;
    const r = renameAt(m, at, '6', [m], { data: m.data, others: [m] });
    assert.ok(r && 'edits' in r);
    const out = apply(text, r.edits.get(m.uri));
    assert.ok(out.includes('## Objective 6: Title 5\n') && out.includes('## Objective 24: Title 23\n') && out.includes('## Objective 4: Title 4\n'));
    assert.ok(!out.includes('## Objective 5:'));
    assert.ok(
      out.endsWith('In line with objective 6, objectives 4, 6 and 7, objectives 1–4 and 6–24, objectives 7 and 8, GCM objective 5 and paragraph 5.\n'),
      out.slice(out.lastIndexOf('In line')),
    );
  });

  it('rename to a free number moves only that objective', () => {
    const text = `${objectives(3)}\nObjectives 1 to 3.\n`;
    const m = model('file:///d/draft.md', text);
    const r = renameAt(m, text.indexOf('Objective 3') + 10, '7', [m], { data: m.data, others: [m] });
    assert.ok(r && 'edits' in r);
    assert.equal(apply(text, r.edits.get(m.uri)), text.replace('## Objective 3', '## Objective 7').replace('Objectives 1 to 3', 'Objectives 1, 2 and 7'));
  });

  it('refuses to rename a GCM objective, a duplicated number or a non-number', () => {
    const text = '## Objective 1: A\n\n## Objective 1: B\n\nGCM objective 4 and objective 1.\n';
    const m = model('file:///d/draft.md', text);
    const ctx = { data: m.data, others: [m] };
    assert.match(String((renameAt(m, text.indexOf('GCM objective 4') + 14, '5', [m], ctx) as { error: string }).error), /cannot be renumbered/);
    assert.match(String((renameAt(m, 13, '2', [m], ctx) as { error: string }).error), /defined more than once/);
    const single = model('file:///d/one.md', '## Objective 1: A\n');
    assert.match(String((renameAt(single, 13, 'two', [single], { data: single.data, others: [single] }) as { error: string }).error), /whole number/);
  });

  it('the renumber command numbers definitions in order; a reference follows the later of two duplicates, a range covers both', () => {
    const text = '## Objective 1: A\n\n## Objective 2: Inserted\n\n## Objective 2: B\n\n## Objective 4: C\n\nSee objectives 2 and 4, objectives 1 to 2.\n';
    const m = model('file:///d/draft.md', text);
    const r = renumberAll([m]);
    assert.ok('edits' in r);
    assert.equal(
      apply(text, r.edits.get(m.uri)),
      '## Objective 1: A\n\n## Objective 2: Inserted\n\n## Objective 3: B\n\n## Objective 4: C\n\nSee objectives 3 and 4, objectives 1 to 3.\n',
    );
  });

  it("leaves the GCM's objectives alone in a plan that writes about the GCM: \"the Compact's objective 2\"", () => {
    const text = '# National action plan for the Global Compact for Safe, Orderly and Regular Migration\n\n## Objective 1: A\n\n## Objective 2: Inserted\n\n## Objective 2: B\n\nSee objective 2 and the Compact\'s objective 2, objective 2 of the Compact.\n';
    const m = model('file:///d/plan.md', text);
    const r = renumberAll([m]);
    assert.ok('edits' in r);
    assert.ok(apply(text, r.edits.get(m.uri)).endsWith("## Objective 3: B\n\nSee objective 3 and the Compact's objective 2, objective 2 of the Compact.\n"));
  });

  it('a range over a duplicated number keeps every objective it covered', () => {
    const text = '## Objective 1: Data\n\n## Objective 2: Information\n\n## Objective 2: Skills\n\n## Objective 3: Review\n\nProgress on objectives 1 to 3 and objectives 1–2, objectives 3 to 3.\n';
    const m = model('file:///d/draft.md', text);
    const r = renumberAll([m]);
    assert.ok('edits' in r);
    assert.ok(apply(text, r.edits.get(m.uri)).endsWith('Progress on objectives 1 to 4 and objectives 1–3, objectives 4 to 4.\n'));
  });
});

describe('renumbering with a reference that points nowhere', () => {
  const text = '# T\n\n## Objective 1: A\n\n1. Text on objective 2.\n\n## Objective 3: B\n\n2. Text.\n';

  it('is refused, naming the reference, rather than making it point at the objective that takes its number', () => {
    const m = model('file:///d/dangling.md', text);
    assert.deepEqual(renumberAll([m]), {
      error: 'Objective 2, referred to on line 5, is not defined: after renumbering, the reference would point at the objective numbered 2 then. Correct the reference first.',
    });
    const r = renameAt(m, text.indexOf('Objective 3') + 10, '2', [m], { data: m.data, others: [m] });
    assert.match(String((r as { error: string }).error), /^Objective 2, referred to on line 5, is not defined/);
  });

  it('is not offered as a quick fix, while the reference is reported', () => {
    const m = model('file:///d/dangling.md', text);
    const findings = lintModel(m);
    assert.deepEqual(findings.filter((f) => f.checkId.startsWith('references/')).map((f) => [f.checkId, f.fixes?.length ?? 0]), [
      ['references/unknown-objective', 0],
      ['references/objective-numbering', 0],
    ]);
  });

  it('goes on when the reference is corrected, and when its number stays undefined', () => {
    const corrected = model('file:///d/ok.md', text.replace('objective 2', 'objective 3'));
    assert.ok('edits' in renumberAll([corrected]));
    const beyond = model('file:///d/beyond.md', text.replace('objective 2', 'objective 7'));
    assert.ok('edits' in renumberAll([beyond]));
  });
});

describe('completion of objective and paragraph numbers', () => {
  const labels = (text: string, others: DocumentModel[] = []): string[] => {
    const m = model('file:///d/c.md', text);
    return complete(m, text.length, { data: m.data, others }).filter((e) => e.kind === 'objective' || e.kind === 'paragraph').map((e) => `${e.label} ${e.detail ?? ''}`);
  };

  it('offers the draft\'s objectives with their titles, filtered by the digits typed', () => {
    const text = `${objectives(12)}\nIn line with objectives 2 and 1`;
    assert.deepEqual(labels(text), ['1 Title 1', '10 Title 10', '11 Title 11', '12 Title 12']);
  });

  it('offers the GCM\'s objectives when the draft defines none', () => {
    const found = labels('See GCM objective 2');
    assert.deepEqual(found.map((l) => l.split(' ')[0]), ['2', '20', '21', '22', '23']);
    assert.match(found[0] as string, /^2 Minimize the adverse drivers/);
  });

  it('sorts paragraph numbers by their value, past 999 too', () => {
    const paragraphs = Array.from({ length: 1010 }, (_, i) => `${i + 1}. We act.`).join('\n\n');
    const text = `${paragraphs}\n\nSee paragraph 10`;
    const m = model('file:///d/c.md', text);
    const sorted = complete(m, text.length, { data: m.data, others: [] })
      .filter((e) => e.kind === 'paragraph')
      .sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1))
      .map((e) => e.label);
    assert.deepEqual(sorted.slice(0, 4), ['10', '100', '101', '102']);
    assert.deepEqual(sorted.slice(-3), ['1008', '1009', '1010']);
  });

  it('offers the paragraphs of the other files of the draft', () => {
    const annex = model('file:///d/main.md', '1. We commit to data.\n2. We commit to more.\n');
    assert.deepEqual(labels('As set out in paragraph ', [annex]), ['1 We commit to data.', '2 We commit to more.']);
  });
});

describe('paragraphs of a draft in two files, each numbering its own', () => {
  const config = { ...DEFAULT_CONFIG, draft: { files: ['main.md', 'annex.md'], base: '/d' } };
  const mainText = '1. We commit to data.\n\n2. We commit to more, as the annex, paragraphs 1 to 3, sets out; see paragraph 1 of the annex and paragraph 4.\n';
  const annexText = '1. The forum meets.\n\n2. It considers paragraph 2 of the compact and paragraph 2.\n\n3. It reports, under paragraph 1.\n';
  const main = model('file:///d/main.md', mainText, config);
  const annex = model('file:///d/annex.md', annexText, config);
  const ctx = { data: main.data, others: [main, annex] };
  const at = (m: DocumentModel, marker: string, delta: number): number => m.text.indexOf(marker) + delta;
  const where = (locations: { uri: string; span: { start: number } }[]): string[] =>
    locations.map((l) => {
      const text = l.uri.endsWith('main.md') ? mainText : annexText;
      return `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${text.slice(0, l.span.start).split('\n').length}`;
    });

  it('resolves "of the compact" to the main text and "the annex, paragraphs" to the annex', () => {
    assert.deepEqual(where(definitionsAt(annex, at(annex, 'paragraph 2 of the compact', 10), [main, annex], ctx)), ['main.md:3']);
    assert.deepEqual(where(definitionsAt(annex, at(annex, 'and paragraph 2', 14), [main, annex], ctx)), ['annex.md:3']);
    assert.deepEqual(where(definitionsAt(main, at(main, 'paragraphs 1 to 3', 11), [main, annex], ctx)), ['annex.md:1']);
    assert.deepEqual(where(definitionsAt(main, at(main, 'paragraph 1 of the annex', 10), [main, annex], ctx)), ['annex.md:1']);
  });

  it('checks a reference against the file it names', () => {
    assert.deepEqual(ids(main, [annex]), ['references/unknown-paragraph 4']);
    assert.deepEqual(ids(annex, [main]), []);
    const wrong = model('file:///d/annex.md', '1. The forum meets.\n\n2. It considers paragraph 3 of the compact.\n', config);
    assert.deepEqual(ids(wrong, [main]), ['references/unknown-paragraph 3']);
    assert.deepEqual(lintModel(wrong, { draft: [main] }).map((f) => f.message), ['Paragraph 3 does not exist in the main text (its paragraphs are 1, 2).']);
    const beyond = model('file:///d/main.md', '1. We commit to data, as the annex, paragraph 4, sets out.\n', config);
    assert.deepEqual(lintModel(beyond, { draft: [annex] }).map((f) => f.message), ['Paragraph 4 does not exist in the annex (its paragraphs are 1–3).']);
  });

  it('completes "the annex, paragraph " with the annex\'s paragraphs, and "paragraph " in the main text with its own', () => {
    const offered = (text: string): string[] => {
      const m = model('file:///d/main.md', text, config);
      return complete(m, text.length, { data: m.data, others: [annex] }).filter((e) => e.kind === 'paragraph').map((e) => `${e.label} ${e.detail ?? ''}`);
    };
    assert.deepEqual(offered(`${mainText}\n3. As the annex, paragraph `), ['1 The forum meets.', '2 It considers paragraph 2 of the compact and paragraph 2.', '3 It reports, under paragraph 1.']);
    assert.deepEqual(offered(`${mainText}\n3. As paragraph `).map((l) => l.slice(0, 12)), ['1 We commit ', '2 We commit ', '3 As paragra']);
  });

  it('finds the references of one file\'s paragraph, not those of the other file\'s paragraph of the same number', () => {
    const refs = referencesAt(annex, at(annex, '1. The forum', 0), [main, annex], ctx, false);
    assert.deepEqual(where(refs), ['main.md:3', 'main.md:3', 'annex.md:5']);
  });
});

describe('paragraphs of a draft with two annexes', () => {
  const config = { ...DEFAULT_CONFIG, draft: { files: ['main.md', 'annex-*.md'], base: '/d' } };
  const main = model('file:///d/main.md', '1. We commit.\n', config);
  const first = model('file:///d/annex-1.md', '1. One.\n\n2. Two.\n\n3. Three:\n\n   (a) a;\n\n   (b) b.\n', config);
  const second = model('file:///d/annex-2.md', '1. One.\n\n2. Two.\n\n3. Three:\n\n   (a) a;\n\n   (c) c.\n\n4. See paragraph 3 (c) of the annex.\n', config);

  it('resolve "of the annex" in an annex to its own paragraph, for the check and for navigation alike', () => {
    assert.deepEqual(ids(second, [main, first]), []);
    const at = second.text.indexOf('3 (c) of');
    assert.deepEqual(definitionsAt(second, at, [main, first, second], { data: second.data, others: [main, first, second] }).map((l) => l.uri), ['file:///d/annex-2.md']);
  });
});

describe('draft membership', () => {
  const config = (files: string[], base: string) => ({ ...DEFAULT_CONFIG, draft: { files, base } });

  it('matches the draft files by glob, relative to the configuration folder', () => {
    const c = config(['main.md', 'annexes/*.md', 'parts/**/*.{md,markdown}'], '/work/draft');
    assert.ok(isDraftMember(c, 'file:///work/draft/main.md'));
    assert.ok(isDraftMember(c, 'file:///work/draft/annexes/annex%20I.md'));
    assert.ok(isDraftMember(c, 'file:///work/draft/parts/a/b/c.markdown'));
    assert.ok(!isDraftMember(c, 'file:///work/draft/notes.md'));
    assert.ok(!isDraftMember(c, 'file:///work/draft/annexes/sub/annex.md'));
    assert.ok(!isDraftMember(c, 'file:///work/other/main.md'));
    assert.ok(!isDraftMember(config([], '/work/draft'), 'file:///work/draft/main.md'));
  });

  it('understands Windows paths', () => {
    assert.ok(isDraftMember(config(['main.md'], 'C:\\Drafts\\gcm'), 'file:///c%3A/Drafts/gcm/main.md'));
  });
});

describe('outline of objectives and paragraphs', () => {
  const tree = (text: string): unknown => {
    const names = (n: OutlineNode): unknown => (n.children.length ? [`${n.kind} ${n.name}`, n.children.map(names)] : `${n.kind} ${n.name}`);
    return outline(model('file:///d/o.md', text)).map(names);
  };

  it('nests objectives defined by opening lines, and their paragraphs, in their section', () => {
    const text = '# Draft\n\nObjective 1 — Data\n\n1. We commit to data.\n\n2. We commit to more data.\n\nObjective 2: Cooperation\n\n3. We commit to cooperate.\n';
    assert.deepEqual(tree(text), [
      ['section Draft', [['objective Objective 1: Data', ['paragraph 1', 'paragraph 2']], ['objective Objective 2: Cooperation', ['paragraph 3']]]],
    ]);
  });

  it('shows a numbered list of objectives as objectives', () => {
    const text = '## Objectives\n\n1. Collect data;\n2. Cooperate.\n';
    assert.deepEqual(tree(text), [['section Objectives', ['objective Objective 1: Collect data', 'objective Objective 2: Cooperate']]]);
  });
});

describe('preparing a rename of an objective', () => {
  it('refuses, before a new number is typed, an objective the draft does not define or defines twice', () => {
    const model = buildModel({ uri: 'file:///p.md', version: 1, text: '## Objective 1: Data\n\n## Objective 2: Drivers\n\n## Objective 2: Information\n\nSee objective 40, objective 2 and objective 1.\n' }, DEFAULT_CONFIG);
    const ctx = { data: model.data, others: [model] };
    const at = (s: string): number => model.text.indexOf(s) + s.length - 1;
    assert.deepEqual(prepareRenameAt(model, at('objective 40'), [model], ctx), { error: 'Objective 40 is not defined in this draft.' });
    assert.match(JSON.stringify(prepareRenameAt(model, at('objective 2 '), [model], ctx)), /defined more than once/);
    const one = at('objective 1');
    assert.deepEqual(prepareRenameAt(model, one, [model], ctx), { key: 'objective:1|file:///p.md', span: { start: one, end: one + 1 } });
  });
});

describe('references inside ranges', () => {
  it('find an objective or a paragraph between the ends of a range, at the whole range', () => {
    const text = '## Objective 1: A\n\n## Objective 5: B\n\n## Objective 6: C\n\n1. We act.\n2. We act.\n3. We act.\n4. We act.\n5. We act.\n6. We act.\n\nSee objectives 1–6, objective 5, and paragraphs 4 to 6.\n';
    const model = buildModel({ uri: 'file:///r.md', version: 1, text }, DEFAULT_CONFIG);
    const ctx = { data: model.data, others: [model] };
    const cited = (offset: number): string[] => (referencesAt(model, offset, [model], ctx, false) ?? []).map((l) => text.slice(l.span.start, l.span.end));
    assert.deepEqual(cited(text.indexOf('objective 5,') + 10), ['1–6', '5']);
    assert.deepEqual(cited(text.indexOf('5. We act')), ['4 to 6']);
  });
});

describe('go to definition of a subparagraph', () => {
  it('on the letter of "paragraph 1 (b)" leads to the label "(b)", on the number to the paragraph', () => {
    const text = '1. We commit to improve data:\n\n   (a) Harmonize surveys;\n\n   (b) Share administrative data.\n\n2. We commit to recognize skills, building on paragraph 1 (b) and (a).\n';
    const m = model('file:///d/draft.md', text);
    const ctx = { data: m.data, others: [m] };
    const at = (marker: string, from: number): number => text.indexOf(marker, from);
    const refStart = text.indexOf('paragraph 1');
    const label = (l: string): string => {
      const [d] = definitionsAt(m, at(l, refStart) + 1, [m], ctx);
      return d ? `${d.span.start}:${text.slice(d.span.start, d.span.end)}` : 'none';
    };
    assert.equal(label('(b)'), `${text.indexOf('(b)')}:(b)`);
    assert.equal(label('(a)'), `${text.indexOf('(a)')}:(a)`);
    const [onNumber] = definitionsAt(m, refStart + 10, [m], ctx);
    assert.deepEqual(onNumber?.span, { start: 0, end: 1 });
  });
});

describe('objectives summed up by a list', () => {
  it('reports headings out of order without a renumbering, which would leave the list saying otherwise', () => {
    const text = '## Objectives\n\n- Objective 1: Data\n- Objective 2: Information\n- Objective 3: Vulnerabilities\n\n## Objective 1: Data\n\n## Objective 3: Vulnerabilities\n\n## Objective 2: Information\n';
    const [finding, ...rest] = lintModel(model('file:///d/plan.md', text)).filter((f) => f.checkId === 'references/objective-numbering');
    assert.equal(rest.length, 0);
    assert.match(finding?.message ?? '', /Objective 2 comes after objective 3/);
    assert.deepEqual(finding?.fixes ?? [], []);
  });

  it('are not renumbered by the command or a rename either, which would renumber the headings and leave the list', () => {
    const text = '## Objectives\n\n- Objective 1: Data\n- Objective 2: Recruitment\n- Objective 3: Consular protection\n\n## Objective 1: Data\n\n## Objective 2: Recruitment\n\nSee objective 2.\n';
    const m = model('file:///d/plan.md', text);
    const ctx = { data: m.data, others: [m] };
    const refusal = /A list under "Objectives" sums up the objectives that headings or lines define: renumbering them would leave the list saying otherwise/;
    assert.match(String((renumberAll([m]) as { error?: string }).error), refusal);
    const at = text.lastIndexOf('objective 2') + 10;
    assert.match(String((prepareRenameAt(m, at, [m], ctx) as { error?: string }).error), refusal);
    assert.match(String((renameAt(m, at, '5', [m], ctx) as { error?: string }).error), refusal);
    // A number defined twice there is not sent to the command, which would refuse too.
    const twice = model('file:///d/twice.md', text.replace('## Objective 2: Recruitment', '## Objective 1: Recruitment'));
    assert.match(String((prepareRenameAt(twice, twice.text.indexOf('## Objective 1') + 13, [twice], { data: twice.data, others: [twice] }) as { error?: string }).error), refusal);
  });
});

describe("objectives that carry the GCM's titles", () => {
  it("are not renumbered by the command or a rename: their numbers are the GCM's", () => {
    // A review of some of the GCM's objectives, in the GCM's order and with its numbers.
    const text =
      '# Review\n\n## Objective 2: Minimize the adverse drivers and structural factors that compel people to leave their country of origin\n\nText.\n\n## Objective 5: Enhance availability and flexibility of pathways for regular migration\n\nAs objective 5 says.\n\n## Objective 7: Address and reduce vulnerabilities in migration\n';
    const m = model('file:///d/review.md', text);
    const ctx = { data: m.data, others: [m] };
    const refusal = /carry the GCM's titles: their numbers are the GCM's/;
    assert.match(String((renumberAll([m]) as { error?: string }).error), refusal);
    const at = text.lastIndexOf('objective 5') + 10;
    assert.match(String((prepareRenameAt(m, at, [m], ctx) as { error?: string }).error), refusal);
    assert.match(String((renameAt(m, at, '3', [m], ctx) as { error?: string }).error), refusal);
    assert.deepEqual(
      lintModel(m).filter((f) => f.checkId === 'references/objective-numbering'),
      [],
    );
  });
});

describe("a review of the GCM's objectives with a heading typed with a slip", () => {
  it("still numbers its objectives as the GCM does: references to the GCM's others are not reported", () => {
    for (const slip of ['Minimise the adverse drivers', 'Minimize the adverse root drivers', 'Minimize adverse drivers']) {
      const text = `## Objective 2: ${slip} and structural factors that compel people to leave their country of origin\n\n## Objective 3: Provide accurate and timely information at all stages of migration\n\nWork on objective 14 has started.\n`;
      const findings = lintModel(model('file:///d/review.md', text)).filter((f) => f.checkId.startsWith('references/'));
      assert.deepEqual(findings.map((f) => f.message), [], slip);
    }
    // Two words changed: the draft's own objectives, whose 14 it does not define.
    const own = '## Objective 2: Minimize the adverse effects and structural causes that compel people to leave their country of origin\n\n## Objective 3: Provide accurate and timely information at all stages of migration\n\nWork on objective 14 has started.\n';
    assert.ok(lintModel(model('file:///d/plan.md', own)).some((f) => f.checkId === 'references/unknown-objective'));
  });
});

describe("a paragraph's first sentence", () => {
  it('ends at a stop inside closing quotation marks or parentheses, which it keeps', () => {
    const m = model('file:///d/p.md', '16. We reaffirm “leaving no one behind.” We commit to act.\n\n17. We act (see paragraph 16.) Then we report.\n');
    assert.deepEqual(
      m.facts('numbered').map((n) => n.sentence),
      ['We reaffirm “leaving no one behind.”', 'We act (see paragraph 16.)'],
    );
  });
});

describe('references of a subparagraph', () => {
  it('on a letter, are the references that cite that letter, at the letter', () => {
    const text = '1. We commit:\n\n   (a) Data;\n\n   (b) Skills.\n\n2. See subparagraph (b) of paragraph 1, paragraph 1 (a) and (b), and paragraph 1.\n';
    const m = model('file:///d/draft.md', text);
    const at = text.indexOf('(b) of') + 1;
    const found = (referencesAt(m, at, [m], { data: m.data, others: [m] }, false) ?? []).map((l) => `${l.span.start}:${text.slice(l.span.start, l.span.end)}`);
    assert.deepEqual(found, [`${at}:b`, `${text.indexOf('(b), and') + 1}:b`]);
  });
});

describe('how far navigation looks', () => {
  it('stays in the draft for its own objectives and paragraphs, and reads the workspace for what other documents cite too', () => {
    const text = '## Objective 1: Data\n\n1. We commit to objective 1, as in paragraph 1, GCM objective 6 and SDG target 10.7.\n';
    const m = model('file:///d/draft.md', text);
    const ctx = { data: m.data, others: [m] };
    const reach = (marker: string, delta: number): string | undefined => navigationAt(m, text.indexOf(marker) + delta, ctx)?.reach;
    assert.equal(reach('objective 1,', 10), 'draft');
    assert.equal(reach('paragraph 1,', 10), 'draft');
    assert.equal(reach('GCM objective 6', 14), 'workspace');
    assert.equal(reach('10.7', 1), 'workspace');
    assert.equal(reach('We commit', 1), undefined);
  });

  it('knows that what the reference data defines has no definition in any document, so that going to it reads none', () => {
    const text = '## Objective 1: Data\n\n1. We commit to objective 1, GCM objective 6, SDG target 10.7 and the Refugee Convention.\n';
    const m = model('file:///d/draft.md', text);
    const other = model('file:///d/other.md', '## Objective 6: Recruitment\n\nGCM objective 6, SDG target 10.7 and the Refugee Convention.\n');
    const ctx = { data: m.data, others: [m, other] };
    const at = (marker: string, delta: number): { reach: string; definitions: number } => {
      const t = navigationAt(m, text.indexOf(marker) + delta, ctx);
      assert.ok(t, marker);
      return { reach: t.reach, definitions: t.nav.definitions(t.symbol.key, [m, other], ctx).length };
    };
    assert.deepEqual(at('objective 1,', 10), { reach: 'draft', definitions: 1 });
    // A symbol that other documents may cite is defined by the data alone: the adapter reads the workspace only for its references.
    for (const [marker, delta] of [['GCM objective 6', 14], ['10.7', 1], ['Refugee Convention', 2]] as const) assert.deepEqual(at(marker, delta), { reach: 'workspace', definitions: 0 });
  });
});

describe('subparagraphs of a paragraph without lettered labels', () => {
  const messages = (text: string): string[] => lintModel(model('file:///d/p.md', text), { draft: [] }).filter((f) => f.checkId === 'references/unknown-paragraph').map((f) => f.message);

  it('reports a letter that the paragraph does not hold, and says it has none only when it holds no letter at all', () => {
    assert.deepEqual(messages('1. States will act.\n\n2. See paragraph 1 (b).\n'), ['Paragraph 1 has no subparagraph (b): it has no lettered subparagraphs.']);
    assert.deepEqual(messages('1. States will:\n\n   a. act;\n   b. report.\n\n2. See paragraph 1 (b) and paragraph 1 (c).\n'), ['Paragraph 1 has no subparagraph (c).']);
    // "a)" opening a line is a label: the paragraph's letters are known.
    assert.deepEqual(messages('1. States will:\n\n   a) act;\n   b) report.\n\n2. See paragraph 1 (b) and paragraph 1 (c).\n'), ['Paragraph 1 has no subparagraph (c): it has (a), (b).']);
  });

  it('leaves alone a letter written inside the paragraph', () => {
    assert.deepEqual(messages('1. States will: (a) act; (b) report.\n\n2. See paragraph 1 (b).\n'), []);
  });
});

describe('a document that holds its annex', () => {
  const text = '1. *Adopts* the compact in the annex;\n\n2. *Decides* to review paragraph 1 and paragraph 2 of the annex.\n\n## Annex\n\n1. We commit.\n\n2. We act, as paragraph 1 says.\n';
  const m = model('file:///d/res.md', text);
  const ctx = { data: m.data, others: [m] };
  const line = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
  const annexAt = text.indexOf('## Annex');

  it('leads a reference to the paragraph of the part it names or stands in', () => {
    const def = (marker: string, from = 0): number[] => definitionsAt(m, text.indexOf(marker, from) + marker.length - 1, [m], ctx).map((d) => line(d.span.start));
    assert.deepEqual(def('paragraph 1'), [0]);
    assert.deepEqual(def('paragraph 2'), [line(text.indexOf('2. We act'))]);
    assert.deepEqual(def('paragraph 1', annexAt), [line(text.indexOf('1. We commit'))]);
  });

  it('leads a paragraph named by the title of an annex it holds to that annex, and one of another title nowhere', () => {
    const titled = '1. *Adopts* the Regional Action Plan on Labour Migration;\n\n2. *Decides* to review paragraph 2 of the Regional Action Plan and paragraph 2 of the Regional Strategy.\n\n## Annex: Regional Action Plan on Labour Migration\n\n1. We commit.\n\n2. We act.\n';
    const mm = model('file:///d/plan.md', titled);
    const def = (marker: string): number[] => definitionsAt(mm, titled.indexOf(marker) + 10, [mm], { data: mm.data, others: [mm] }).map((d) => d.span.start);
    assert.deepEqual(def('paragraph 2 of the Regional Action'), [titled.indexOf('2. We act')]);
    assert.deepEqual(def('paragraph 2 of the Regional Strategy'), []);
  });

  it('leads no paragraph of the GCM, which the document calls "the Compact", to a paragraph of its own annex', () => {
    const roadmap =
      '1. *Recalls* the Global Compact for Safe, Orderly and Regular Migration (the Compact);\n\n2. *Adopts* the road map in the annex, in line with paragraph 2 of the Compact;\n\n## Annex\n\n1. We commit.\n\n2. We act, see paragraph 1.\n';
    const mm = model('file:///d/roadmap.md', roadmap);
    const c = { data: mm.data, others: [mm] };
    assert.deepEqual(definitionsAt(mm, roadmap.indexOf('paragraph 2 of the Compact') + 10, [mm], c), []);
    assert.deepEqual(referencesAt(mm, roadmap.indexOf('2. We act'), [mm], c, false), []);
    assert.deepEqual(
      definitionsAt(mm, roadmap.indexOf('paragraph 1.') + 10, [mm], c).map((d) => d.span.start),
      [roadmap.indexOf('1. We commit')],
    );
  });

  it('numbers each of two annexes apart, and leads to the paragraph of the annex a reference stands in', () => {
    const two = '1. *Adopts* the annexes;\n\n2. *Decides* to act.\n\n## Annex I\n\n1. We commit.\n\n2. We act.\n\n## Annex II\n\n1. Plan.\n\n2. Steps, see paragraph 1.\n';
    const mm = model('file:///d/two.md', two);
    const [d] = definitionsAt(mm, two.indexOf('paragraph 1.') + 10, [mm], { data: mm.data, others: [mm] });
    assert.equal(d?.span.start, two.indexOf('1. Plan'));
  });

  it('offers the paragraphs of the part the cursor is in, or of the annex its words name', () => {
    const text = '1. *Adopts* the compact;\n\n2. *Decides* to act, as in paragraph \n\n3. *Requests* a report.\n\n## Annex\n\n1. We commit.\n\n2. We act, as in paragraph \n';
    const mm = model('file:///d/res.md', text);
    const at = (from: number): string[] => complete(mm, text.indexOf('as in paragraph ', from) + 'as in paragraph '.length, { data: mm.data, others: [mm] }).map((e) => `${e.label} ${(e.documentation ?? '').split(' ')[0]}`);
    assert.deepEqual(at(0), ['1 Adopts', '2 Decides', '3 Requests']);
    assert.deepEqual(at(text.indexOf('## Annex')), ['1 We', '2 We']);
  });

  it('finds the references of each part\'s paragraph apart', () => {
    const refs = (offset: number): number[] => (referencesAt(m, offset, [m], ctx, false) ?? []).map((l) => l.span.start);
    assert.deepEqual(refs(0), [text.indexOf('paragraph 1 and') + 10]);
    assert.deepEqual(refs(text.indexOf('1. We commit')), [text.indexOf('paragraph 1 says') + 10]);
  });
});

describe('a report on the GCM citing paragraphs it does not have', () => {
  it('says how to cite the GCM\'s paragraph, except where the reference names the report itself', () => {
    const text = '# National review of the Global Compact for Safe, Orderly and Regular Migration\n\n1. Paragraph 31 applies.\n\n2. Paragraph 7 of this report is missing, as is paragraph 40 of the draft.\n';
    const model = buildModel({ uri: 'file:///review.md', version: 1, text }, DEFAULT_CONFIG);
    assert.deepEqual(
      lintModel(model).filter((f) => f.checkId === 'references/unknown-paragraph').map((f) => f.message),
      [
        'Paragraph 31 does not exist in this draft (its paragraphs are 1, 2). If the GCM\'s paragraph 31 is meant, write "paragraph 31 of the GCM".',
        'Paragraph 7 does not exist in this draft (its paragraphs are 1, 2).',
        'Paragraph 40 does not exist in this draft (its paragraphs are 1, 2).',
      ],
    );
  });
});

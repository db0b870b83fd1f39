/**
 * Instrument features through the language server, as an editor uses them:
 * hover on titles, short names and acronyms, completion of titles and
 * acronyms, the near-miss quick fix and references across documents.
 */
import { strict as assert } from 'node:assert';
import {
  CompletionRequest,
  HoverRequest,
  ReferencesRequest,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { tempServer } from '../support/tempServer';
import { applyEdits, positionOf } from '../support/lspText';

describe('language server: international instruments', () => {
  const server = tempServer('instruments');
  const uriOf = server.uriOf;

  const hoverAt = async (uri: string, text: string, marker: string, delta = 1): Promise<{ value: string; range: unknown }> => {
    const h = await server.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, marker, delta) });
    assert.ok(h, `a hover on "${marker}"`);
    return { value: (h.contents as MarkupContent).value, range: h.range };
  };

  it('hover on a title shows its kind, dates, depositary, monitoring committee and official link', async () => {
    const uri = uriOf('hover-title.md');
    const text = 'States recall the Convention on the Rights\nof the Child.\n';
    await server.client.open(uri, text);
    const h = await hoverAt(uri, text, 'Rights');
    assert.match(h.value, /\*\*Convention on the Rights of the Child\*\*/);
    assert.match(h.value, /Treaty, legally binding/);
    assert.match(h.value, /Adopted: 20 November 1989/);
    assert.match(h.value, /Entry into force: 2 September 1990/);
    assert.match(h.value, /Depositary: Secretary-General of the United Nations/);
    assert.match(h.value, /Monitored by: Committee on the Rights of the Child \(CRC\)/);
    assert.match(h.value, /https:\/\/treaties\.un\.org\/Pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=IV-11&chapter=4/);
    assert.deepEqual(h.range, { start: positionOf(text, 'Convention'), end: positionOf(text, 'Child', 5) });
  });

  it('hover on an acronym or ILO form says what it stands for', async () => {
    const uri = uriOf('hover-acronym.md');
    const text = 'The ICRMW and C189 complement the Sendai Framework.\n';
    await server.client.open(uri, text);
    const icrmw = await hoverAt(uri, text, 'ICRMW');
    assert.match(icrmw.value, /^\*\*ICRMW\*\*: International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families/);
    const c189 = await hoverAt(uri, text, 'C189');
    assert.match(c189.value, /\*\*C189\*\*: Domestic Workers Convention, 2011 \(No\. 189\)/);
    assert.match(c189.value, /ILO convention, legally binding/);
    assert.match(c189.value, /normlex\.ilo\.org.*C189/);
    const sendai = await hoverAt(uri, text, 'Sendai');
    assert.match(sendai.value, /Framework, not legally binding/);
    assert.match(sendai.value, /https:\/\/undocs\.org\/A\/RES\/69\/283/);
  });

  it('offers no "fix all" for a check whose fixes are alternatives: each ambiguous name is the drafter\'s choice', async () => {
    const uri = uriOf('fix-all-ambiguous.md');
    const text = 'Victims of trafficking are protected by the Palermo Protocol. Smuggled migrants are covered by the Palermo Protocol too.\n';
    await server.client.open(uri, text);
    const diags = (await server.client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'instruments/ambiguous-name');
    assert.equal(diags.length, 2);
    const actions = await server.client.quickFixes(uri, diags);
    assert.ok(actions.length >= 2, actions.map((a) => a.title).join('; '));
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Fix all')).map((a) => a.title), []);
  });

  it('hover on an ambiguous name lists each instrument it may mean', async () => {
    const uri = uriOf('hover-ambiguous.md');
    const text = 'States implement the Palermo Protocol.\n';
    await server.client.open(uri, text);
    const h = await hoverAt(uri, text, 'Palermo');
    assert.match(h.value, /may mean any of these/);
    assert.match(h.value, /Trafficking in Persons, Especially Women and Children/);
    assert.match(h.value, /Smuggling of Migrants by Land, Sea and Air/);
  });

  it('completion of a title being typed inserts the official title, with its acronym at the first mention', async () => {
    const uri = uriOf('completion-title.md');
    const text = 'States should ratify the Convention on the Rights of the Ch\n';
    await server.client.open(uri, text);
    const position = positionOf(text, 'Ch\n', 2);
    const list = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList;
    const item = list.items.find((i) => i.label === 'Convention on the Rights of the Child') as CompletionItem;
    assert.ok(item, list.items.map((i) => i.label).join('; '));
    const edit = item.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: positionOf(text, 'Convention'), end: position });
    assert.equal(edit.newText, 'Convention on the Rights of the Child (CRC)');
    assert.match((item.documentation as MarkupContent).value, /Adopted: 20 November 1989/);
  });

  it('completion after the first mention inserts the title alone, and an acronym as typed', async () => {
    const uri = uriOf('completion-later.md');
    const text = 'The Convention on the Rights of the Child (CRC) applies.\n\nThe Convention on the Rights of the Ch\nand the ICR\n';
    await server.client.open(uri, text);
    const title = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Ch\n', 2) })) as CompletionList;
    const crc = title.items.find((i) => i.label === 'Convention on the Rights of the Child') as CompletionItem;
    assert.equal((crc.textEdit as TextEdit).newText, 'Convention on the Rights of the Child');
    const acronyms = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'ICR\n', 3) })) as CompletionList;
    const icrmw = acronyms.items.find((i) => i.label === 'ICRMW') as CompletionItem;
    assert.ok(icrmw, acronyms.items.map((i) => i.label).join('; '));
    assert.equal((icrmw.textEdit as TextEdit).newText, 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW)');
    assert.ok(acronyms.items.some((i) => i.label === 'ICRMW') && !acronyms.items.some((i) => i.label === 'CRC'));
  });

  it('completion after "Convention" offers the conventions; lower-case prose offers nothing', async () => {
    const uri = uriOf('completion-convention.md');
    const text = 'the Convention\nwe agreed on a convention\n';
    await server.client.open(uri, text);
    const list = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Convention\n', 10) })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('Convention on the Rights of the Child') && labels.includes('Convention relating to the Status of Refugees'), labels.join('; '));
    const none = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'a convention', 12) })) as CompletionList;
    assert.deepEqual(none.items.filter((i) => /Convention/.test(i.label)), []);
  });

  it('the near-miss quick fix writes the name the title resembles', async () => {
    const uri = uriOf('misnamed.md');
    const text = 'States shall respect the Forced Labor Convention.\n';
    await server.client.open(uri, text);
    const diags = await server.client.diagnosticsFor(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['instruments/misnamed-title']);
    const actions = await server.client.quickFixes(uri, diags);
    const fix = actions.find((a) => a.title === 'Write "Forced Labour Convention"');
    assert.ok(fix?.edit?.changes, actions.map((a) => a.title).join('; '));
    assert.equal(applyEdits(text, fix.edit.changes[uri]!), 'States shall respect the Forced Labour Convention.\n');
  });

  it('finds the references to an instrument across documents, whatever name each uses', async () => {
    const a = uriOf('refs-a.md');
    const b = uriOf('refs-b.md');
    const textA = 'The Domestic Workers Convention, 2011 (No. 189) protects domestic workers.\n';
    const textB = 'States ratify C189 and ILO Conventions Nos. 97 and 189, and ILO Convention No. 189.\n';
    await server.client.open(a, textA);
    await server.client.open(b, textB);
    const refs = await server.client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: b },
      position: positionOf(textB, 'C189', 1),
      context: { includeDeclaration: true },
    });
    const found = (refs ?? [])
      .filter((l) => l.uri === a || l.uri === b)
      .map((l) => `${l.uri === a ? 'a' : 'b'}:${l.range.start.character}`)
      .sort();
    const expected = ['a:' + textA.indexOf('Domestic'), 'b:' + textB.indexOf('C189'), 'b:' + textB.indexOf('189,'), 'b:' + textB.indexOf('ILO Convention No')].sort();
    assert.deepEqual(found, expected);
  });
});

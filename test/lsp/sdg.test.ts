/**
 * SDG features through the language server, as an editor uses them: hover,
 * completion, the misquotation quick fix and references across documents.
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

describe('language server: SDG references', () => {
  const server = tempServer('sdg');
  const uriOf = server.uriOf;

  it('hover on a target shows its official text and a link to its page', async () => {
    const uri = uriOf('hover.md');
    const text = 'Policies consistent with SDG target 10.7 and Goal 8.\n';
    await server.client.open(uri, text);
    const h = await server.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '10.7', 2) });
    assert.ok(h);
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /Facilitate orderly, safe, regular and responsible migration and mobility of people/);
    assert.match(value, /https:\/\/sdgs\.un\.org\/goals\/goal10/);
    assert.deepEqual(h.range, { start: positionOf(text, '10.7'), end: positionOf(text, '10.7', 4) });
  });

  it('hover inside a quotation attributed to a target shows the official text to compare with', async () => {
    const uri = uriOf('hover-quote.md');
    const text = '"Facilitate safe and orderly migration" (SDG 10.7).\n';
    await server.client.open(uri, text);
    const h = await server.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'orderly') });
    assert.ok(h);
    assert.match((h.contents as MarkupContent).value, /SDG target 10\.7[\s\S]*regular and responsible migration/);
    assert.deepEqual(h.range, { start: positionOf(text, 'Facilitate'), end: positionOf(text, '" (') });
  });

  it('completion after "SDG target 10." lists the targets of Goal 10 with their text, filtered as typed', async () => {
    const uri = uriOf('completion.md');
    const text = 'In line with SDG target 10.\n';
    await server.client.open(uri, text);
    const list = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '10.', 3) })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('10.7') && labels.includes('10.c'), labels.join(' '));
    assert.ok(labels.every((l) => l.startsWith('10.')), labels.join(' '));
    const item = list.items.find((i) => i.label === '10.7') as CompletionItem;
    assert.match((item.documentation as MarkupContent).value, /responsible migration and mobility of people/);
    assert.deepEqual((item.textEdit as TextEdit).range, { start: positionOf(text, '10.'), end: positionOf(text, '10.', 3) });

    await server.client.change(uri, 2, [{ range: { start: positionOf(text, '10.', 3), end: positionOf(text, '10.', 3) }, text: '7' }]);
    const typed = 'In line with SDG target 10.7\n';
    const narrowed = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(typed, '10.7', 4) })) as CompletionList;
    assert.deepEqual(narrowed.items.map((i) => i.label), ['10.7']);
  });

  it('completion with the cursor inside an id replaces the whole id, not the part before the cursor', async () => {
    const uri = uriOf('completion-inside.md');
    const text = 'In line with SDG target 10.7, and objective 12 of the GCM.\n';
    await server.client.open(uri, text);
    const pick = async (marker: string, at: number, label: string): Promise<string> => {
      const list = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, marker, at) })) as CompletionList;
      const item = list.items.find((i) => i.label === label);
      assert.ok(item, list.items.map((i) => i.label).join(' '));
      return applyEdits(text, [item.textEdit as TextEdit]);
    };
    assert.equal(await pick('10.7', 3, '10.1'), 'In line with SDG target 10.1, and objective 12 of the GCM.\n');
    assert.equal(await pick('12 of', 1, '19'), 'In line with SDG target 10.7, and objective 19 of the GCM.\n');
    const before = 'See SDG and more.\n';
    const uri2 = uriOf('completion-before-word.md');
    await server.client.open(uri2, before);
    const list = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri2 }, position: positionOf(before, 'and') })) as CompletionList;
    const ten = list.items.find((i) => i.label === '10') as CompletionItem;
    assert.equal(applyEdits(before, [ten.textEdit as TextEdit]), 'See SDG 10and more.\n', 'the next word is not replaced');
  });

  it('the misquotation quick fix replaces the quotation by the official wording', async () => {
    const uri = uriOf('quote.md');
    const text = 'SDG target 10.7 calls on States to "facilitate safe, orderly and regular migration".\n';
    await server.client.open(uri, text);
    const diags = await server.client.diagnosticsFor(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['sdg/misquoted-target']);
    const actions = await server.client.quickFixes(uri, diags);
    const fix = actions.find((a) => a.title === 'Use the official wording of SDG target 10.7');
    assert.ok(fix?.edit?.changes, actions.map((a) => a.title).join('; '));
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['sdg/misquoted-target']);
    assert.equal(
      applyEdits(text, fix.edit.changes[uri]!),
      'SDG target 10.7 calls on States to "facilitate orderly, safe, regular and responsible migration".\n',
    );
  });

  it('finds the references of a target across open documents', async () => {
    const a = uriOf('a.md');
    const b = uriOf('b.md');
    const textA = 'Commitments serve SDG target 10.7 and target 10.c.\n';
    const textB = 'Indicators for targets 8.8 and 10.7 are reported (SDG 10.7), not indicator 10.7.2.\n';
    await server.client.open(a, textA);
    await server.client.open(b, textB);
    const refs = await server.client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: a },
      position: positionOf(textA, '10.7', 1),
      context: { includeDeclaration: true },
    });
    // Documents opened by the other tests cite 10.7 too; these two are the subject here.
    const found = (refs ?? [])
      .filter((l) => l.uri === a || l.uri === b)
      .map((l) => `${l.uri === a ? 'a' : 'b'}:${l.range.start.line}:${l.range.start.character}`)
      .sort();
    const at = (name: string, text: string, from: number): string => `${name}:0:${text.indexOf('10.7', from)}`;
    assert.deepEqual(found, [at('a', textA, 0), at('b', textB, 0), at('b', textB, textB.indexOf('SDG'))].sort());
  });
});

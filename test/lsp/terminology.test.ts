/**
 * Terminology through the language server, as an editor uses it: hover on a
 * glossary term and on an acronym, completion of glossary terms and of the
 * acronyms a document defines, and "fix all" for mixed variants.
 */
import { strict as assert } from 'node:assert';
import { CompletionRequest, CompletionTriggerKind, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { tempServer } from '../support/tempServer';
import { applyEdits, positionOf } from '../support/lspText';

describe('language server: terminology', () => {
  const server = tempServer('terminology');
  const uriOf = server.uriOf;

  const hoverAt = async (uri: string, text: string, marker: string): Promise<string> => {
    const h = await server.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, marker, 1) });
    assert.ok(h, `a hover on "${marker}"`);
    return (h.contents as MarkupContent).value;
  };

  const completeAt = async (uri: string, position: Position): Promise<CompletionItem[]> => {
    const r = (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList | CompletionItem[] | null;
    return Array.isArray(r) ? r : (r?.items ?? []);
  };

  it('hover on a deprecated term gives the preferred term, the reason, the definition, its source and the id that switches it off', async () => {
    const uri = uriOf('hover-term.md');
    const text = 'States shall not detain illegal migrants.\n';
    await server.client.open(uri, text);
    const value = await hoverAt(uri, text, 'illegal');
    assert.match(value, /^Deprecated: write \*\*migrants in an irregular situation\*\*/);
    assert.match(value, /Source: \[.*IOM.*\]\(https:\/\//);
    assert.match(value, /Glossary concept `migrants-in-an-irregular-situation` \(`"glossary": \{ "disable": \["migrants-in-an-irregular-situation"\] \}` in \.compact-lint\.json switches it off\)\.$/);
  });

  it('hover on a fixed term in the wrong form gives the whole reason and its source', async () => {
    const uri = uriOf('hover-fixed.md');
    const text = 'The follow up mechanism meets yearly.\n';
    await server.client.open(uri, text);
    const value = await hoverAt(uri, text, 'follow up');
    assert.match(value, /^Write \*\*follow-up\*\*\. As a noun or adjective/);
    assert.match(value, /The verb is two words/);
    assert.match(value, /Source: \[.*\]\(https:\/\/undocs\.org\/A\/RES\/73\/195\)/);
  });

  it('hover on an acronym gives the long form the document defines, else the one the data knows', async () => {
    const uri = uriOf('hover-acronym.md');
    const text = 'The Global Migration Group (GMG) met. GMG members and IOM staff attended.\n';
    await server.client.open(uri, text);
    assert.match(await hoverAt(uri, text, 'GMG members'), /^\*\*GMG\*\*: Global Migration Group \(defined on line 1\)/);
    assert.match(await hoverAt(uri, text, 'IOM'), /^\*\*IOM\*\*: International Organization for Migration/);
    const known = 'The UN and its partners.\n';
    await server.client.open(uriOf('hover-known.md'), known);
    assert.match(await hoverAt(uriOf('hover-known.md'), known, 'UN'), /^\*\*UN\*\*: United Nations/);
  });

  it('completes glossary terms with their definition, and acronyms the document defines', async () => {
    const uri = uriOf('complete.md');
    const text = 'The Global Migration Group (GMG) supports\nefforts against traff\nand the GM\n';
    await server.client.open(uri, text);
    const terms = await completeAt(uri, positionOf(text, 'traff', 5));
    const tip = terms.find((i) => i.label === 'trafficking in persons');
    assert.ok(tip, terms.map((i) => i.label).join(', '));
    assert.match((tip.documentation as MarkupContent).value, /^\*\*trafficking in persons\*\*/);
    assert.ok(!terms.some((i) => i.label === 'human trafficking'), 'variants are not offered');
    const acronyms = await completeAt(uri, positionOf(text, 'the GM', 6));
    const gmg = acronyms.find((i) => i.label === 'GMG');
    assert.ok(gmg, acronyms.map((i) => i.label).join(', '));
    assert.equal(gmg.detail, 'Global Migration Group');
  });

  it('completes a glossary phrase typed over several words, replacing all of them', async () => {
    const uri = uriOf('complete-phrase.md');
    const text = 'All Member St\nand migrants in an irr\n';
    await server.client.open(uri, text);
    const applied = async (marker: string): Promise<string[]> => {
      const items = await completeAt(uri, positionOf(text, marker, marker.length));
      return items.filter((i) => i.detail === 'Glossary term').map((i) => applyEdits(text, [i.textEdit as TextEdit]).split('\n')[marker.startsWith('All') ? 0 : 1] as string);
    };
    assert.deepEqual(await applied('All Member St'), ['All Member States']);
    assert.deepEqual(await applied('and migrants in an irr'), ['and migrants in an irregular situation']);
  });

  it('marks a list with a term of several words incomplete, so that it is asked for again as each word is typed', async () => {
    const uri = uriOf('complete-incomplete.md');
    const text = 'Children who are unaccompanied and \nVictims of trafficking ';
    await server.client.open(uri, text);
    const ask = async (marker: string, triggerKind: CompletionTriggerKind): Promise<CompletionList> =>
      (await server.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, marker, marker.length), context: { triggerKind, triggerCharacter: ' ' } })) as CompletionList;
    const mid = await ask('unaccompanied and ', CompletionTriggerKind.TriggerCharacter);
    assert.deepEqual([mid.isIncomplete, mid.items.map((i) => i.label)], [true, ['unaccompanied and separated children']]);
    // A space after one word opens no list by itself, but keeps one open.
    assert.deepEqual((await ask('of trafficking ', CompletionTriggerKind.TriggerCharacter)).items, []);
    assert.deepEqual((await ask('of trafficking ', CompletionTriggerKind.TriggerForIncompleteCompletions)).items.map((i) => i.label), ['trafficking in persons']);
  });

  it('moves the definition of an acronym to its first use', async () => {
    const uri = uriOf('move-definition.md');
    const text = 'The GMG met in May.\n\nLater the Global Migration Group (GMG) reported.\n';
    await server.client.open(uri, text);
    const diags = await server.client.diagnosticsFor(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['terminology/acronym-undefined']);
    const actions = await server.client.quickFixes(uri, diags);
    const move = actions.find((a) => a.title === 'Move the definition here: "Global Migration Group (GMG)"');
    assert.ok(move?.edit?.changes, actions.map((a) => a.title).join('; '));
    assert.equal(applyEdits(text, move.edit.changes[uri]!), 'The Global Migration Group (GMG) met in May.\n\nLater the GMG reported.\n');
  });

  it('offers one action that aligns every variant of a concept with the majority form', async () => {
    const uri = uriOf('fix-all.md');
    const text = 'Trafficking in persons is a crime; trafficking in persons is punished.\n\nVictims of human trafficking and of human trafficking rings.\n';
    await server.client.open(uri, text);
    const diags = await server.client.diagnosticsFor(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['terminology/mixed-variants', 'terminology/mixed-variants']);
    const actions = await server.client.quickFixes(uri, diags);
    const all = actions.find((a) => a.title === 'Fix all "terminology/mixed-variants" problems in this document');
    assert.ok(all?.edit?.changes, actions.map((a) => a.title).join('; '));
    assert.equal(
      applyEdits(text, all.edit.changes[uri]!),
      'Trafficking in persons is a crime; trafficking in persons is punished.\n\nVictims of trafficking in persons and of trafficking in persons rings.\n',
    );
  });
});

// The extension's commands as a user runs them (ids from package.json "contributes"):
// Treat File as Filing, the first-line detection of full submissions, Copy Cover Data as
// JSON and Insert Item Heading.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SUITE_TIMEOUT_MS,
  closeAllEditors,
  fileUri,
  flattenSymbols,
  openEditor,
  openFiling,
  outline,
  productApi,
  structureNode,
  waitFor,
} from '../support/editor';

const COMMAND_IDS = [
  'edgarFilings.goToItem',
  'edgarFilings.nextItem',
  'edgarFilings.previousItem',
  'edgarFilings.showSummary',
  'edgarFilings.openOnEdgar',
  'edgarFilings.copyCoverJson',
  'edgarFilings.insertItemHeading',
  'edgarFilings.treatAsFiling',
];

suite('commands', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  teardown(closeAllEditors);

  test('every command of the EDGAR menu is registered once the extension is active', async () => {
    await productApi();
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(COMMAND_IDS.filter((id) => !all.has(id)), []);
  });

  test('Treat File as Filing switches an .htm 8-K from HTML to EDGAR Filing, and the outline and structure view keep its items', async () => {
    const api = await productApi();
    const editor = await openEditor('html8kToTreat');
    assert.strictEqual(editor.document.languageId, 'html');
    const answer = await vscode.commands.executeCommand<string>('edgarFilings.treatAsFiling');
    assert.strictEqual(answer, 'edgar-filing');
    const doc = await waitFor('the language switch', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && d.uri.toString() === fileUri('html8kToTreat').toString() && d.languageId === 'edgar-filing' ? d : undefined;
    });
    const items = flattenSymbols(await outline(doc.uri)).filter((s) => /^Item /.test(s.name));
    assert.deepStrictEqual(items.map((s) => s.name.split(' ').slice(0, 2).join(' ')), ['Item 1.01', 'Item 3.02', 'Item 9.01']);
    const nodes = await waitFor('the structure view of the switched file', () => {
      const s = api.getActiveSummary();
      return s && s.uri === doc.uri.toString() && s.version === doc.version ? api.getStructureItems() : undefined;
    });
    assert.deepStrictEqual(structureNode(nodes, 'Items')?.children.map((c) => c.label), ['Item 1.01', 'Item 3.02', 'Item 9.01']);
  });

  test('a full submission saved under a plain .txt name opens as EDGAR Filing (from its first line)', async () => {
    await productApi();
    await openEditor('fullSubmissionPlainName');
    const doc = await waitFor('the switch to EDGAR Filing', () => {
      const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === fileUri('fullSubmissionPlainName').toString());
      return d?.languageId === 'edgar-filing' ? d : undefined;
    }, 30_000);
    assert.strictEqual(doc.lineAt(0).text, '-----BEGIN PRIVACY-ENHANCED MESSAGE-----');
    const names = flattenSymbols(await outline(doc.uri)).map((s) => s.name);
    assert.ok(names.includes('Item 5 Other Events'), JSON.stringify(names));
  });

  test('Copy Cover Data as JSON copies the cover of the seed, with its EIN and item, to the clipboard', async () => {
    await openFiling('seed');
    const json = await vscode.commands.executeCommand<string>('edgarFilings.copyCoverJson');
    assert.ok(json, 'the command answered nothing');
    const data = JSON.parse(json);
    assert.strictEqual(data.form, '8-K');
    assert.strictEqual(data.registrant, 'ImmunoGen, Inc.');
    assert.strictEqual(data.dateOfReport, '2013-04-07');
    assert.strictEqual(data.cover.irsEmployerId, '04-2726691');
    assert.deepStrictEqual(data.items, [{ number: '7.01', title: 'Regulation FD Disclosure' }]);
    // What was copied is what a paste gives (the browser's clipboard may be out of reach headless: then this part is skipped).
    const pasted = await Promise.race([vscode.env.clipboard.readText(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 5000))]);
    if (pasted !== undefined && pasted !== '') assert.strictEqual(pasted, json);
  });

  test('Insert Item Heading 8.01 inserts the official heading at the cursor, and the outline gains the item', async () => {
    await productApi();
    const seed = await vscode.workspace.openTextDocument(fileUri('seed'));
    const draft = await vscode.workspace.openTextDocument({ language: 'plaintext', content: seed.getText() });
    const editor = await vscode.window.showTextDocument(draft);
    await outline(draft.uri);
    editor.selection = new vscode.Selection(47, 0, 47, 0); // the empty line after the item's last paragraph
    const inserted = await vscode.commands.executeCommand<string>('edgarFilings.insertItemHeading', '8.01');
    try {
      assert.ok(inserted, 'nothing was inserted');
      assert.match(inserted, /^ITEM 8\.01|^Item 8\.01/);
      assert.match(inserted, /Other Events/i);
      assert.strictEqual(draft.lineAt(47).text, inserted.trimEnd());
      const names = await waitFor('Item 8.01 in the outline', async () => {
        const n = flattenSymbols(await outline(draft.uri)).map((s) => s.name);
        return n.includes('Item 8.01 Other Events') ? n : undefined;
      });
      assert.deepStrictEqual(names.filter((n) => n.startsWith('Item ')), ['Item 7.01 Regulation FD Disclosure', 'Item 8.01 Other Events']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

// Real filings of other formats from the corpus, and two that are not 8-Ks: the language
// VS Code picks, the outline, hovers, colours, problems and the Filing Structure view.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SUITE_TIMEOUT_MS,
  closeAllEditors,
  diagnosticsWithCode,
  flattenSymbols,
  hoverText,
  openEditor,
  openFiling,
  ourDiagnostics,
  outline,
  positionOf,
  productApi,
  semanticTokens,
  structureNode,
  waitFor,
} from '../support/editor';

function itemSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return flattenSymbols(symbols).filter((s) => /^Item /.test(s.name));
}

suite('corpus: a 1994 full submission (privacy-enhanced message, IMS header, pre-2004 items)', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  let doc: vscode.TextDocument;
  suiteSetup(async () => {
    doc = (await openFiling('fullSubmission1994')).editor.document;
  });
  suiteTeardown(closeAllEditors);

  test('opens as EDGAR Filing (its name is an accession number)', () => {
    assert.strictEqual(doc.languageId, 'edgar-filing');
  });

  test('the outline has the SEC header, the 8-K document, and inside it Items 2 and 7 with their official titles', async () => {
    const symbols = await outline(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['SEC Header', '8-K']);
    const document = symbols[1];
    assert.strictEqual(doc.getText(document.selectionRange), '8-K');
    const items = itemSymbols(document.children);
    assert.deepStrictEqual(items.map((s) => s.name), [
      'Item 2 Acquisition or Disposition of Assets',
      'Item 7 Financial Statements, Pro Forma Financial Information and Exhibits',
    ]);
    assert.deepStrictEqual(items.map((s) => s.selectionRange.start.line), [103, 158]);
    assert.ok(document.children.some((c) => c.name === 'Cover Page'));
  });

  test('hovering "ITEM 2." tells it is an item of the numbering before August 2004, and its counterpart today', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'ITEM 2.', 5));
    assert.match(text, /Item 2 Acquisition or Disposition of Assets/);
    assert.match(text, /before 23 August 2004|before August 23, 2004|before .*2004/);
    assert.match(text, /2\.01/);
  });

  test('the SEC header and the cover disagree on the Commission File Number: a warning on the cover\'s number', async () => {
    const [problem] = await diagnosticsWithCode(doc.uri, 'header-mismatch');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(problem.range.start.line, 90);
    assert.strictEqual(doc.getText(problem.range), '0-9334');
    assert.match(problem.message, /001-08911/);
  });

  test('SGML tags and the header are coloured: <DOCUMENT> and <TYPE> are macros, the CIK a read-only variable', async () => {
    const tokens = await semanticTokens(doc);
    assert.ok(tokens.some((t) => t.type === 'macro' && t.text === '<DOCUMENT>' && t.line === 58), 'no macro token on <DOCUMENT>');
    assert.ok(tokens.some((t) => t.type === 'macro' && t.text === '<TYPE>'), 'no macro token on <TYPE>');
    assert.ok(tokens.some((t) => t.type === 'variable' && /0000100240|100240/.test(t.text) && t.modifiers.includes('readonly')), 'no CIK token');
  });
});

suite('corpus: an HTML 8-K (SanDisk, 2010: Items 1.01, 3.02, 9.01)', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  let doc: vscode.TextDocument;
  suiteSetup(async () => {
    doc = (await openFiling('html8k')).editor.document;
  });
  suiteTeardown(closeAllEditors);

  test('opens as HTML, and the extension serves it', async () => {
    assert.strictEqual(doc.languageId, 'html');
    const api = await productApi();
    assert.match(api.getStatusBarText() ?? '', /8-K.*3 items/);
  });

  test('the outline lists the three items at their headings, under the cover page', async () => {
    const items = itemSymbols(await outline(doc.uri));
    assert.deepStrictEqual(items.map((s) => s.name), [
      'Item 1.01 Entry into a Material Definitive Agreement',
      'Item 3.02 Unregistered Sales of Equity Securities',
      'Item 9.01 Financial Statements and Exhibits',
    ]);
    assert.deepStrictEqual(items.map((s) => s.selectionRange.start.line), [254, 335, 390]);
  });

  test('hovering the heading "Item&nbsp;1.01" in the markup describes Item 1.01, a filed item', async () => {
    const line = doc.lineAt(254).text;
    assert.ok(line.includes('Item&nbsp;1.01'), line);
    const text = await hoverText(doc.uri, new vscode.Position(254, line.indexOf('Item&nbsp;1.01') + 12));
    assert.match(text, /Item 1\.01 Entry into a Material Definitive Agreement/);
    assert.match(text, /\*\*Filed\*\*/);
  });

  test('Next Item walks the headings in order and Previous Item walks back', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const lines: number[] = [];
    for (const command of ['nextItem', 'nextItem', 'nextItem', 'previousItem']) {
      await vscode.commands.executeCommand(`edgarFilings.${command}`);
      const active = vscode.window.activeTextEditor;
      assert.strictEqual(active?.document.uri.toString(), doc.uri.toString());
      lines.push(active.selection.active.line);
    }
    assert.deepStrictEqual(lines, [254, 335, 390, 335]);
  });

  test('semantic tokens colour the visible text of the headings, never the markup', async () => {
    const tokens = await semanticTokens(doc);
    const heading = tokens.filter((t) => t.line === 254);
    assert.ok(heading.some((t) => t.type === 'keyword' && /1\.01/.test(t.text)), JSON.stringify(heading));
    for (const t of tokens) assert.ok(!/[<>]|style=/.test(t.text), `a token covers markup: ${JSON.stringify(t)}`);
  });
});

suite('corpus: an inline XBRL 8-K (Nuance, 2019: Items 7.01 and 9.01)', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  let doc: vscode.TextDocument;
  suiteSetup(async () => {
    doc = (await openFiling('inlineXbrl8k')).editor.document;
  });
  suiteTeardown(closeAllEditors);

  test('opens as HTML; the outline has Items 7.01 and 9.01', async () => {
    assert.strictEqual(doc.languageId, 'html');
    const items = itemSymbols(await outline(doc.uri));
    assert.deepStrictEqual(items.map((s) => [s.name, s.selectionRange.start.line]), [
      ['Item 7.01 Regulation FD Disclosure', 78],
      ['Item 9.01 Financial Statements and Exhibits', 85],
    ]);
  });

  test('hovering "Item&#160;7.01" says Regulation FD Disclosure is furnished', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'Item&#160;7.01', 12));
    assert.match(text, /Regulation FD Disclosure/);
    assert.match(text, /Furnished/);
  });

  test('the Filing Structure view shows the registrant from the cover and both items', async () => {
    const api = await productApi();
    const nodes = await waitFor('the structure view of the inline XBRL filing', () => {
      const n = api.getStructureItems();
      return structureNode(n, 'Items', 'Item 9.01') ? n : undefined;
    });
    assert.strictEqual(structureNode(nodes, 'Cover', 'Registrant')?.description, 'NUANCE COMMUNICATIONS, INC.');
    assert.deepStrictEqual(structureNode(nodes, 'Items')?.children.map((c) => c.label), ['Item 7.01', 'Item 9.01']);
    assert.ok(nodes.some((n) => n.label === 'Exhibits'), 'no exhibits section');
  });

  test('no problems are reported for this clean filing', async () => {
    // The outline answered, so the server has analysed it; give pull diagnostics a moment to arrive, then none may be there.
    await outline(doc.uri);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(ourDiagnostics(doc.uri).map((d) => d.message), []);
  });
});

suite('corpus: negatives', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  suiteTeardown(closeAllEditors);

  test('a 10-Q/A full submission opens as EDGAR Filing with its header and document, but no items and no 8-K problems', async () => {
    const { editor, api } = await openFiling('negative10qa');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'edgar-filing');
    const symbols = await outline(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['SEC Header', '10-Q/A']);
    assert.deepStrictEqual(itemSymbols(symbols).map((s) => s.name), []);
    assert.strictEqual(api.getActiveSummary()?.form, '10-Q/A');
    assert.deepStrictEqual(structureNode(api.getStructureItems(), 'Items')?.children ?? [], []);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(ourDiagnostics(doc.uri).map((d) => d.message), [], 'an 8-K check fired on a 10-Q/A');
  });

  test('a plain-text file that is not a filing is left alone: Plain Text, no outline, no problems, no status bar entry', async () => {
    const api = await productApi();
    const editor = await openEditor('notAFiling');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'plaintext');
    await waitFor('the status bar entry to hide', () => api.getStatusBarText() === undefined, 30_000);
    assert.deepStrictEqual(api.getStructureItems(), []);
    // The server takes documents in the order they were opened: once it has answered for a
    // filing opened after the notes, it has made up its mind about the notes.
    const later = await openEditor('seed', { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    await outline(later.document.uri);
    const summary = await api.requestSummary(doc.uri);
    assert.ok(summary === null || summary.kind === 'not-a-filing', `the notes were taken for a ${summary?.kind} filing`);
    const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual(symbols ?? [], []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 10));
    assert.deepStrictEqual((hovers ?? []).length, 0);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri), []);
  });
});

// The seed 8-K (ImmunoGen, April 2013: plain text, one Item 7.01) as a user meets it in
// the editor: language, outline, hovers, colours, folding, hints, links, navigation,
// the Filing Structure view, the status bar and the Filing Summary panel.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SUITE_TIMEOUT_MS,
  closeAllEditors,
  hoverText,
  openFiling,
  outline,
  positionOf,
  semanticTokens,
  structureNode,
  summaryTab,
  waitFor,
  type EdgarFilingsApi,
} from '../support/editor';

const ITEM_LINE = 38; // "ITEM 7.01 — REGULATION FD DISCLOSURE", line 39 as people count

suite('the seed 8-K in the editor', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  let editor: vscode.TextEditor;
  let api: EdgarFilingsApi;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    ({ editor, api } = await openFiling('seed'));
    doc = editor.document;
  });

  suiteTeardown(closeAllEditors);

  const cursor = () => {
    const active = vscode.window.activeTextEditor;
    assert.ok(active, 'no active editor');
    assert.strictEqual(active.document.uri.toString(), doc.uri.toString(), 'the seed is no longer the active editor');
    return active.selection.active;
  };
  const putCursor = async (line: number, character = 0) => {
    editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(line, character, line, character);
  };

  test('opens as Plain Text (no SEC header), and the extension serves it: the status bar names the 8-K and its one item', async () => {
    assert.strictEqual(doc.languageId, 'plaintext');
    const status = await waitFor('the status bar entry', () => api.getStatusBarText());
    assert.match(status, /8-K/);
    assert.match(status, /\b1 item\b/);
  });

  test('the outline lists the cover page, "Item 7.01 Regulation FD Disclosure" at its heading, and the signatures', async () => {
    const symbols = await outline(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Cover Page', 'Item 7.01 Regulation FD Disclosure', 'Signatures']);
    const item = symbols[1];
    assert.strictEqual(item.kind, vscode.SymbolKind.Event);
    assert.strictEqual(item.selectionRange.start.line, ITEM_LINE);
    assert.match(doc.getText(item.selectionRange), /^ITEM 7\.01 — REGULATION FD DISCLOSURE/);
    assert.strictEqual(item.detail, 'furnished, not filed');
    const registrant = symbols[0].children.find((c) => c.name === 'Registrant');
    assert.strictEqual(registrant?.detail, 'ImmunoGen, Inc.');
    const ein = symbols[0].children.find((c) => c.name === 'IRS Employer Identification No.');
    assert.strictEqual(ein && doc.getText(ein.selectionRange), '04-2726691');
  });

  test('hovering the item heading shows "Regulation FD Disclosure" and that the item is furnished, not filed', async () => {
    const text = await hoverText(doc.uri, new vscode.Position(ITEM_LINE, 6));
    assert.match(text, /Item 7\.01 Regulation FD Disclosure/);
    assert.match(text, /Furnished\W+not filed/);
    assert.match(text, /Section 7/);
  });

  test('hovering the EIN explains it and names the IRS campus of its prefix (04: Brookhaven)', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, '04-2726691', 4));
    assert.match(text, /EIN 04-2726691/);
    assert.match(text, /Brookhaven/);
  });

  test('semantic tokens colour the item number, its title and the cover identifiers and dates', async () => {
    const tokens = await semanticTokens(doc);
    const heading = tokens.filter((t) => t.line === ITEM_LINE);
    assert.strictEqual(heading.length, 2, JSON.stringify(heading));
    assert.strictEqual(heading[0].type, 'keyword');
    assert.match(heading[0].text, /^(ITEM )?7\.01$/);
    assert.ok(heading[0].modifiers.includes('declaration'));
    assert.deepStrictEqual([heading[1].type, heading[1].text], ['type', 'REGULATION FD DISCLOSURE']);
    assert.ok(tokens.some((t) => t.text === '04-2726691' && t.type === 'number'), 'the EIN is a number token');
    assert.ok(tokens.some((t) => t.text === '0-17999' && t.type === 'number'), 'the file number is a number token');
    assert.ok(tokens.some((t) => t.text === 'April 7, 2013' && t.type === 'string'), 'the Date of Report is a string token');
    // The body text of the item is left alone.
    assert.ok(!tokens.some((t) => t.line === 40 && /clinical/.test(t.text)));
  });

  test('folding: the cover, the item section and the signatures fold', async () => {
    const folds = await waitFor('folding ranges', async () => {
      const f = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return f && f.length ? f : undefined;
    });
    assert.deepStrictEqual(folds.map((f) => f.start), [0, ITEM_LINE, 50]);
    for (const f of folds) assert.ok(f.end > f.start);
  });

  test('Expand Selection grows from the item number to its heading, then to the whole Item 7.01 section', async () => {
    const at = new vscode.Position(ITEM_LINE, 6); // inside "7.01"
    const chain = await waitFor('selection ranges', async () => {
      const [first] = (await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [at])) ?? [];
      const out: vscode.Range[] = [];
      for (let s: vscode.SelectionRange | undefined = first; s; s = s.parent) out.push(s.range);
      return out.some((r) => r.start.line === ITEM_LINE && r.end.line > ITEM_LINE + 3) ? out : undefined;
    });
    const texts = chain.map((r) => doc.getText(r));
    const number = texts.indexOf('7.01');
    const heading = texts.findIndex((t) => /^ITEM 7\.01 — REGULATION FD DISCLOSURE$/.test(t));
    const section = chain.findIndex((r) => r.start.line === ITEM_LINE && r.end.line > ITEM_LINE + 3);
    assert.ok(number >= 0 && number < heading && heading < section, texts.map((t) => JSON.stringify(t.slice(0, 40))).join(' > '));
    assert.match(texts[section], /first clinical data were reported with BAY 94-9343/);
  });

  test('an inlay hint after the Date of Report says Item 7.01 alone has no 4-day deadline; its tooltip counts the four days to 11 Apr 2013', async () => {
    const hints = await waitFor('inlay hints', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      return h && h.length ? h : undefined;
    });
    const onDate = hints.find((h) => h.position.line === 10);
    assert.ok(onDate, `no hint on line 11: ${JSON.stringify(hints.map((h) => h.position.line))}`);
    const label = typeof onDate.label === 'string' ? onDate.label : onDate.label.map((p) => p.value).join('');
    assert.strictEqual(label, 'no 4-day deadline');
    const tooltip = typeof onDate.tooltip === 'string' ? onDate.tooltip : onDate.tooltip?.value ?? '';
    assert.match(tooltip, /would end Thursday 11 April 2013/);
  });

  test('document links take the rule citations of the check boxes to the eCFR', async () => {
    const links = await waitFor('document links', async () => {
      const l = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
      return l && l.length ? l : undefined;
    });
    const rule425 = links.find((l) => doc.getText(l.range) === '17 CFR 230.425');
    assert.ok(rule425, 'no link on "17 CFR 230.425"');
    assert.match(rule425.target?.toString(true) ?? '', /^https:\/\/www\.ecfr\.gov\/.*230\.425/);
  });

  test('Go to Item 7.01 puts the cursor on the item heading', async () => {
    await putCursor(0);
    const went = await vscode.commands.executeCommand<{ number: string } | undefined>('edgarFilings.goToItem', '7.01');
    assert.strictEqual(went?.number, '7.01');
    const at = cursor();
    assert.strictEqual(at.line, ITEM_LINE);
    assert.ok(doc.lineAt(at.line).text.slice(at.character).startsWith('ITEM 7.01'), `cursor at ${at.line}:${at.character}`);
  });

  test('Next Item from the top goes to the heading; from the heading there is no next item and the cursor stays', async () => {
    await putCursor(2);
    await vscode.commands.executeCommand('edgarFilings.nextItem');
    assert.strictEqual(cursor().line, ITEM_LINE);
    const again = await vscode.commands.executeCommand('edgarFilings.nextItem');
    assert.strictEqual(again, undefined);
    assert.strictEqual(cursor().line, ITEM_LINE);
  });

  test('Previous Item from the signatures goes back to the heading', async () => {
    await putCursor(56);
    await vscode.commands.executeCommand('edgarFilings.previousItem');
    assert.strictEqual(cursor().line, ITEM_LINE);
  });

  test('the Filing Structure view shows the cover fields, Item 7.01 (furnished) and the signatures', async () => {
    const nodes = await waitFor('the Filing Structure view', () => {
      const n = api.getStructureItems();
      return n.length ? n : undefined;
    });
    assert.deepStrictEqual(nodes.map((n) => n.label), ['Cover', 'Items', 'Signatures']);
    assert.strictEqual(structureNode(nodes, 'Cover', 'Registrant')?.description, 'ImmunoGen, Inc.');
    assert.strictEqual(structureNode(nodes, 'Cover', 'IRS Employer Identification No.')?.description, '04-2726691');
    assert.strictEqual(structureNode(nodes, 'Cover', 'Commission File Number')?.description, '0-17999');
    const items = structureNode(nodes, 'Items');
    assert.deepStrictEqual(items?.children.map((c) => c.label), ['Item 7.01']);
    const item = items.children[0];
    assert.match(item.description, /Regulation FD Disclosure/);
    assert.match(item.description, /furnished/);
    assert.strictEqual(item.target?.start.line, ITEM_LINE);
    assert.strictEqual(structureNode(nodes, 'Signatures', 'Signed by')?.description, 'Gregory D. Perry');
  });

  test('Show Filing Summary opens the panel beside the editor, with the cover and the items table', async () => {
    await vscode.window.showTextDocument(doc);
    const shown = await vscode.commands.executeCommand<boolean>('edgarFilings.showSummary');
    assert.strictEqual(shown, true, 'the command says the panel shows no filing');
    const tab = await waitFor('the Filing Summary tab', () => summaryTab());
    assert.match(tab.label, /8-K/);
    const html = await waitFor('the summary page', () => api.getSummaryHtml());
    assert.match(html, /<table class="grid"><thead><tr><th scope="col">Item<\/th>/);
    assert.match(html, />Item 7\.01</);
    assert.match(html, /Regulation FD Disclosure/);
    assert.match(html, /ImmunoGen, Inc\./);
    assert.match(html, /Furnished/i);
    // The panel does not take the cursor: the filing stays the active editor.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    await vscode.window.tabGroups.close(tab);
    await waitFor('the panel to close', () => summaryTab() === undefined && api.getSummaryHtml() === undefined, 10_000);
  });

  test('a Filing Summary panel brought back after a reload shows the filing again, with its scripts allowed', async () => {
    await vscode.window.showTextDocument(doc);
    await waitFor('the seed to be the active filing', () => api.getActiveSummary());
    // What VS Code does after a reload: a bare panel of the summary's type, handed to the extension's serializer.
    const restored = vscode.window.createWebviewPanel('edgarFilings.summary', 'Filing Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    await api.summaryPanelSerializer.deserializeWebviewPanel(restored, { panel: 'summary' });
    const html = await waitFor('the restored page', () => api.getSummaryHtml());
    assert.match(html, /ImmunoGen, Inc\./);
    assert.match(html, />Item 7\.01</);
    assert.match(restored.title, /8-K/);
    assert.strictEqual(restored.webview.options.enableScripts, true);
    assert.strictEqual(restored.webview.options.enableCommandUris, false);
    // The command now brings forward the restored panel rather than opening a second one.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('edgarFilings.showSummary'), true);
    const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    await waitFor('a tab for the restored panel', () => (webviewTabs().length > 0 ? true : undefined));
    assert.strictEqual(webviewTabs().length, 1, webviewTabs().map((t) => t.label).join(', '));
    restored.dispose();
    await waitFor('the panel to close', () => api.getSummaryHtml() === undefined, 10_000);
  });
});

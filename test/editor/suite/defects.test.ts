// Filings with known defects: what the Problems panel gets, what the quick fixes do to the
// text, and how the defect shows in hovers and the Filing Structure view.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SUITE_TIMEOUT_MS,
  closeAllEditors,
  diagnosticCode,
  diagnosticsWithCode,
  hoverText,
  openEditor,
  fileUri,
  openFiling,
  outline,
  ourDiagnostics,
  revertAndClose,
  structureNode,
  waitFor,
} from '../support/editor';

/** The quick fixes VS Code offers for a diagnostic. */
async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor('quick fixes', async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
    return fixes.length ? fixes : undefined;
  });
}

suite('filings with defects', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  teardown(closeAllEditors);

  test('an EIN written without its dash is an error in the Problems panel, on the EIN', async () => {
    const { editor } = await openFiling('einWithoutDash');
    const doc = editor.document;
    const [problem] = await diagnosticsWithCode(doc.uri, 'ein-format');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(doc.getText(problem.range), '042726691');
    assert.strictEqual(problem.range.start.line, 20);
    assert.match(problem.message, /NN-NNNNNNN/);
    assert.match(problem.message, /04-2726691/);
    // It is the only problem: the rest of the copy is the clean seed.
    assert.deepStrictEqual(ourDiagnostics(doc.uri).map(diagnosticCode), ['ein-format']);
  });

  test('the clean seed has no problems, while its copy with a defect has one', async () => {
    // Both open: once the defect is reported the server has answered for the seed too.
    const seed = (await openEditor('seed')).document;
    const { editor } = await openFiling('einWithoutDash');
    await diagnosticsWithCode(editor.document.uri, 'ein-format');
    await vscode.window.showTextDocument(seed);
    await waitFor('the seed to be analysed', async () => (await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', seed.uri))?.length);
    assert.deepStrictEqual(ourDiagnostics(seed.uri), []);
  });

  test('the quick fix "Write the EIN as 04-2726691", applied, changes the text as promised and the error goes', async () => {
    const { editor } = await openFiling('einWithoutDash');
    const doc = editor.document;
    const [problem] = await diagnosticsWithCode(doc.uri, 'ein-format');
    const fixes = await quickFixesFor(doc.uri, problem);
    const fix = fixes.find((f) => f.title === 'Write the EIN as 04-2726691');
    assert.ok(fix, `offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.ok(fix.edit, 'the fix has no edit');
    assert.strictEqual(fix.isPreferred, true);
    const before = doc.getText();
    try {
      assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
      assert.strictEqual(doc.lineAt(20).text, '0-17999 (Commission File Number) **04-2726691** (IRS Employer Identification No.)');
      // Only that line changed.
      const beforeLines = before.split('\n');
      const afterLines = doc.getText().split('\n');
      assert.strictEqual(afterLines.length, beforeLines.length);
      assert.deepStrictEqual(afterLines.filter((l, i) => l !== beforeLines[i]).length, 1);
      await waitFor('the ein-format error to go', () => !ourDiagnostics(doc.uri).some((d) => diagnosticCode(d) === 'ein-format'));
    } finally {
      await revertAndClose(editor);
    }
    assert.strictEqual((await vscode.workspace.openTextDocument(doc.uri)).getText(), before, 'the file was changed on disk');
  });

  test('an unknown item number is an error on the heading; its hover and the structure view say it is not a Form 8-K item', async () => {
    const { editor, api } = await openFiling('unknownItem');
    const doc = editor.document;
    const [problem] = await diagnosticsWithCode(doc.uri, 'unknown-item');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(problem.range.start.line, 38);
    assert.match(problem.message, /Item 7\.09 is not an item of Form 8-K/);

    const hover = await hoverText(doc.uri, new vscode.Position(38, 6));
    assert.match(hover, /Item 7\.09\*\* is not an item of Form 8-K/);

    const item = await waitFor('the item in the structure view', () => structureNode(api.getStructureItems(), 'Items', 'Item 7.09'));
    assert.match(item.description, /not a Form 8-K item/);
    assert.strictEqual(item.tone, 'error');
    assert.strictEqual(item.problems.errors, 1);
  });

  test('a heading whose title is not the official one gets the quick fix "Change the title to …", which rewrites just the title', async () => {
    const { editor } = await openFiling('fullSubmission1997');
    const doc = editor.document;
    const [problem] = await diagnosticsWithCode(doc.uri, 'item-title');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(problem.range.start.line, 124);
    const fixes = await quickFixesFor(doc.uri, problem);
    const title = 'FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS';
    const fix = fixes.find((f) => f.title === `Change the title to “${title}”`);
    assert.ok(fix?.edit, `offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    try {
      assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
      assert.strictEqual(doc.lineAt(124).text.trimEnd(), `      ITEM 7.   ${title}`);
      await waitFor('the item-title note to go', () => !ourDiagnostics(doc.uri).some((d) => diagnosticCode(d) === 'item-title'));
    } finally {
      await revertAndClose(editor);
    }
  });

  test('a UTF-8 filing opened as Windows-1252: a warning on the first "â€”", its item still in the outline, a fix that reopens it', async () => {
    // The options argument (VS Code 1.100+) is newer than the @types/vscode the extension builds against.
    const openAs = vscode.workspace.openTextDocument as unknown as (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;
    const doc = await openAs(fileUri('utf8ToMisread'), { encoding: 'windows1252' });
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(doc.lineAt(38).text, 'ITEM 7.01 â€” REGULATION FD DISCLOSURE', 'the file as the user sees it');
    const [problem] = await diagnosticsWithCode(doc.uri, 'misread-utf8');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(doc.getText(problem.range), 'â€”');
    assert.strictEqual(problem.range.start.line, 38);
    assert.match(problem.message, /UTF-8 em dash \(—\) read as Windows-1252.*Reopen it with the UTF-8 encoding/);
    const symbols = await outline(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Cover Page', 'Item 7.01 Regulation FD Disclosure', 'Signatures']);
    const fixes = await quickFixesFor(doc.uri, problem);
    const reopen = fixes.find((f) => /Reopen with Encoding/.test(f.title));
    assert.ok(reopen, `offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.strictEqual(reopen.edit, undefined, 'it edits nothing');
    assert.strictEqual(reopen.command?.command, 'workbench.action.editor.changeEncoding');
    assert.strictEqual(doc.isDirty, false);
  });

  test('a Windows-1252 filing opened as UTF-8: a warning on the first "\ufffd" before it is saved, its item still in the outline, a fix that reopens it', async () => {
    const { editor } = await openFiling('windows1252');
    const doc = editor.document;
    assert.strictEqual(doc.lineAt(38).text, 'ITEM 7.01 \ufffd REGULATION FD DISCLOSURE', 'the file as the user sees it');
    const [problem] = await diagnosticsWithCode(doc.uri, 'misread-windows-1252');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(doc.getText(problem.range), '\ufffd');
    assert.strictEqual(problem.range.start.line, 38);
    assert.match(problem.message, /probably Windows-1252 .* read as UTF-8.*before editing/);
    assert.ok(!ourDiagnostics(doc.uri).some((d) => diagnosticCode(d) === 'no-items'), 'no false "no items" warning');
    const symbols = await outline(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Cover Page', 'Item 7.01 Regulation FD Disclosure', 'Signatures']);
    const fixes = await quickFixesFor(doc.uri, problem);
    const reopen = fixes.find((f) => /Reopen with Encoding… \(choose Windows-1252\)/.test(f.title));
    assert.ok(reopen, `offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.strictEqual(reopen.edit, undefined, 'it edits nothing');
    assert.strictEqual(reopen.command?.command, 'workbench.action.editor.changeEncoding');
    assert.strictEqual(doc.isDirty, false);
  });
});

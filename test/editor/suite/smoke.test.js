// Smoke suite: runs inside the real VS Code extension host (see test/editor/README.md).
// Plain CommonJS; `vscode` is the real API of the running editor.
'use strict';

const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SEED = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus', 'seed_8-K_2013_immunogen_bay94-9343.txt');
const PRODUCT_ID = 'edgar-filings.edgar-filings';

suite('smoke: real VS Code', () => {
  test('vscode.version is the pinned 1.139.x (code-server 4.139.1)', () => {
    assert.strictEqual(typeof vscode.version, 'string');
    assert.match(vscode.version, /^1\.139\.\d+$/);
  });

  test('runs on the server side of VS Code for the Web, under Node 24', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.match(process.version, /^v24\./);
  });

  test('the workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1);
    if (process.env.EDGAR_TEST_WORKSPACE) assert.strictEqual(folders[0].uri.fsPath, process.env.EDGAR_TEST_WORKSPACE);
  });

  test('opens the seed 8-K and reads its first line', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(SEED));
    assert.strictEqual(doc.lineAt(0).text, 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION');
    assert.ok(doc.lineCount > 40, `only ${doc.lineCount} lines`);
    assert.match(doc.getText(), /FORM 8-K/);
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(editor.document.uri.fsPath, SEED);
  });

  test('the product extension is installed and activates', async function () {
    if (!process.env.EDGAR_PRODUCT_VSIX) this.skip();
    const ext = vscode.extensions.getExtension(PRODUCT_ID);
    assert.ok(ext, `${PRODUCT_ID} is not installed`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });
});

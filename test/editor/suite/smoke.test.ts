// Smoke suite: the editor the suites run in, and the product installed in it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { LAUNCHER, PRODUCT_ID, fileUri, productApi, workspaceDir } from '../support/editor';

suite('smoke: the editor', () => {
  test('VS Code reports its version', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    // The browser launcher pins code-server 4.139.1, which carries VS Code 1.139.1.
    if (LAUNCHER === 'web') assert.match(vscode.version, /^1\.139\.\d+$/);
  });

  test('the extension host is the one the launcher says', () => {
    if (LAUNCHER === 'web') {
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
      assert.match(process.version, /^v24\./);
    } else {
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Desktop);
    }
  });

  test('the test workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1);
    assert.strictEqual(folders[0].uri.fsPath, workspaceDir());
  });

  test('opens the seed 8-K and reads its first line', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('seed'));
    assert.strictEqual(doc.lineAt(0).text, 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION');
    assert.strictEqual(doc.lineAt(38).text, 'ITEM 7.01 — REGULATION FD DISCLOSURE');
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(editor.document.uri.fsPath, fileUri('seed').fsPath);
  });

  test('the product extension is installed, activates and starts its language server', async function () {
    this.timeout(120_000);
    const ext = vscode.extensions.getExtension(PRODUCT_ID);
    assert.ok(ext, `${PRODUCT_ID} is not installed`);
    const api = await productApi();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(typeof api.requestSummary, 'function');
  });
});

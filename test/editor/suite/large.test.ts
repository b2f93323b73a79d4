// A multi-megabyte submission in the real editor: it opens, the server analyses it and
// keeps up with typing. The file is made at test time (a real 1997 8-K submission whose
// document is repeated as exhibits up to 12 MB) in the workspace folder, and removed after.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  SUITE_TIMEOUT_MS,
  closeAllEditors,
  fileUri,
  flattenSymbols,
  outline,
  productApi,
  structureNode,
  waitFor,
  workspaceDir,
} from '../support/editor';

const SIZE = 12 * 1024 * 1024;

/** The submission with its 8-K document repeated as exhibits EX-99.2, EX-99.3, ... up to about `size` characters. */
function grown(submission: string, size: number): { text: string; documents: number } {
  const open = submission.indexOf('<DOCUMENT>');
  const end = submission.lastIndexOf('</DOCUMENT>') + '</DOCUMENT>'.length;
  const body = submission.slice(submission.indexOf('<TEXT>', open), end);
  const parts = [submission.slice(0, end), '\n'];
  let length = end;
  let documents = 1;
  while (length < size) {
    documents++;
    const exhibit = `<DOCUMENT>\n<TYPE>EX-99.${documents}\n<SEQUENCE>${documents}\n<DESCRIPTION>PRESS RELEASE ${documents}\n${body}\n`;
    parts.push(exhibit);
    length += exhibit.length;
  }
  parts.push(submission.slice(end));
  return { text: parts.join(''), documents };
}

suite('a 12 MB submission', function () {
  this.timeout(SUITE_TIMEOUT_MS * 2);
  const uri = vscode.Uri.file(path.join(workspaceDir(), 'grown-submission-0001000685-97-000006.txt'));
  let documents = 0;

  suiteSetup(async () => {
    const seed = new TextDecoder('latin1').decode(await vscode.workspace.fs.readFile(fileUri('fullSubmission1997')));
    const made = grown(seed, SIZE);
    documents = made.documents;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(made.text));
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('opens as EDGAR Filing; the outline lists every document, and the 8-K keeps its Items 2 and 7', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(document.getText().length >= SIZE, `the file holds ${document.getText().length} characters`);
    const doc = await waitFor('EDGAR Filing', () => (document.languageId === 'edgar-filing' ? document : undefined));
    const names = flattenSymbols(await outline(doc.uri)).map((s) => s.name);
    assert.ok(names.some((n) => n.startsWith('Item 2 ')), `no Item 2: ${names.slice(0, 40).join(' | ')}`);
    assert.ok(names.some((n) => n.startsWith('Item 7 ')), `no Item 7: ${names.slice(0, 40).join(' | ')}`);
    assert.ok(names.some((n) => n.startsWith(`EX-99.${documents}`)), `no last exhibit EX-99.${documents}`);
    const api = await productApi();
    const summary = await waitFor('the summary of the grown submission', () => {
      const s = api.getActiveSummary();
      return s && s.uri === doc.uri.toString() && s.version === doc.version ? s : undefined;
    });
    assert.strictEqual(summary.documents.length, documents);
    assert.strictEqual(summary.notice, null, 'the whole file is analysed (it is under edgarFilings.maxFileSize)');
  });

  test('typing in the last exhibit is answered: the outline and the structure view follow each edit', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the grown submission is the active editor');
    const api = await productApi();
    const line = editor.document.positionAt(editor.document.getText().lastIndexOf('<DESCRIPTION>PRESS RELEASE')).line;
    for (const letter of ['X', 'Y', 'Z']) {
      const at = editor.document.lineAt(line).range.end;
      assert.ok(await editor.edit((e) => e.insert(at, letter)), `the edit ${letter} was not applied`);
      const version: number = editor.document.version;
      const summary = await waitFor(`the summary of version ${version}`, () => {
        const s = api.getActiveSummary();
        return s && s.uri === uri.toString() && s.version === version ? s : undefined;
      });
      assert.strictEqual(summary.documents.length, documents);
    }
    const lastDocument = structureNode(api.getStructureItems(), 'Documents')?.children.at(-1);
    assert.strictEqual(lastDocument?.label, `EX-99.${documents}`);
    assert.match(lastDocument?.tooltip ?? '', new RegExp(`PRESS RELEASE ${documents}XYZ`));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

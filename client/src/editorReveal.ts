/** Moving an editor to a place the server named (an LSP range): for the tree, the panel and the item commands. */
import * as vscode from 'vscode';
import type { Position, Range } from './ranges';

export function toVsPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(toVsPosition(r.start), toVsPosition(r.end));
}

export function fromVsPosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

/**
 * Shows the document (in the editor group that already shows it, else the
 * active one) with the cursor at the start of the range and the range in view.
 */
export async function revealInEditor(uri: vscode.Uri, range: Range, options: { preserveFocus?: boolean } = {}): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: options.preserveFocus ?? false,
  });
  // The summary may be a version behind the text: keep the range inside the document.
  const target = document.validateRange(toVsRange(range));
  editor.selection = new vscode.Selection(target.start, target.start);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

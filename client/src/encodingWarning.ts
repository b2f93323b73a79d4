/**
 * A filing that VS Code read in the wrong encoding and that saving would
 * damage: an older Windows-1252 filing opened as UTF-8 shows its dashes and
 * quotes as "\ufffd", and saving writes "\ufffd" in their place for good. The
 * server reports it in the Problems panel (misread-windows-1252); since a
 * save loses data, the user is also told once per file, with a button that
 * opens VS Code's Reopen with Encoding picker. Nothing is changed for them.
 */
import * as vscode from 'vscode';
import { hasLossyEncoding, lossyEncodingMessage, REOPEN_ACTION } from './lossyEncoding';

export class EncodingWarning implements vscode.Disposable {
  /** Files told about in this window, by URI: once each. */
  private readonly told = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) this.consider(uri);
    });
  }

  private consider(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.told.has(key) || !hasLossyEncoding(vscode.languages.getDiagnostics(uri))) return;
    this.told.add(key);
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    void vscode.window.showWarningMessage(lossyEncodingMessage(name), REOPEN_ACTION).then(async (choice) => {
      if (choice !== REOPEN_ACTION) return;
      // The picker acts on the active editor: bring this file's forward first.
      await vscode.window.showTextDocument(uri, { preview: false });
      await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

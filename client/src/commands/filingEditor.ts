/** The editor a command works on, and the message when it is not a filing. */
import * as vscode from 'vscode';
import type { FilingSummary } from '../../../server/src/protocol';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';

export interface FilingEditor {
  editor: vscode.TextEditor;
  summary: FilingSummary;
}

/**
 * The active text editor, or (when focus is in the tree or the summary
 * panel) the visible editor of the filing they show.
 */
export function commandEditor(filing: ActiveFiling): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  const shown = filing.document;
  return shown ? vscode.window.visibleTextEditors.find((e) => e.document === shown) : undefined;
}

/** The editor and its filing summary; tells the user and answers undefined when there is no filing. */
export async function filingEditor(filing: ActiveFiling, action: string): Promise<FilingEditor | undefined> {
  const editor = commandEditor(filing);
  const summary = editor ? await filing.summaryOf(editor.document) : undefined;
  if (editor && summary) return { editor, summary };
  const treat = 'Treat File as Filing';
  const message = editor
    ? `${action}: the active editor is not an EDGAR filing.`
    : `${action}: open an EDGAR filing first.`;
  void vscode.window.showInformationMessage(message, ...(editor ? [treat] : [])).then((choice) => {
    if (choice === treat) void vscode.commands.executeCommand(COMMANDS.treatAsFiling);
  });
  return undefined;
}

/** Treat File as Filing: the active document switches to the EDGAR Filing language, whatever its extension. */
import * as vscode from 'vscode';
import { FILING_LANGUAGE_ID } from '../../../server/src/protocol';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { commandEditor } from './filingEditor';

export function registerTreatAsFiling(filing: ActiveFiling): vscode.Disposable {
  // From the Explorer's context menu the command gets the file's URI.
  return vscode.commands.registerCommand(COMMANDS.treatAsFiling, async (uri?: unknown) => {
    const document =
      uri instanceof vscode.Uri ? (await vscode.window.showTextDocument(uri)).document : commandEditor(filing)?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Treat File as Filing: open the file in an editor first.');
      return undefined;
    }
    if (document.languageId === FILING_LANGUAGE_ID) return document.languageId;
    const switched = await vscode.languages.setTextDocumentLanguage(document, FILING_LANGUAGE_ID);
    return switched.languageId;
  });
}

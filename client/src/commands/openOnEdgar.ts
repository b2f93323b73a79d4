/**
 * Open on EDGAR: the company page of the filer's CIK or the filing's folder
 * in the EDGAR archives (from the SEC header, or the identifier at the
 * cursor), in the browser. Answers the URL opened.
 */
import * as vscode from 'vscode';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { edgarLinks, identifierAt, type EdgarLink, type EdgarLinkKind } from '../edgarLinks';
import { commandEditor } from './filingEditor';

export function registerOpenOnEdgar(filing: ActiveFiling): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openOnEdgar, async (kind?: unknown) => {
    const links = await linksHere(filing);
    if (links.length === 0) {
      void vscode.window.showInformationMessage(
        'Open on EDGAR: no CIK found. The SEC header of a full submission names one; or put the cursor on a CIK or an accession number.',
      );
      return undefined;
    }
    const wanted = kind === 'company' || kind === 'filing' ? (kind as EdgarLinkKind) : undefined;
    const link = wanted ? links.find((l) => l.kind === wanted) : links.length === 1 ? links[0] : await pick(links);
    if (!link) return undefined;
    await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
    return link.url;
  });
}

async function linksHere(filing: ActiveFiling): Promise<EdgarLink[]> {
  const editor = commandEditor(filing);
  if (!editor) return [];
  const summary = await filing.summaryOf(editor.document);
  const cursor = editor.selection.active;
  const written = identifierAt(editor.document.lineAt(cursor.line).text, cursor.character);
  return edgarLinks(summary, written);
}

async function pick(links: EdgarLink[]): Promise<EdgarLink | undefined> {
  const chosen = await vscode.window.showQuickPick(
    links.map((link) => ({ label: link.label, description: link.detail, detail: link.url, link })),
    { placeHolder: 'Open on EDGAR' },
  );
  return chosen?.link;
}

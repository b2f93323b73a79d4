/** Copy Cover Data as JSON: the cover fields, check boxes, securities, header identifiers and items, to the clipboard. Answers the JSON. */
import * as vscode from 'vscode';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { coverJson } from '../coverJson';
import { filingEditor } from './filingEditor';

export function registerCopyCoverJson(filing: ActiveFiling): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.copyCoverJson, async () => {
    const target = await filingEditor(filing, 'Copy Cover Data as JSON');
    if (!target) return undefined;
    const json = coverJson(target.summary);
    await vscode.env.clipboard.writeText(json);
    const what = target.summary.cover ? 'Cover data' : 'No cover page was found; the header data';
    vscode.window.setStatusBarMessage(`${what} copied as JSON.`, 3000);
    return json;
  });
}

/** Every command of the extension, registered in one place. */
import * as vscode from 'vscode';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { revealInEditor } from '../editorReveal';
import { isRange } from '../ranges';
import type { SummaryPanel } from '../summaryPanel';
import { registerCopyCoverJson } from './copyCoverJson';
import { registerInsertItemHeading } from './insertItemHeading';
import { registerItemCommands } from './itemCommands';
import { registerOpenOnEdgar } from './openOnEdgar';
import { registerTreatAsFiling } from './treatAsFiling';

export interface CommandServices {
  filing: ActiveFiling;
  panel: SummaryPanel;
  output: vscode.LogOutputChannel;
  restartServer: () => Promise<void>;
}

export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { filing, panel, output } = services;
  return [
    ...registerItemCommands(filing),
    registerOpenOnEdgar(filing),
    registerCopyCoverJson(filing),
    registerInsertItemHeading(filing),
    registerTreatAsFiling(filing),
    // Answers whether the panel shows a filing.
    vscode.commands.registerCommand(COMMANDS.showSummary, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await filing.summaryOf(editor.document);
      panel.show();
      return !!filing.summary;
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => services.restartServer()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.revealRange, async (uri: unknown, range: unknown) => {
      if (uri instanceof vscode.Uri && isRange(range)) await revealInEditor(uri, range);
    }),
  ];
}

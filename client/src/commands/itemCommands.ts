/** Go to Item (a quick pick of the items), Next Item and Previous Item. Each answers the item it went to. */
import * as vscode from 'vscode';
import type { SummaryItem } from '../../../server/src/protocol';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { filedOrFurnished } from '../deadlineText';
import { fromVsPosition, revealInEditor } from '../editorReveal';
import { itemAt, nextItem, previousItem } from '../itemNavigation';
import { oneLine } from '../text';
import { filingEditor, type FilingEditor } from './filingEditor';

export function registerItemCommands(filing: ActiveFiling): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.goToItem, (number?: unknown) => goToItem(filing, typeof number === 'string' ? number : undefined)),
    vscode.commands.registerCommand(COMMANDS.nextItem, () => step(filing, 'next')),
    vscode.commands.registerCommand(COMMANDS.previousItem, () => step(filing, 'previous')),
  ];
}

/** With an item number (from a test or a keybinding's args), goes there without asking. */
async function goToItem(filing: ActiveFiling, number: string | undefined): Promise<SummaryItem | undefined> {
  const target = await filingEditor(filing, 'Go to Item');
  if (!target) return undefined;
  const { summary } = target;
  if (summary.items.length === 0) {
    void vscode.window.showInformationMessage('Go to Item: no item headings were found in this filing.');
    return undefined;
  }
  if (number !== undefined) {
    const item = summary.items.find((i) => i.number === number);
    if (!item) {
      void vscode.window.showInformationMessage(`Go to Item: this filing has no Item ${number}.`);
      return undefined;
    }
    return go(target, item);
  }
  const here = itemAt(summary.items, fromVsPosition(target.editor.selection.active));
  const picks = summary.items.map((item) => ({
    label: `Item ${item.number}`,
    description: oneLine(item.officialTitle ?? item.title),
    detail: [item.section, filedOrFurnished(item), `line ${item.headingRange.start.line + 1}`].filter(Boolean).join(' · '),
    item,
  }));
  const quickPick = vscode.window.createQuickPick<(typeof picks)[number]>();
  quickPick.items = picks;
  quickPick.placeholder = 'Go to an item of this filing';
  quickPick.matchOnDescription = true;
  const current = picks.find((p) => p.item === here);
  if (current) quickPick.activeItems = [current];
  const chosen = await new Promise<SummaryItem | undefined>((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.item ?? quickPick.activeItems[0]?.item);
      quickPick.hide();
    });
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return chosen ? go(target, chosen) : undefined;
}

async function step(filing: ActiveFiling, direction: 'next' | 'previous'): Promise<SummaryItem | undefined> {
  const target = await filingEditor(filing, direction === 'next' ? 'Next Item' : 'Previous Item');
  if (!target) return undefined;
  const position = fromVsPosition(target.editor.selection.active);
  const item = direction === 'next' ? nextItem(target.summary.items, position) : previousItem(target.summary.items, position);
  if (!item) {
    vscode.window.setStatusBarMessage(direction === 'next' ? 'No item heading after the cursor.' : 'No item heading before the cursor.', 3000);
    return undefined;
  }
  return go(target, item);
}

async function go(target: FilingEditor, item: SummaryItem): Promise<SummaryItem> {
  await revealInEditor(target.editor.document.uri, item.headingRange);
  return item;
}

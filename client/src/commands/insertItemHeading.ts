/**
 * Insert Item Heading: a quick pick of the items (official titles, in the
 * numbering of the filing's date), inserted at the cursor as one edit; a
 * paragraph in HTML, a line in plain text. Answers the text inserted.
 */
import * as vscode from 'vscode';
import type { ActiveFiling } from '../activeFiling';
import { COMMANDS } from '../contributions';
import { fromVsPosition } from '../editorReveal';
import { headingChoices, headingInsertion, type HeadingChoice, type HeadingFormat } from '../itemHeadings';
import { contentKindAt } from '../summaryFacts';
import { filingEditor } from './filingEditor';

export function registerInsertItemHeading(filing: ActiveFiling): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.insertItemHeading, async (number?: unknown) => {
    const target = await filingEditor(filing, 'Insert Item Heading');
    if (!target) return undefined;
    const { editor, summary } = target;
    const choices = headingChoices(summary);
    const choice = typeof number === 'string' ? choices.find((c) => c.number === number) : await pick(choices);
    if (!choice) {
      if (typeof number === 'string') {
        void vscode.window.showInformationMessage(`Insert Item Heading: Item ${number} is not an item of this filing's numbering.`);
      }
      return undefined;
    }
    const position = editor.selection.start;
    const format: HeadingFormat =
      editor.document.languageId === 'html' || contentKindAt(summary, fromVsPosition(position)) === 'html' ? 'html' : 'text';
    const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const before = editor.document.lineAt(position.line).text.slice(0, position.character);
    const text = headingInsertion(choice, format, before, eol);
    const done = await editor.edit((edit) => edit.replace(editor.selection, text));
    return done ? text : undefined;
  });
}

async function pick(choices: HeadingChoice[]): Promise<HeadingChoice | undefined> {
  const picked = await vscode.window.showQuickPick(
    choices.map((c) => ({
      label: `Item ${c.number}`,
      description: c.title,
      detail: [c.detail, c.present ? 'already in this filing' : ''].filter(Boolean).join(' · '),
      choice: c,
    })),
    { placeHolder: 'Insert the heading of an item', matchOnDescription: true },
  );
  return picked?.choice;
}

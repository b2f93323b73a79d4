/** The status bar entry of the active filing: form, number of items, deadline status. A click opens the summary. */
import * as vscode from 'vscode';
import type { ActiveFiling } from './activeFiling';
import { COMMANDS } from './contributions';
import { statusContent } from './statusText';

export class FilingStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly filing: ActiveFiling) {
    this.item = vscode.window.createStatusBarItem('edgarFilings.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'EDGAR Filing';
    this.item.command = COMMANDS.showSummary;
    this.subscription = filing.onDidChange(() => this.update());
    this.update();
  }

  /** The text shown now, or undefined when hidden (for tests). */
  get text(): string | undefined {
    return statusContent(this.filing.summary)?.text;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }

  private update(): void {
    const content = statusContent(this.filing.summary);
    if (!content) {
      this.item.hide();
      return;
    }
    this.item.text = content.text;
    this.item.tooltip = content.tooltip;
    this.item.backgroundColor = content.deadline === 'late' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: content.tooltip.split('\n').slice(0, 3).join('. ') };
    this.item.show();
  }
}

/**
 * The Filing Summary panel: a webview beside the editor that shows the
 * active filing (summaryHtml.ts builds the page). Its only message in is
 * "reveal this range", checked before use.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ActiveFiling } from './activeFiling';
import { SUMMARY_PANEL_TYPE } from './contributions';
import { revealInEditor } from './editorReveal';
import { isRange } from './ranges';
import { formName } from './summaryFacts';
import { summaryHtml } from './summaryHtml';

export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The document the page shows, for its links. */
  private shownUri: vscode.Uri | undefined;
  private lastHtml: string | undefined;
  /** What the page was made from: an unchanged summary does not reload the page (and lose its scroll position). */
  private lastSource: string | undefined;
  private readonly media: vscode.Uri;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly filing: ActiveFiling,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.disposables.push(filing.onDidChange(() => this.render()));
  }

  /** The page's HTML as last rendered (for tests), or undefined when the panel is closed. */
  get html(): string | undefined {
    return this.panel ? this.lastHtml : undefined;
  }

  /** Opens the panel beside the editor, or brings it forward. */
  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.adopt(
        vscode.window.createWebviewPanel(SUMMARY_PANEL_TYPE, 'Filing Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options()),
      );
    }
    this.render();
    return this.panel!;
  }

  /**
   * Takes over a panel VS Code brings back after a reload: its page is made
   * afresh from the active filing (nothing of the old page is trusted).
   */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel && this.panel !== panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    this.adopt(panel);
    this.render();
  }

  private options(): vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.media] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.lastHtml = undefined;
      this.lastSource = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.received(message));
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    const summary = this.filing.summary;
    const document = this.filing.document;
    const source = JSON.stringify([document?.uri.toString() ?? null, summary ? { ...summary, version: 0 } : null]);
    if (source === this.lastSource) return;
    this.lastSource = source;
    this.shownUri = summary ? document?.uri : undefined;
    const webview = panel.webview;
    this.lastHtml = summaryHtml(summary, {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('hex'),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'summary.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'summary.js')).toString(),
    }, document ? 'The active editor is not an EDGAR filing.' : 'Open an EDGAR filing to see its summary.');
    panel.title = summary ? `Summary: ${formName(summary).slice(0, 24)}` : 'Filing Summary';
    webview.html = this.lastHtml;
  }

  private received(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const { type, range } = message as { type?: unknown; range?: unknown };
    if (type !== 'reveal' || !isRange(range) || !this.shownUri) return;
    void revealInEditor(this.shownUri, range);
  }
}

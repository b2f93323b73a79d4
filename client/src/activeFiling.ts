/**
 * The filing the views show: the document of the active editor, its filing
 * summary from the server, kept fresh on editor changes, edits (debounced)
 * and the server's documentStatus notifications. Views and commands listen
 * to `onDidChange` instead of asking the server each on their own.
 */
import * as vscode from 'vscode';
import type { DocumentStatus, FilingSummary } from '../../server/src/protocol';
import { CONTEXT_KEYS } from './contributions';
import { DOCUMENT_SELECTOR, SERVED_SCHEMES } from './languageClient';
import { isFiling } from './summaryFacts';

export type SummaryFetcher = (uri: string) => Promise<FilingSummary | null>;

const EDIT_DEBOUNCE_MS = 350;

export class ActiveFiling implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The document or its summary changed. */
  readonly onDidChange = this.changed.event;

  private current: vscode.TextDocument | undefined;
  private currentSummary: FilingSummary | undefined;
  private generation = 0;
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  private seen = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly fetch: SummaryFetcher,
    private readonly log: (message: string) => void,
  ) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.current && e.contentChanges.length) this.refreshSoon();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.current) this.show(undefined, undefined);
      }),
      // A language switch ("Treat File as Filing") closes and reopens the document under the same URI.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        const active = vscode.window.activeTextEditor?.document;
        if (active === doc) this.follow(vscode.window.activeTextEditor);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** The document shown (the active editor's, or the last one when focus went to a panel or webview). */
  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** Its summary when it is a filing. */
  get summary(): FilingSummary | undefined {
    return this.currentSummary;
  }

  /** A documentStatus notification from the server: what it makes of the document changed. */
  statusChanged(status: DocumentStatus): void {
    if (this.current?.uri.toString() === status.uri) void this.refresh();
  }

  /**
   * The summary of a document as it is now: the held one when it is up to
   * date, else a fresh one (for commands run right after an edit or an open).
   */
  async summaryOf(document: vscode.TextDocument): Promise<FilingSummary | undefined> {
    if (vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) return undefined;
    if (document !== this.current) this.show(document, undefined);
    if (this.currentSummary && this.currentSummary.version === document.version) return this.currentSummary;
    return this.refresh();
  }

  /** Asks the server again for the current document. */
  refresh(): Promise<FilingSummary | undefined> {
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = undefined;
    const document = this.current;
    if (!document) return Promise.resolve(undefined);
    const generation = ++this.generation;
    return this.fetch(document.uri.toString()).then(
      (summary) => {
        // A newer request or another document took over meanwhile: its answer counts, not this one.
        if (generation !== this.generation || document !== this.current) return isFiling(summary) ? summary : undefined;
        this.show(document, isFiling(summary) ? summary : undefined);
        return this.currentSummary;
      },
      (error: unknown) => {
        this.log(`filing summary of ${document.uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
        return generation === this.generation ? this.currentSummary : undefined;
      },
    );
  }

  dispose(): void {
    if (this.editTimer) clearTimeout(this.editTimer);
    for (const d of this.disposables) d.dispose();
  }

  private follow(editor: vscode.TextEditor | undefined, document = editor?.document): void {
    // No editor (focus in a panel or webview) or an output channel: keep showing the last filing.
    if (!document || !SERVED_SCHEMES.includes(document.uri.scheme)) return;
    if (document === this.current && this.currentSummary?.version === document.version) return;
    if (vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) {
      this.show(document, undefined);
      return;
    }
    if (document !== this.current) this.show(document, undefined);
    void this.refresh();
  }

  private refreshSoon(): void {
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => void this.refresh(), EDIT_DEBOUNCE_MS);
  }

  private show(document: vscode.TextDocument | undefined, summary: FilingSummary | undefined): void {
    const before = this.currentSummary;
    const documentChanged = document !== this.current;
    this.current = document;
    this.currentSummary = summary;
    if (!documentChanged && before === summary) return;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.activeIsFiling, !!summary);
    if (summary && !this.seen) {
      this.seen = true;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.filingSeen, true);
    }
    this.changed.fire();
  }
}

/**
 * The VS Code extension: wires the language client, the active-filing
 * tracker, the Filing Structure view, the Filing Summary panel, the status
 * bar and the commands together. What each does lives in its own module.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  DOCUMENT_STATUS_NOTIFICATION,
  FILING_SUMMARY_REQUEST,
  type DocumentStatus,
  type FilingSummary,
  type FilingSummaryParams,
} from '../../server/src/protocol';
import { ActiveFiling } from './activeFiling';
import { EncodingWarning } from './encodingWarning';
import { registerCommands } from './commands';
import { FullSubmissionDetector } from './fullSubmissionDetector';
import { CLIENT_NAME, createLanguageClient } from './languageClient';
import { CrashPolicy } from './restartPolicy';
import { FilingStatusBar } from './statusBar';
import type { StructureNode } from './structureTree';
import { SUMMARY_PANEL_TYPE } from './contributions';
import { StructureView } from './structureView';
import { SummaryPanel } from './summaryPanel';

/** What activate() returns: hooks for the in-editor integration tests. */
export interface EdgarFilingsApi {
  /** Settles when the language server has started (rejects if it could not). */
  readonly ready: Promise<void>;
  /** The summary of the filing the views show, if any. */
  getActiveSummary(): FilingSummary | undefined;
  /** Asks the server again for the active document and answers the new summary. */
  refresh(): Promise<FilingSummary | undefined>;
  /** The Filing Structure view's top-level nodes (with their children). */
  getStructureItems(): readonly StructureNode[];
  /** The Filing Summary panel's HTML, or undefined while it is closed. */
  getSummaryHtml(): string | undefined;
  /** What VS Code calls to bring a Filing Summary panel back after a reload. */
  readonly summaryPanelSerializer: vscode.WebviewPanelSerializer;
  /** The status bar text, or undefined while hidden. */
  getStatusBarText(): string | undefined;
  /** `edgarFilings/filingSummary` for any open document. */
  requestSummary(uri: vscode.Uri): Promise<FilingSummary | null>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): EdgarFilingsApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const log = (message: string) => output.warn(message);
  const crashes = new CrashPolicy();
  const languageClient = createLanguageClient(context, output, crashes);
  client = languageClient;

  const requestSummary = (uri: string) =>
    languageClient.sendRequest<FilingSummary | null>(FILING_SUMMARY_REQUEST, { textDocument: { uri } } satisfies FilingSummaryParams);
  const filing = new ActiveFiling(requestSummary, log);
  const panel = new SummaryPanel(context.extensionUri, filing);
  // A Filing Summary left open comes back after a reload of the window.
  const summarySerializer: vscode.WebviewPanelSerializer = {
    deserializeWebviewPanel: async (restored) => panel.restore(restored),
  };
  const structure = new StructureView(filing);
  const statusBar = new FilingStatusBar(filing);

  languageClient.onNotification(DOCUMENT_STATUS_NOTIFICATION, (status: DocumentStatus) => filing.statusChanged(status));
  const restartServer = async () => {
    crashes.reset();
    try {
      if (languageClient.isRunning()) await languageClient.restart();
      else await languageClient.start();
    } catch (e) {
      log(`restart failed: ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('The EDGAR Filings language server could not be restarted; see the output channel.');
    }
  };

  context.subscriptions.push(
    output,
    filing,
    panel,
    structure,
    statusBar,
    new FullSubmissionDetector(log),
    new EncodingWarning(),
    // After a (re)start the server knows the open documents again: ask afresh.
    languageClient.onDidChangeState((e) => {
      if (e.newState === State.Running) void filing.refresh();
    }),
    ...registerCommands({ filing, panel, output, restartServer }),
    vscode.window.registerWebviewPanelSerializer(SUMMARY_PANEL_TYPE, summarySerializer),
  );

  const ready = languageClient.start().catch((e: unknown) => {
    log(`the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  });
  ready.catch(() => undefined); // reported above; callers of `ready` see the rejection

  return {
    ready,
    getActiveSummary: () => filing.summary,
    refresh: () => filing.refresh(),
    getStructureItems: () => structure.topLevel,
    getSummaryHtml: () => panel.html,
    summaryPanelSerializer: summarySerializer,
    getStatusBarText: () => statusBar.text,
    requestSummary: (uri) => requestSummary(uri.toString()),
  };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}

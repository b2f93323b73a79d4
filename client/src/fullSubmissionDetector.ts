/**
 * Switches plain-text documents that begin like an EDGAR full submission to
 * the EDGAR Filing language (see filingDetection.ts for why VS Code does not).
 * Each document at most once a session, so a user who switches it back keeps
 * plain text. Setting: `edgarFilings.detectFullSubmissions`.
 */
import * as vscode from 'vscode';
import { FILING_LANGUAGE_ID, SETTINGS_SECTION } from '../../server/src/protocol';
import { CLIENT_SETTINGS } from './contributions';
import { startsFullSubmission } from './filingDetection';
import { SERVED_SCHEMES } from './languageClient';

export class FullSubmissionDetector implements vscode.Disposable {
  private readonly switched = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly log: (message: string) => void) {
    this.subscription = vscode.workspace.onDidOpenTextDocument((doc) => this.consider(doc));
    for (const doc of vscode.workspace.textDocuments) this.consider(doc);
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private consider(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'plaintext' || !SERVED_SCHEMES.includes(doc.uri.scheme) || doc.lineCount === 0) return;
    const key = doc.uri.toString();
    if (this.switched.has(key)) return;
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, doc).get<boolean>(CLIENT_SETTINGS.detectFullSubmissions, true)) return;
    if (!startsFullSubmission(doc.lineAt(0).text)) return;
    this.switched.add(key);
    vscode.languages.setTextDocumentLanguage(doc, FILING_LANGUAGE_ID).then(undefined, (e: unknown) =>
      this.log(`could not switch ${key} to ${FILING_LANGUAGE_ID}: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}

/**
 * Tells the client what the server makes of each open document: the
 * `edgarFilings/documentStatus` notification when that changes, and, once per
 * document, a message when it is too large to analyse in full.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentStatus } from '../protocol';
import type { ServedStatus } from './documentCache';

export interface StatusSink {
  notify(status: DocumentStatus): void;
  warnTooLarge(doc: TextDocument): void;
}

export class DocumentStatusReporter {
  private readonly sent = new Map<string, ServedStatus>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly status: (doc: TextDocument) => ServedStatus,
    private readonly sink: StatusSink,
  ) {}

  /** Reports the document's status if it differs from the last one reported. */
  report(doc: TextDocument): void {
    const now = this.status(doc);
    const before = this.sent.get(doc.uri);
    if (!before || before.served !== now.served || before.tooLarge !== now.tooLarge) {
      this.sent.set(doc.uri, now);
      this.sink.notify({ uri: doc.uri, version: doc.version, served: now.served, tooLarge: now.tooLarge });
    }
    if (now.served && now.tooLarge && !this.warned.has(doc.uri)) {
      this.warned.add(doc.uri);
      this.sink.warnTooLarge(doc);
    }
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** The size limit changed: every document may be told again. */
  reset(): void {
    this.sent.clear();
    this.warned.clear();
  }
}

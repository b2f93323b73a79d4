/**
 * Tells the client what the server makes of each open document: the
 * `edgarFilings/documentStatus` notification when that changes, and, once per
 * document, a message when it is too large to analyse in full or when it is
 * binary and refused.
 */
import type { FilingDocument } from './filingDocument';
import type { DocumentStatus } from '../protocol';
import type { ServedStatus } from './documentCache';

export interface StatusSink {
  notify(status: DocumentStatus): void;
  warnTooLarge(doc: FilingDocument): void;
  refuseBinary(doc: FilingDocument, reason: string): void;
}

export class DocumentStatusReporter {
  private readonly sent = new Map<string, ServedStatus>();
  private readonly warned = new Set<string>();
  private readonly refused = new Set<string>();

  constructor(
    private readonly status: (doc: FilingDocument) => ServedStatus,
    private readonly sink: StatusSink,
  ) {}

  /** Reports the document's status if it differs from the last one reported. */
  report(doc: FilingDocument): void {
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
    if (now.binary && !this.refused.has(doc.uri)) {
      this.refused.add(doc.uri);
      this.sink.refuseBinary(doc, now.binary);
    }
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** The size limit changed: every document may be told again. */
  reset(): void {
    this.sent.clear();
    this.warned.clear();
    this.refused.clear();
  }
}

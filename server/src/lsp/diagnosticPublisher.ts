/**
 * Diagnostics pushed with textDocument/publishDiagnostics, for clients that
 * do not pull them (LSP before 3.17, some editors' built-in clients). A
 * document is published a moment after its last change, so typing does not
 * analyse every keystroke's version.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FilingDocument } from './filingDocument';

const DELAY_MS = 250;

export class DiagnosticPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly compute: (doc: FilingDocument) => Diagnostic[],
    private readonly send: (uri: string, version: number, diagnostics: Diagnostic[]) => void,
    private readonly getDocument: (uri: string) => FilingDocument | undefined,
  ) {}

  schedule(uri: string): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const doc = this.getDocument(uri);
        if (doc) this.send(uri, doc.version, this.compute(doc));
      }, DELAY_MS),
    );
  }

  /** Forgets a closed document and clears what was published for it. */
  clear(uri: string): void {
    this.cancel(uri);
    this.send(uri, -1, []);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}

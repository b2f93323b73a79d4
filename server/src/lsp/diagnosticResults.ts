/**
 * Pull diagnostics answered "unchanged" when they are: typing in a long
 * filing changes its version at every keystroke, but rarely its problems or
 * where they stand, and a full report of a submission's hundreds of problems
 * costs encoding and sending, and VS Code redrawing them, on every key.
 *
 * The last items sent per document are kept with their resultId. A request
 * naming that resultId gets "unchanged" (under a new resultId) when the
 * items it would get are equal to them, range for range and word for word.
 */
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';

interface Sent {
  resultId: string;
  items: Diagnostic[];
}

export class DiagnosticResults {
  private readonly sent = new Map<string, Sent>();

  /** The report for `uri` at `resultId`, given the client's previousResultId and the current items. */
  report(uri: string, resultId: string, previousResultId: string | undefined, items: () => Diagnostic[]): DocumentDiagnosticReport {
    const last = this.sent.get(uri);
    if (previousResultId !== undefined && last !== undefined && previousResultId === last.resultId) {
      if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const now = items();
      this.sent.set(uri, { resultId, items: now });
      if (sameJson(now, last.items)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: now };
    }
    const now = items();
    this.sent.set(uri, { resultId, items: now });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: now };
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}

/** Equality of JSON values (what the client would receive), without writing them out. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Keys whose value is undefined are not sent: leave them out on both sides.
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

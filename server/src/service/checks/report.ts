/** A small collector the checks write their findings into. */
import type { FilingDiagnostic, Range } from '../model';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../data/diagnosticCodes';

export class DiagnosticReport {
  readonly diagnostics: FilingDiagnostic[] = [];

  add(code: DiagnosticCode, range: Range, message: string, data?: Record<string, string>): void {
    this.diagnostics.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, range, data });
  }
}

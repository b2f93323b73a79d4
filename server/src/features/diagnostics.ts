/**
 * The model's checks as LSP diagnostics: stable code, source "edgar-filings",
 * severities overridable per code (setting edgarFilings.diagnostics.severity).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../service/model';
import { DIAGNOSTIC_CODES } from '../service/data/diagnosticCodes';
import { DIAGNOSTIC_SOURCE, type SeverityOverride } from '../protocol';
import { toLspRange, type FeatureContext } from './context';

export type SeverityOverrides = Readonly<Record<string, SeverityOverride>>;

/** The severity in force for a code: the user's override, else the check's own. */
export function effectiveSeverity(code: string, own: Severity, overrides: SeverityOverrides): SeverityOverride {
  return Object.prototype.hasOwnProperty.call(overrides, code) ? overrides[code] : own;
}

export function provideDiagnostics(ctx: FeatureContext, overrides: SeverityOverrides = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ctx.model.diagnostics) {
    const severity = effectiveSeverity(d.code, d.severity, overrides);
    if (severity === 'off') continue;
    const diagnostic: Diagnostic = {
      range: toLspRange(ctx, d.range),
      severity: LSP_SEVERITY[severity],
      code: d.code,
      source: DIAGNOSTIC_SOURCE,
      message: d.message,
    };
    // Quick fixes read what the check left for them (a replacement, a field name).
    if (d.data) diagnostic.data = d.data;
    out.push(diagnostic);
  }
  return out;
}

/** What a code means, for views and help; undefined for a code the catalogue does not know. */
export function codeExplanation(code: string): string | undefined {
  const entry = (DIAGNOSTIC_CODES as Record<string, { explanation: string } | undefined>)[code];
  return entry?.explanation;
}

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

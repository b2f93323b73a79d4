/** All checks of a filing, in the order a reader meets what they check. */
import type { FilingDiagnostic, FilingModel, ItemScheme } from './model';
import { DiagnosticReport } from './checks/report';
import { checkItems } from './checks/items';
import { checkCover } from './checks/cover';
import { checkConsistency } from './checks/consistency';
import { checkCompleteness } from './checks/completeness';
import { checkExhibits } from './checks/exhibits';
import { checkDeadline } from './checks/deadline';
import { checkIdentifiers } from './checks/identifiers';
import { checkEncoding } from './checks/encoding';
import { isForm8K } from './form';
import { CURRENT_SCHEME_EFFECTIVE } from './data/items';

/** The numbering the filing should use, from the first date it gives. */
export function filingScheme(model: FilingModel): ItemScheme | undefined {
  const date = model.header?.filedAsOf?.value ?? model.header?.periodOfReport?.value ?? model.cover?.dateOfReport?.value;
  if (!date) return undefined;
  return date < CURRENT_SCHEME_EFFECTIVE ? 'legacy' : 'current';
}

export function checkFiling(model: FilingModel): FilingDiagnostic[] {
  if (!isForm8K(model.form)) return [];
  const report = new DiagnosticReport();
  const scheme = filingScheme(model);
  checkEncoding(model, report);
  checkCover(model, report);
  checkIdentifiers(model, report);
  checkConsistency(model, scheme, report);
  checkItems(model, scheme, report);
  checkCompleteness(model, report);
  checkExhibits(model, report);
  checkDeadline(model, report);
  return report.diagnostics.sort((a, b) => a.range.start - b.range.start);
}

/** Checks of the cover page: required fields present, identifiers well formed. */
import type { FilingModel } from '../model';
import { einProblem } from '../identifiers';
import { FILE_NUMBER_PREFIXES } from '../data/fileNumberPrefixes';
import type { DiagnosticReport } from './report';

const REQUIRED_FIELDS = [
  ['dateOfReport', 'Date of Report'],
  ['registrant', 'exact name of registrant'],
  ['stateOfIncorporation', 'state or other jurisdiction of incorporation'],
  ['commissionFileNumber', 'Commission File Number'],
  ['irsEmployerId', 'I.R.S. Employer Identification No.'],
] as const;

export function checkCover(model: FilingModel, report: DiagnosticReport): void {
  const cover = model.cover;
  if (!cover) return;
  const at = cover.formType?.range ?? { start: cover.range.start, end: cover.range.start };
  for (const [field, label] of REQUIRED_FIELDS) {
    if (!cover[field]) report.add('missing-cover-field', at, `The cover page has no ${label}.`, { field });
  }

  const ein = cover.irsEmployerId;
  if (ein) {
    const problem = einProblem(ein.raw);
    const digits = ein.raw.replace(/\D/g, '');
    if (problem === 'format') {
      const fixable = digits.length === 9 ? `${digits.slice(0, 2)}-${digits.slice(2)}` : undefined;
      report.add(
        'ein-format',
        ein.range,
        fixable ? `Write the EIN as NN-NNNNNNN: ${fixable}.` : `“${ein.raw}” is not an EIN: nine digits written NN-NNNNNNN.`,
        fixable ? { replacement: fixable } : undefined,
      );
    } else if (problem === 'prefix' || problem === 'zero') {
      report.add('ein-prefix', ein.range, `EIN prefix ${ein.raw.slice(0, 2)} is not assigned by the IRS.`);
    }
  }

  const fileNumber = cover.commissionFileNumber;
  if (fileNumber) {
    // A co-registrant's number carries a suffix: 333-46893-01.
    const m = /^(\d{1,3})-(\d{3,6})(?:-\d{2})?$/.exec(fileNumber.value.replace(/\s+/g, ''));
    if (!m || !(m[1] in FILE_NUMBER_PREFIXES)) {
      report.add('file-number-format', fileNumber.range, `“${fileNumber.raw}” is not a Commission File Number of a known form (prefix-digits).`);
    }
  }
}

/**
 * Every diagnostic the service reports: its stable code, default severity and
 * what it means. Users override severities per code (setting
 * edgarFilings.diagnostics.severity); documentation is generated from here.
 */
import type { Severity } from '../model';

export interface DiagnosticCodeDefinition {
  severity: Severity;
  explanation: string;
}

export const DIAGNOSTIC_CODES = {
  'unknown-item': {
    severity: 'error',
    explanation: 'The item number is not an item of Form 8-K in the numbering the filing uses.',
  },
  'legacy-item': {
    severity: 'warning',
    explanation: 'A pre-August-2004 item number (1–12) in a filing made under the current numbering (1.01–9.01).',
  },
  'current-item-in-legacy-filing': {
    severity: 'warning',
    explanation: 'A current item number (1.01–9.01) in a filing made before the numbering took effect on 23 August 2004.',
  },
  'item-order': { severity: 'warning', explanation: 'Items should appear in numerical order.' },
  'item-repeated': { severity: 'warning', explanation: 'The same item has more than one heading.' },
  'item-title': {
    severity: 'information',
    explanation: 'The heading’s title differs from the official title of the item.',
  },
  'missing-cover-field': {
    severity: 'warning',
    explanation: 'A field the Form 8-K cover page requires was not found.',
  },
  'ein-format': { severity: 'error', explanation: 'An IRS Employer Identification Number is written NN-NNNNNNN.' },
  'ein-prefix': {
    severity: 'warning',
    explanation: 'The first two digits of the EIN are not a prefix the IRS assigns.',
  },
  'cik-format': { severity: 'error', explanation: 'A CIK is a number of at most ten digits.' },
  'file-number-format': {
    severity: 'warning',
    explanation: 'A Commission File Number is a known prefix, a dash and digits (0-12345, 001-12345, 333-123456).',
  },
  'header-mismatch': {
    severity: 'warning',
    explanation: 'The SEC header, the cover page and the inline XBRL facts disagree.',
  },
  'header-items-mismatch': {
    severity: 'warning',
    explanation: 'The items of the SEC header’s ITEM INFORMATION differ from the items in the body.',
  },
  'no-items': { severity: 'warning', explanation: 'A Form 8-K reports at least one item.' },
  'no-signatures': { severity: 'warning', explanation: 'A Form 8-K must be signed: no SIGNATURES block was found.' },
  'exhibit-not-filed': {
    severity: 'warning',
    explanation: 'An exhibit in the exhibit list is not among the documents of the submission.',
  },
  'exhibit-not-listed': {
    severity: 'information',
    explanation: 'A document of the submission is an exhibit the exhibit list does not name.',
  },
  'misread-utf8': {
    severity: 'warning',
    explanation:
      'The file is UTF-8 shown in Windows-1252 or Latin-1 (a dash reads “â€””): reopen it with the UTF-8 encoding, or headings may not be recognized.',
  },
  'misread-windows-1252': {
    severity: 'warning',
    explanation:
      'The file holds bytes that are not UTF-8, shown as “\ufffd”: probably a Windows-1252 filing read as UTF-8. Reopen it with the Windows-1252 encoding before editing; saving replaces those bytes.',
  },
  'late-filing': {
    severity: 'warning',
    explanation: 'The filing date is later than four business days after the Date of Report.',
  },
} satisfies Record<string, DiagnosticCodeDefinition>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * Where the SEC header, the cover page and the inline XBRL facts say the same
 * thing, they must agree: CIK, EIN, file number, the period of report against
 * the Date of Report, the form type, and the header's ITEM INFORMATION
 * against the items of the body.
 */
import type { FilingModel, ItemScheme, Range } from '../model';
import { normalizeCik, normalizeEin } from '../identifiers';
import { normalizeFormType } from '../form';
import { itemNumberOfHeaderValue } from '../itemTitles';
import { parseDate } from '../dates';
import type { DiagnosticReport } from './report';

function fact(model: FilingModel, localName: string) {
  return model.xbrlFacts.find((f) => localNameOf(f.name) === localName && f.value.trim() !== '');
}

/** The name without its prefix: what /^[^:]*:/ leaves. */
function localNameOf(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** File numbers compare without leading zeros of the prefix: 0-17999 = 000-17999. */
function fileNumberKey(text: string): string {
  const m = /(\d+)\s*-\s*(\d+)/.exec(text);
  return m ? `${Number(m[1])}-${Number(m[2])}` : text.trim();
}

export function checkConsistency(model: FilingModel, scheme: ItemScheme | undefined, report: DiagnosticReport): void {
  const header = model.header;
  const cover = model.cover;
  const mismatch = (range: Range, what: string, a: string, aWhere: string, b: string, bWhere: string) =>
    report.add('header-mismatch', range, `${what}: ${aWhere} says ${a}, ${bWhere} says ${b}.`);

  const deiCik = fact(model, 'EntityCentralIndexKey');
  if (header?.cik && deiCik && normalizeCik(deiCik.value) !== header.cik.value) {
    mismatch(deiCik.valueRange, 'CIK', header.cik.value, 'the SEC header', deiCik.value, 'the dei:EntityCentralIndexKey fact');
  }

  const coverEin = cover?.irsEmployerId;
  const headerEin = header?.irsNumber;
  if (coverEin && headerEin) {
    const h = digitsOf(headerEin.value);
    // EDGAR writes 000000000 where the filer gave none: say so only when a real number differs.
    if (h && !/^0+$/.test(h) && h !== digitsOf(coverEin.value)) {
      mismatch(coverEin.range, 'EIN', normalizeEin(h) ?? h, 'the SEC header', coverEin.raw, 'the cover');
    }
  }
  const deiEin = fact(model, 'EntityTaxIdentificationNumber');
  if (coverEin && deiEin && digitsOf(deiEin.value) !== digitsOf(coverEin.value) && !deiEin.hidden) {
    // A visible fact is usually the cover's own text; a difference is then a real inconsistency.
    mismatch(deiEin.valueRange, 'EIN', coverEin.raw, 'the cover', deiEin.value, 'dei:EntityTaxIdentificationNumber');
  }

  const coverFile = cover?.commissionFileNumber;
  if (coverFile && header?.fileNumber && fileNumberKey(header.fileNumber.value) !== fileNumberKey(coverFile.value)) {
    mismatch(coverFile.range, 'Commission File Number', header.fileNumber.value, 'the SEC header', coverFile.raw, 'the cover');
  }

  const dateOfReport = cover?.dateOfReport;
  if (dateOfReport && header?.periodOfReport && header.periodOfReport.value !== dateOfReport.value) {
    mismatch(dateOfReport.range, 'Date of Report', header.periodOfReport.value, 'CONFORMED PERIOD OF REPORT', dateOfReport.value, 'the cover');
  }
  const deiDate = fact(model, 'DocumentPeriodEndDate');
  const deiIso = deiDate ? parseDate(deiDate.value) : undefined;
  if (dateOfReport && deiDate && deiIso && deiIso !== dateOfReport.value && deiDate.hidden) {
    mismatch(deiDate.valueRange, 'Date of Report', dateOfReport.value, 'the cover', deiIso, 'dei:DocumentPeriodEndDate');
  }

  const deiType = fact(model, 'DocumentType');
  if (header?.submissionType && deiType) {
    const h = normalizeFormType(header.submissionType.value).replace(/\/A$/, '');
    if (normalizeFormType(deiType.value) !== h) {
      mismatch(deiType.valueRange, 'Form type', header.submissionType.value, 'the SEC header', deiType.value, 'dei:DocumentType');
    }
  }

  checkHeaderItems(model, scheme, report);
}

function checkHeaderItems(model: FilingModel, scheme: ItemScheme | undefined, report: DiagnosticReport): void {
  const values = model.header?.itemInformation ?? [];
  if (values.length === 0 || model.items.length === 0) return;
  const itemScheme = scheme ?? model.items[0].scheme;
  const declared = new Set<string>();
  for (const v of values) {
    const n = itemNumberOfHeaderValue(v.value, itemScheme);
    if (n === undefined && v.value.trim()) return; // a value we cannot read: no claim either way
    if (n) declared.add(n);
  }
  if (declared.size === 0) return;
  const body = new Set(model.items.map((i) => i.number));
  const missingInBody = [...declared].filter((n) => !body.has(n));
  const missingInHeader = [...body].filter((n) => !declared.has(n));
  if (missingInBody.length === 0 && missingInHeader.length === 0) return;
  const parts: string[] = [];
  if (missingInBody.length) parts.push(`the header lists ${missingInBody.map((n) => `Item ${n}`).join(', ')} but the body has no heading for it`);
  if (missingInHeader.length) parts.push(`the body reports ${missingInHeader.map((n) => `Item ${n}`).join(', ')} but ITEM INFORMATION does not list it`);
  report.add('header-items-mismatch', values[0].range, `ITEM INFORMATION and the body differ: ${parts.join('; ')}.`);
}

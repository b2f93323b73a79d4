/** CIKs wherever the filing writes one: the SEC header and the dei:EntityCentralIndexKey fact. */
import type { FilingModel } from '../model';
import type { DiagnosticReport } from './report';

const CIK_KEYS = new Set(['CENTRAL INDEX KEY', 'CIK']);

export function checkIdentifiers(model: FilingModel, report: DiagnosticReport): void {
  const check = (value: string, range: { start: number; end: number }, where: string) => {
    if (!/^\d{1,10}$/.test(value.trim())) {
      report.add('cik-format', range, `${where}: “${value.trim()}” is not a CIK (at most ten digits).`);
    }
  };
  for (const field of model.header?.fields ?? []) {
    if (CIK_KEYS.has(field.key.toUpperCase()) && field.value) check(field.value, field.valueRange, 'CENTRAL INDEX KEY');
  }
  for (const fact of model.xbrlFacts) {
    if (/(^|:)EntityCentralIndexKey$/.test(fact.name) && fact.value) check(fact.value, fact.valueRange, 'dei:EntityCentralIndexKey');
  }
}

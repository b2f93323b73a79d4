/** CIKs wherever the filing writes one: the SEC header and the dei:EntityCentralIndexKey fact. */
import type { FilingModel } from '../model';
import type { DiagnosticReport } from './report';

const CIK_KEYS = new Set(['CENTRAL INDEX KEY', 'CIK']);
const CIK_KEY_LENGTHS = new Set([...CIK_KEYS].map((k) => k.length));

/**
 * True for a key that upper-cases to one of CIK_KEYS. Only a key of the same
 * length can: the characters whose upper case is longer (ß, the ligatures
 * ﬁ ﬀ ﬅ..., ŉ, Armenian and Greek ones) give an S, an F or a character
 * outside A-Z, none of which these keys hold. Most keys are skipped on their
 * length, without upper-casing them.
 */
function isCikKey(key: string): boolean {
  return CIK_KEY_LENGTHS.has(key.length) && CIK_KEYS.has(key.toUpperCase());
}

/** The test /(^|:)EntityCentralIndexKey$/ makes, as string comparisons. */
function isCikFact(name: string): boolean {
  return name === 'EntityCentralIndexKey' || name.endsWith(':EntityCentralIndexKey');
}

export function checkIdentifiers(model: FilingModel, report: DiagnosticReport): void {
  const check = (value: string, range: { start: number; end: number }, where: string) => {
    if (!/^\d{1,10}$/.test(value.trim())) {
      report.add('cik-format', range, `${where}: “${value.trim()}” is not a CIK (at most ten digits).`);
    }
  };
  for (const field of model.header?.fields ?? []) {
    if (isCikKey(field.key) && field.value) check(field.value, field.valueRange, 'CENTRAL INDEX KEY');
  }
  for (const fact of model.xbrlFacts) {
    if (isCikFact(fact.name) && fact.value) check(fact.value, fact.valueRange, 'dei:EntityCentralIndexKey');
  }
}

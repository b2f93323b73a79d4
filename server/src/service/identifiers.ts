/**
 * The identifiers of a filing, for highlighting, hovers and checks: CIKs,
 * EINs, commission file numbers, accession numbers, rule citations and dates,
 * wherever the model knows them (header, cover, XBRL facts) or the main
 * document's text writes them.
 */
import type { FilingModel, Identifier, IdentifierKind, Located, Range, TextView } from './model';
import { findDates, compactToIso } from './dates';
import { EIN_PREFIX_CAMPUS } from './data/einPrefixes';

/** Header keys (SEC header style and .nc tag style) by the identifier they hold. */
const HEADER_KEY_KINDS: Record<string, IdentifierKind> = {
  'ACCESSION NUMBER': 'accession-number',
  'ACCESSION-NUMBER': 'accession-number',
  'CENTRAL INDEX KEY': 'cik',
  CIK: 'cik',
  'IRS NUMBER': 'ein',
  'IRS-NUMBER': 'ein',
  EIN: 'ein',
  'SEC FILE NUMBER': 'file-number',
  'FILE-NUMBER': 'file-number',
  'CONFORMED PERIOD OF REPORT': 'date',
  PERIOD: 'date',
  'FILED AS OF DATE': 'date',
  'FILING-DATE': 'date',
  'DATE AS OF CHANGE': 'date',
  'DATE-OF-FILING-DATE-CHANGE': 'date',
  'DATE OF NAME CHANGE': 'date',
  'DATE-CHANGED': 'date',
  'EFFECTIVENESS DATE': 'date',
};

const FACT_KINDS: Record<string, IdentifierKind> = {
  EntityCentralIndexKey: 'cik',
  EntityTaxIdentificationNumber: 'ein',
  EntityFileNumber: 'file-number',
  DocumentPeriodEndDate: 'date',
};

export function normalizeCik(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  return digits.length > 0 && digits.length <= 10 ? digits.padStart(10, '0') : undefined;
}

/** NN-NNNNNNN from any writing of nine digits. */
export function normalizeEin(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  return digits.length === 9 ? `${digits.slice(0, 2)}-${digits.slice(2)}` : undefined;
}

export type EinProblem = 'format' | 'prefix' | 'zero';

/** Why an EIN is not valid (as printed on a cover), or undefined when it is. */
export function einProblem(text: string): EinProblem | undefined {
  const t = text.trim();
  if (!/^\d{2}-\d{7}$/.test(t)) return 'format';
  if (/^0{2}-?0{7}$/.test(t)) return 'zero';
  if (!EIN_PREFIX_CAMPUS.has(t.slice(0, 2))) return 'prefix';
  return undefined;
}

export function normalizeAccession(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  return digits.length === 18 ? `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}` : undefined;
}

function normalize(kind: IdentifierKind, text: string): string {
  switch (kind) {
    case 'cik':
      return normalizeCik(text) ?? text;
    case 'ein':
      return normalizeEin(text) ?? text;
    case 'accession-number':
      return normalizeAccession(text) ?? text;
    case 'date':
      return compactToIso(text) ?? text;
    default:
      return text;
  }
}

// Scans of the main document's visible text. All are bounded and linear.
const ACCESSION_RE = /\b\d{10}-\d{2}-\d{6}\b/g;
const EIN_RE = /(?<![\d-])\d{2}-\d{7}(?![\d-])/g;
const RULE_RE = /\b17\s?C\.?F\.?R\.?\s?(?:§\s?)?(2[34]0\.\d{1,4}[a-z]?(?:-\d{1,3}[a-z]?)?(?:\([a-z0-9]{1,3}\))?)/gi;

export function findIdentifiers(source: string, view: TextView | undefined, model: FilingModel): Identifier[] {
  const out: Identifier[] = [];
  const seen = new Set<string>();
  const add = (kind: IdentifierKind, text: string, range: Range, value = normalize(kind, text)) => {
    if (range.end <= range.start) return;
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, text, value, range });
  };
  const addLocated = (kind: IdentifierKind, located: Located | undefined) => {
    if (located) add(kind, source.slice(located.range.start, located.range.end), located.range, located.value);
  };

  for (const field of model.header?.fields ?? []) {
    const kind = HEADER_KEY_KINDS[field.key.toUpperCase()];
    if (kind && field.value) add(kind, field.value, field.valueRange);
  }
  for (const fact of model.xbrlFacts) {
    const kind = FACT_KINDS[fact.name.replace(/^[^:]*:/, '')];
    if (kind && fact.value) add(kind, fact.value, fact.valueRange);
  }
  const cover = model.cover;
  if (cover) {
    addLocated('date', cover.dateOfReport);
    addLocated('file-number', cover.commissionFileNumber);
    addLocated('ein', cover.irsEmployerId);
  }
  addLocated('date', model.signatures?.date);

  if (view) {
    const text = view.text;
    const scan = (re: RegExp, kind: IdentifierKind, group = 0) => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
        const matched = group ? m[group] : m[0];
        const value = kind === 'rule' ? `17 CFR ${matched}` : normalize(kind, matched);
        add(kind, m[0], view.toSourceRange(group ? m.index : start, start + matched.length), value);
      }
    };
    scan(ACCESSION_RE, 'accession-number');
    scan(EIN_RE, 'ein');
    scan(RULE_RE, 'rule', 1);
    for (const d of findDates(text)) {
      add('date', text.slice(d.index, d.index + d.length), view.toSourceRange(d.index, d.index + d.length), d.iso);
    }
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return out;
}

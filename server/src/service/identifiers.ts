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
// Each pattern has a literal anchor at a fixed place (a hyphen, "17"): the
// text is searched for the anchor natively and the pattern, made sticky, is
// tried only where the anchor puts its start. Matches come in the same order,
// without overlaps, as a global scan of the whole text would find them.
const ACCESSION_RE = /\b\d{10}-\d{2}-\d{6}\b/y;
const EIN_RE = /(?<![\d-])\d{2}-\d{7}(?![\d-])/y;
const RULE_RE = /\b17\s?C\.?F\.?R\.?\s?(?:§\s?)?(2[34]0\.\d{1,4}[a-z]?(?:-\d{1,3}[a-z]?)?(?:\([a-z0-9]{1,3}\))?)/iy;

interface AnchoredPattern {
  re: RegExp;
  /** Where the anchor stands in every match: its offset from the match's start. */
  anchorOffset: number;
}

const ACCESSION: AnchoredPattern = { re: ACCESSION_RE, anchorOffset: 10 };
const EIN: AnchoredPattern = { re: EIN_RE, anchorOffset: 2 };
const RULE: AnchoredPattern = { re: RULE_RE, anchorOffset: 0 };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Offsets of the hyphens with a digit on both sides: the anchors of accession numbers and EINs. */
function hyphensBetweenDigits(text: string): number[] {
  const out: number[] = [];
  for (let a = text.indexOf('-'); a >= 0; a = text.indexOf('-', a + 1)) {
    // Rules of hyphens ("-----") are common in text filings: step over them here, not hyphen by hyphen natively.
    while (text.charCodeAt(a + 1) === 45) a++;
    if (isDigit(text.charCodeAt(a + 1)) && isDigit(text.charCodeAt(a - 1))) out.push(a);
  }
  return out;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let a = text.indexOf(needle); a >= 0; a = text.indexOf(needle, a + 1)) out.push(a);
  return out;
}

/**
 * The matches of a sticky pattern in `text`, leftmost first, not overlapping,
 * tried where `anchors` (ascending) put their start.
 */
function anchoredMatches(text: string, anchors: number[], { re, anchorOffset }: AnchoredPattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // where the previous match ended
  for (const a of anchors) {
    const start = a - anchorOffset;
    if (start < next) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    next = start + m[0].length;
  }
  return out;
}

/** `source` is the whole text (a string, or anything that slices like one). */
export function findIdentifiers(source: { slice(start: number, end: number): string }, view: TextView | undefined, model: FilingModel): Identifier[] {
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
    const scan = (pattern: AnchoredPattern, anchors: number[], kind: IdentifierKind, group = 0) => {
      for (const m of anchoredMatches(text, anchors, pattern)) {
        const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
        const matched = group ? m[group] : m[0];
        const value = kind === 'rule' ? `17 CFR ${matched}` : normalize(kind, matched);
        add(kind, m[0], view.toSourceRange(group ? m.index : start, start + matched.length), value);
      }
    };
    const hyphens = hyphensBetweenDigits(text);
    scan(ACCESSION, hyphens, 'accession-number');
    scan(EIN, hyphens, 'ein');
    scan(RULE, occurrences(text, '17'), 'rule', 1);
    for (const d of findDates(text)) {
      add('date', text.slice(d.index, d.index + d.length), view.toSourceRange(d.index, d.index + d.length), d.iso);
    }
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return out;
}

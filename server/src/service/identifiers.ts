/**
 * The identifiers of a filing, for highlighting, hovers and checks: CIKs,
 * EINs, commission file numbers, accession numbers, rule citations and dates,
 * wherever the model knows them (header, cover, XBRL facts) or the main
 * document's text writes them.
 */
import type { FilingModel, Identifier, IdentifierKind, Located, Range, TextView } from './model';
import { DATE_ANCHOR_SOURCE, DateScan, compactToIso, type DateMatch } from './dates';
import { EIN_PREFIX_CAMPUS } from './data/einPrefixes';
import { upperCaseKey } from './sgml/header';

/**
 * Header keys (SEC header style and .nc tag style) by the identifier they
 * hold. A map, not an object: a key read from the text is looked up without
 * being made a property name first. (The object gave the same: an upper-cased
 * key never names what objects inherit, whose names all have lower-case letters.)
 */
const HEADER_KEY_KINDS = new Map<string, IdentifierKind>([
  ['ACCESSION NUMBER', 'accession-number'],
  ['ACCESSION-NUMBER', 'accession-number'],
  ['CENTRAL INDEX KEY', 'cik'],
  ['CIK', 'cik'],
  ['IRS NUMBER', 'ein'],
  ['IRS-NUMBER', 'ein'],
  ['EIN', 'ein'],
  ['SEC FILE NUMBER', 'file-number'],
  ['FILE-NUMBER', 'file-number'],
  ['CONFORMED PERIOD OF REPORT', 'date'],
  ['PERIOD', 'date'],
  ['FILED AS OF DATE', 'date'],
  ['FILING-DATE', 'date'],
  ['DATE AS OF CHANGE', 'date'],
  ['DATE-OF-FILING-DATE-CHANGE', 'date'],
  ['DATE OF NAME CHANGE', 'date'],
  ['DATE-CHANGED', 'date'],
  ['EFFECTIVENESS DATE', 'date'],
]);

/** Inline XBRL facts that are identifiers, by local name (a Map: a fact named "constructor" is no key of it). */
const FACT_KINDS: ReadonlyMap<string, IdentifierKind> = new Map([
  ['EntityCentralIndexKey', 'cik'],
  ['EntityTaxIdentificationNumber', 'ein'],
  ['EntityFileNumber', 'file-number'],
  ['DocumentPeriodEndDate', 'date'],
]);

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
// One scan of the text finds the anchors of every pattern (see ANCHOR); each
// pattern is tried only around its anchors, while the text there is still in
// the processor's cache. Matches come in the same order, without overlaps,
// as a global scan of the whole text with each pattern would find them.
const ACCESSION_RE = /\b\d{10}-\d{2}-\d{6}\b/y;
const EIN_RE = /(?<![\d-])\d{2}-\d{7}(?![\d-])/y;
const RULE_RE = /\b17\s?C\.?F\.?R\.?\s?(?:§\s?)?(2[34]0\.\d{1,4}[a-z]?(?:-\d{1,3}[a-z]?)?(?:\([a-z0-9]{1,3}\))?)/gi;

/**
 * The anchors of all the scans, in one pattern: two digits, '-' and two
 * digits (accession numbers, EINs), the start of a rule number ("240.",
 * "230.") and the anchors of dates. No two of them match at one place (they
 * differ in their second or third character), and each is four characters
 * long at least, so the regular-expression engine skips through the text
 * several characters at a time.
 */
const ANCHOR = new RegExp(`\\d\\d-\\d\\d|2[34]0\\.|${DATE_ANCHOR_SOURCE}`, 'g');

/** An identifier the view's text writes: what it writes, its value, and where it stands in the view. */
interface Written {
  text: string;
  value: string;
  start: number;
  end: number;
}

/**
 * The matches of a sticky pattern, leftmost first, not overlapping, tried
 * where the anchors (given in order, every one of them) put their start:
 * every match holds one at the same offset from its start.
 */
class AnchoredScan {
  readonly found: Written[] = [];
  /** Where the previous match ended. */
  private next = 0;

  constructor(
    private readonly kind: IdentifierKind,
    private readonly re: RegExp,
    private readonly anchorOffset: number,
  ) {}

  takeAnchor(text: string, a: number): void {
    const start = a - this.anchorOffset;
    if (start < this.next) return;
    this.re.lastIndex = start;
    const m = this.re.exec(text);
    if (!m) return;
    this.next = start + m[0].length;
    this.found.push({ text: m[0], value: normalize(this.kind, m[0]), start, end: this.next });
  }
}

/** "17CFR" to "17 C.F.R. § ": how far a rule citation's number stands from its start. */
const RULE_PREFIX = { shortest: 5, longest: 12 };
/** "17 C.F.R. § 240.1234a-123a(b12)": the longest rule citation. */
const LONGEST_RULE = 31;

/**
 * Rule citations ("17 CFR 240.14a-12"), found window by window around the
 * starts of rule numbers, given in order, every one of them: the next
 * citation a scan of the whole text finds holds one, RULE_PREFIX after its
 * start. Windows are read in order from where the last citation ended, so
 * the first citation in a window that starts in that span is that next one.
 */
class RuleScan {
  readonly found: Written[] = [];
  /** Where the previous citation ended. */
  private next = 0;

  takeAnchor(text: string, a: number): void {
    const lastStart = a - RULE_PREFIX.shortest;
    if (lastStart < this.next) return;
    const firstStart = Math.max(this.next, a - RULE_PREFIX.longest);
    // The window keeps the character before (for \b) and room for the longest citation.
    const base = Math.max(0, firstStart - 1);
    const window = text.slice(base, lastStart + LONGEST_RULE);
    const re = RULE_RE;
    re.lastIndex = firstStart - base;
    const m = re.exec(window);
    if (!m || base + m.index > lastStart) return;
    const start = base + m.index;
    this.next = start + m[0].length;
    this.found.push({ text: m[0], value: `17 CFR ${m[1]}`, start, end: start + m[0].indexOf(m[1]) + m[1].length });
  }
}

/** What the view's text writes: accession numbers, EINs, rule citations and dates. */
interface ViewTextIdentifiers {
  anchored: [IdentifierKind, Written[]][];
  dates: DateMatch[];
}

function scanViewText(text: string): ViewTextIdentifiers {
  // Accession numbers are anchored on the digits around their first hyphen ("67-13" in "0001234567-13-000001").
  const accessions = new AnchoredScan('accession-number', ACCESSION_RE, 8);
  const eins = new AnchoredScan('ein', EIN_RE, 0);
  const rules = new RuleScan();
  const dates = new DateScan(text);
  const re = ANCHOR;
  re.lastIndex = 0;
  // test() rather than exec(): no match array to build; where the anchor starts is told by its end.
  while (re.test(text)) {
    const end = re.lastIndex;
    let a: number;
    if (text.charCodeAt(end - 3) === 45) {
      a = end - 5; // "dd-dd"
      accessions.takeAnchor(text, a);
      eins.takeAnchor(text, a);
    } else if (text.charCodeAt(end - 1) === 46) {
      a = end - 4; // "240."
      rules.takeAnchor(text, a);
    } else {
      a = end - 4; // "2013", "7/13"
      dates.takeAnchor(a);
    }
    re.lastIndex = a + 1; // the next anchor may overlap this one
  }
  return {
    anchored: [
      ['accession-number', accessions.found],
      ['ein', eins.found],
      ['rule', rules.found],
    ],
    dates: dates.found,
  };
}

/** `source` is the whole text (a string, or anything that slices like one). */
export function findIdentifiers(source: { slice(start: number, end: number): string }, view: TextView | undefined, model: FilingModel): Identifier[] {
  const out: Identifier[] = [];
  const add = (kind: IdentifierKind, text: string, range: Range, value = normalize(kind, text)) => {
    if (range.end > range.start) out.push({ kind, text, value, range });
  };
  const addLocated = (kind: IdentifierKind, located: Located | undefined) => {
    if (located) add(kind, source.slice(located.range.start, located.range.end), located.range, located.value);
  };

  for (const field of model.header?.fields ?? []) {
    const kind = HEADER_KEY_KINDS.get(upperCaseKey(field.key));
    if (kind && field.value) add(kind, field.value, field.valueRange);
  }
  for (const fact of model.xbrlFacts) {
    const kind = FACT_KINDS.get(localName(fact.name));
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
    const { anchored, dates } = scanViewText(text);
    for (const [kind, written] of anchored) {
      for (const w of written) add(kind, w.text, view.toSourceRange(w.start, w.end), w.value);
    }
    for (const { index, length, iso } of dates) {
      add('date', text.slice(index, index + length), view.toSourceRange(index, index + length), iso);
    }
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return firstOfEachRange(out);
}

/** A fact's name without its prefix: what `name.replace(/^[^:]*:/, '')` leaves. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The first identifier added for each range. The sort is stable, so of the
 * identifiers with one range, next to each other, the first is the one added
 * first (what a set of the ranges seen so far would keep, at less cost).
 */
function firstOfEachRange(sorted: Identifier[]): Identifier[] {
  return sorted.filter((id, i) => i === 0 || !sameRange(id.range, sorted[i - 1].range));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

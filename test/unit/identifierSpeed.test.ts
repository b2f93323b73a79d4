// The fast ways of finding identifiers and dates give exactly what the plain
// ways give: one global regular-expression scan of the whole text per
// pattern, the groups of the date pattern read by their numbers, and a set
// of the ranges seen so far to keep the first identifier of each range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates, isoDate } from '../../server/src/service/dates';
import { findIdentifiers, normalizeAccession, normalizeEin } from '../../server/src/service/identifiers';
import { plainView } from '../../server/src/service/textView';
import type { FilingModel, HeaderField, Identifier, Range } from '../../server/src/service/model';

// ------------------------------------------------------------ the plain way

const MONTH =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const S = '[ \\t\\u00a0]';
const DATE_SOURCE = [
  `\\b(${MONTH})${S}{0,3}(\\d{1,2})(?:st|nd|rd|th)?${S}{0,3},?${S}{0,3}((?:19|20)\\d\\d)\\b`,
  `\\b(\\d{1,2})(?:st|nd|rd|th)?${S}{1,3}(${MONTH}),?${S}{1,3}((?:19|20)\\d\\d)\\b`,
  '\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d\\d)\\b',
  '\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b',
].join('|');

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A date's ISO value from the groups of the date pattern, as the code read them before. */
function isoFromGroups(m: RegExpExecArray): string | undefined {
  const month = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
  if (m[1] !== undefined) return isoDate(+m[3], month(m[1]), +m[2]);
  if (m[4] !== undefined) return isoDate(+m[6], month(m[5]), +m[4]);
  if (m[7] !== undefined) {
    let year = +m[9];
    if (m[9].length === 2) year += year < 50 ? 2000 : 1900;
    return isoDate(year, +m[7], +m[8]);
  }
  return isoDate(+m[10], +m[11], +m[12]);
}

interface Found {
  index: number;
  length: number;
  iso: string;
}

function referenceDates(text: string, from = 0, to = text.length): Found[] {
  const slice = text.slice(from, to);
  const out: Found[] = [];
  const re = new RegExp(DATE_SOURCE, 'gi');
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const iso = isoFromGroups(m);
    if (iso) out.push({ iso, index: from + m.index, length: m[0].length });
  }
  return out;
}

/** findIdentifiers as it was: a global scan per pattern, a set of the ranges seen, then a sort. */
function referenceIdentifiers(source: string, model: FilingModel): Identifier[] {
  const out: Identifier[] = [];
  const seen = new Set<string>();
  const add = (kind: Identifier['kind'], text: string, range: Range, value: string) => {
    if (range.end <= range.start) return;
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, text, value, range });
  };
  for (const field of model.header?.fields ?? []) {
    if (field.key === 'CIK') add('cik', field.value, field.valueRange, field.value.padStart(10, '0'));
  }
  const scans: [Identifier['kind'], RegExp, (m: RegExpExecArray) => string][] = [
    ['accession-number', /\b\d{10}-\d{2}-\d{6}\b/g, (m) => normalizeAccession(m[0]) ?? m[0]],
    ['ein', /(?<![\d-])\d{2}-\d{7}(?![\d-])/g, (m) => normalizeEin(m[0]) ?? m[0]],
    ['rule', /\b17\s?C\.?F\.?R\.?\s?(?:§\s?)?(2[34]0\.\d{1,4}[a-z]?(?:-\d{1,3}[a-z]?)?(?:\([a-z0-9]{1,3}\))?)/gi, (m) => `17 CFR ${m[1]}`],
  ];
  for (const [kind, re, value] of scans) {
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const end = kind === 'rule' ? m.index + m[0].indexOf(m[1]) + m[1].length : m.index + m[0].length;
      add(kind, m[0], { start: m.index, end }, value(m));
    }
  }
  for (const d of referenceDates(source)) {
    add('date', source.slice(d.index, d.index + d.length), { start: d.index, end: d.index + d.length }, d.iso);
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

// ------------------------------------------------------------------ input

/** Pieces that make dates, near-dates and the characters the date filter looks at around years. */
const datePieces = fc.constantFrom(
  'January', 'jan', 'Jan.', 'Sept', 'SEPT.', 'sep.', 'september', 'septem', 'May', 'JUNE', 'jul', 'July', 'Mary', 'decade', 'Octopus',
  'in', 'of', 'year', 'ended', 'st', 'nd', 'RD', 'th', 'x', '_', 'ſ', '\u212a', 'é', '.', ',', ', ', ' ', '  ', '   ', '\t', '\u00a0', '\n',
  '-', '/', '(', '$', '0', '1', '2', '7', '9', '5', '13', '19', '20', '31', '30', '29', '04', '12', '99', '2013', '1999', '2000', '2100',
  '1899', '192013', '202020', '04/07/2013', '2013-04-07', '2013-02-29', '2012-02-29', '7 April 2013', 'April 7, 2013', 'April 72013',
  '4/7/13', '12/31/99', '1/2/2050',
);
const dateText = fc.array(datePieces, { maxLength: 40 }).map((a) => a.join(''));

const identifierPieces = fc.constantFrom(
  '0001234567-13-000001', '12-3456789', '1', '12', '123', '0000', '-', '--', ' ', 'x', '17', '17 ', '17 CFR 240.14a-12',
  '17 C.F.R. § 230.425', '17CFR240.1', '17 c.f.r. 240.10b5-1(b)', 'CFR ', 'C.F.R. ', '§ ', '240.', '230.', '250.', '(b)', '2017',
  '\n', 'April 7, 2013', '2013-04-07', '20-1234567', '2013-04-0712',
);
const identifierText = fc.array(identifierPieces, { maxLength: 30 }).map((a) => a.join(''));

// ------------------------------------------------------------------ tests

test('dates found around filtered anchors are the dates a global scan of the whole text finds', () => {
  fc.assert(
    fc.property(dateText, fc.nat(10), fc.nat(10), (text, f, e) => {
      const from = Math.min(f, text.length);
      const to = Math.max(from, text.length - e);
      assert.deepEqual(findDates(text, from, to), referenceDates(text, from, to));
    }),
    { numRuns: 30000 },
  );
});

test('dates read from their characters are the dates read from the groups of the pattern', () => {
  const day = fc.integer({ min: 0, max: 39 });
  const year = fc.integer({ min: 1890, max: 2110 });
  const month = fc.constantFrom(...Object.keys(MONTHS), 'Sept.', 'Jan.', 'DEC', 'February');
  const gap = fc.constantFrom('', ' ', '  ', '   ', '\t', '\u00a0 ');
  const suffix = fc.constantFrom('', 'st', 'nd', 'RD', 'th');
  const written = fc.oneof(
    fc.tuple(month, gap, day, suffix, gap, fc.constantFrom('', ','), gap, year).map(([m, g1, d, s, g2, c, g3, y]) => `${m}${g1}${d}${s}${g2}${c}${g3}${y}`),
    fc.tuple(day, suffix, gap, month, fc.constantFrom('', ','), gap, year).map(([d, s, g1, m, c, g2, y]) => `${d}${s} ${g1}${m}${c} ${g2}${y}`),
    fc.tuple(day, day, fc.oneof(year, fc.integer({ min: 0, max: 99 }))).map(([m, d, y]) => `${m}/${d}/${String(y).padStart(2, '0')}`),
    fc.tuple(year, day, day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  fc.assert(
    fc.property(written, fc.constantFrom('', 'On ', '(', 'x'), (date, before) => {
      const text = `${before}${date}.`;
      assert.deepEqual(findDates(text), referenceDates(text));
    }),
    { numRuns: 30000 },
  );
});

test('identifiers found from one scan of anchors are the ones global scans of the whole text find', () => {
  const model = { xbrlFacts: [] } as unknown as FilingModel;
  fc.assert(
    fc.property(identifierText, (text) => {
      assert.deepEqual(findIdentifiers(text, plainView(text), model), referenceIdentifiers(text, model));
    }),
    { numRuns: 20000 },
  );
  fc.assert(
    fc.property(dateText, (text) => {
      assert.deepEqual(findIdentifiers(text, plainView(text), model), referenceIdentifiers(text, model));
    }),
    { numRuns: 10000 },
  );
});

test('of identifiers with one range, the first added is kept, as a set of the ranges seen would keep it', () => {
  fc.assert(
    fc.property(identifierText, fc.array(fc.tuple(fc.nat(60), fc.nat(25)), { maxLength: 8 }), (text, ranges) => {
      // Header CIKs come first: where one has the range of an identifier the text writes, it is the one kept.
      const fields = ranges.map(([start, length], i) => ({
        key: 'CIK',
        value: String(1000 + i),
        valueRange: { start, end: start + length },
      })) as unknown as HeaderField[];
      const model = { xbrlFacts: [], header: { fields } } as unknown as FilingModel;
      assert.deepEqual(findIdentifiers(text, plainView(text), model), referenceIdentifiers(text, model));
    }),
    { numRuns: 5000 },
  );
});

test('ISO dates are written with two-digit months and days, as padding each number writes them', () => {
  for (const [year, month, day] of [
    [2013, 4, 7],
    [2020, 12, 31],
    [2012, 2, 29],
    [2013, Number.NaN, 5],
    [2013, 1, 1.5],
  ]) {
    const expected = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    assert.equal(isoDate(year, month, day), expected);
  }
});

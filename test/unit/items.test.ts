/**
 * Item headings of an 8-K body: the forms real filings use, the false
 * friends that are not headings, combined headings, tables of contents,
 * sections, and the corpus targets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBody } from '../../server/src/service/body';
import { plainView } from '../../server/src/service/textView';
import { htmlView } from '../../server/src/service/html/htmlView';
import { analyzeFiling } from '../../server/src/service/analyze';
import type { ItemHeading } from '../../server/src/service/model';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';

const COVER = [
  'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
  'FORM 8-K',
  'CURRENT REPORT',
  'Date of Report (Date of earliest event reported): March 1, 2024',
  'Acme Corp.',
  '(Exact name of registrant as specified in its charter)',
  '',
].join('\n');

const SIGNATURES = [
  '',
  'SIGNATURES',
  'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.',
  'Date: March 4, 2024',
  'By: /s/ Jane Roe',
  'Jane Roe',
  'Chief Financial Officer',
].join('\n');

const BODY_TEXT = 'On March 1, 2024, the Company announced the matter described in this report in a press release.';

function itemsOf(body: string, scheme?: 'current' | 'legacy'): ItemHeading[] {
  return findBody(plainView(COVER + body + SIGNATURES), { scheme }).items;
}

function numbersOf(body: string, scheme?: 'current' | 'legacy'): string[] {
  return itemsOf(body, scheme).map((i) => i.number);
}

function slice(text: string, r: { start: number; end: number } | undefined): string {
  assert.ok(r, 'range expected');
  return text.slice(r.start, r.end);
}

// ---------------------------------------------------------------- the seed

test('seed: one Item 7.01 heading on line 39, its section ending at SIGNATURES', () => {
  const text = fs.readFileSync(path.join(CORPUS, SEED), 'utf8');
  const { items } = findBody(plainView(text), {});
  assert.equal(items.length, 1);
  const item = items[0];
  assert.equal(item.number, '7.01');
  assert.equal(item.scheme, 'current');
  assert.equal(item.title, 'REGULATION FD DISCLOSURE');
  assert.equal(item.known, true);
  assert.equal(item.combined, false);
  const line = text.slice(0, item.headingRange.start).split('\n').length;
  assert.equal(line, 39);
  assert.equal(slice(text, item.numberRange), '7.01');
  assert.equal(slice(text, item.titleRange), 'REGULATION FD DISCLOSURE');
  assert.equal(slice(text, item.headingRange), 'ITEM 7.01 — REGULATION FD DISCLOSURE');
  const signatures = text.indexOf('SIGNATURES');
  assert.equal(item.sectionRange.start, item.headingRange.start);
  assert.ok(item.sectionRange.end <= signatures);
  assert.equal(text.slice(item.sectionRange.end, signatures).trim(), '');
});

test('seed through analyzeFiling: the same item', () => {
  const text = fs.readFileSync(path.join(CORPUS, SEED), 'utf8');
  const model = analyzeFiling(text);
  assert.deepEqual(
    model.items.map((i) => [i.number, i.title]),
    [['7.01', 'REGULATION FD DISCLOSURE']],
  );
});

// ----------------------------------------------------------- heading forms

test('heading forms: number with and without a period, spaced, dashed, bold', () => {
  const cases: Array<[string, string, string]> = [
    ['ITEM 2.02', '2.02', ''],
    ['Item 2.02.', '2.02', ''],
    ['Item 2. 02 Results of Operations and Financial Condition', '2.02', 'Results of Operations and Financial Condition'],
    ['Item 2 .0 2 Results of Operations and Financial Condition.', '2.02', 'Results of Operations and Financial Condition.'],
    ['ITEM 7.01 — REGULATION FD DISCLOSURE', '7.01', 'REGULATION FD DISCLOSURE'],
    ['ITEM 7.01 - Regulation FD Disclosure', '7.01', 'Regulation FD Disclosure'],
    ['Item 8.01: Other Events', '8.01', 'Other Events'],
    ['**Item 2.02 Results of Operations and Financial Condition**', '2.02', 'Results of Operations and Financial Condition'],
    ['Item\u00a05.02\u00a0Departure of Directors or Certain Officers', '5.02', 'Departure of Directors or Certain Officers'],
    ['Item\u20095.07 Submission of Matters to a Vote of Security Holders', '5.07', 'Submission of Matters to a Vote of Security Holders'],
    ['Item5.02Departure of Directors or Certain Officers', '5.02', 'Departure of Directors or Certain Officers'],
    ['ITEM 9.01(d). Exhibits', '9.01', 'Exhibits'],
    ['      ITEM 2.   ACQUISITION OR DISPOSITION OF ASSETS', '2', 'ACQUISITION OR DISPOSITION OF ASSETS'],
    ['ITEM 5 - OTHER EVENTS', '5', 'OTHER EVENTS'],
    ['Item 5. Other Events.', '5', 'Other Events.'],
    ['Item 12. Results of Operations and Financial Condition', '12', 'Results of Operations and Financial Condition'],
  ];
  for (const [heading, number, title] of cases) {
    const items = itemsOf(`${heading}\n\n${BODY_TEXT}\n`);
    assert.equal(items.length, 1, heading);
    assert.equal(items[0].number, number, heading);
    assert.equal(items[0].title, title, heading);
    assert.equal(items[0].scheme, number.includes('.') ? 'current' : 'legacy', heading);
  }
});

test('number and title in separate table cells', () => {
  const items = itemsOf(`Item 2.02\tResults of Operations and Financial Condition\n${BODY_TEXT}\n`);
  assert.equal(items.length, 1);
  assert.equal(items[0].title, 'Results of Operations and Financial Condition');
});

test('a heading whose title is on the next line', () => {
  const text = COVER + `Item 5.02\n\nDeparture of Directors or Certain Officers\n\n${BODY_TEXT}\n` + SIGNATURES;
  const [item] = findBody(plainView(text), {}).items;
  assert.equal(item.number, '5.02');
  assert.equal(item.title, 'Departure of Directors or Certain Officers');
  assert.equal(slice(text, item.titleRange), 'Departure of Directors or Certain Officers');
  // A number alone followed by body text has no title.
  const bare = itemsOf(`Item 8.01.\nOn March 1, 2024, Acme Corp. (the “Company”) announced a dividend of $0.10.\n`);
  assert.equal(bare[0].number, '8.01');
  assert.equal(bare[0].title, '');
});

test('a catalogue title that wraps onto the next line', () => {
  const text =
    COVER +
    'ITEM 4.02 NON-RELIANCE ON PREVIOUSLY ISSUED FINANCIAL STATEMENTS OR A RELATED\nAUDIT REPORT OR COMPLETED INTERIM REVIEW.\n\n' +
    BODY_TEXT +
    '\n' +
    SIGNATURES;
  const [item] = findBody(plainView(text), {}).items;
  assert.equal(item.number, '4.02');
  assert.equal(
    item.title,
    'NON-RELIANCE ON PREVIOUSLY ISSUED FINANCIAL STATEMENTS OR A RELATED AUDIT REPORT OR COMPLETED INTERIM REVIEW.',
  );
});

test('body text running on after the title on the same line', () => {
  const items = itemsOf('ITEM 5. OTHER EVENTS. The attached Press Release is incorporated by reference herein.\n');
  assert.equal(items.length, 1);
  assert.equal(items[0].number, '5');
  assert.equal(items[0].title, 'OTHER EVENTS.');
  const matched = itemsOf(
    'Item 2.02 Results of Operations and Financial Condition On May 1, 2024 the Company issued a press release.\n',
  );
  assert.equal(matched[0].title, 'Results of Operations and Financial Condition');
});

test('a "Section" heading above the item does not disturb it; the cover ends above it', () => {
  const text =
    COVER +
    `Section 2 – Financial Information\nItem 2.02 Results of Operations and Financial Condition\n${BODY_TEXT}\n` +
    `Section 9 – Financial Statements and Exhibits\nItem 9.01 Financial Statements and Exhibits\n(d) Exhibits\n99.1 Press release\n` +
    SIGNATURES;
  const result = findBody(plainView(text), {});
  assert.deepEqual(
    result.items.map((i) => i.number),
    ['2.02', '9.01'],
  );
  assert.equal(result.coverEndInView, text.indexOf('Section 2'));
});

test('combined headings: one heading per item, combined, each with its own number range', () => {
  const text = COVER + `Items 5.02 and 9.01 Departure of Directors; Financial Statements and Exhibits\n${BODY_TEXT}\n` + SIGNATURES;
  const items = findBody(plainView(text), {}).items;
  assert.deepEqual(
    items.map((i) => [i.number, i.combined]),
    [
      ['5.02', true],
      ['9.01', true],
    ],
  );
  assert.equal(slice(text, items[0].numberRange), '5.02');
  assert.equal(slice(text, items[1].numberRange), '9.01');
  assert.deepEqual(items[0].sectionRange, items[1].sectionRange);

  assert.deepEqual(numbersOf(`ITEM 5.02 AND ITEM 5.03\n${BODY_TEXT}\n`), ['5.02', '5.03']);
  assert.deepEqual(numbersOf(`Items 2.02, 7.01 and 9.01. Results and Exhibits\n${BODY_TEXT}\n`), ['2.02', '7.01', '9.01']);
  assert.deepEqual(numbersOf(`Item 5.02 & 5.03\n${BODY_TEXT}\n`), ['5.02', '5.03']);
});

test('an unknown current number is a heading, not known to the catalogue', () => {
  const [item] = itemsOf(`Item 2.07 Something New\n${BODY_TEXT}\n`);
  assert.equal(item.number, '2.07');
  assert.equal(item.known, false);
  const [legacy] = itemsOf(`Item 9. Regulation FD Disclosure\n${BODY_TEXT}\n`);
  assert.equal(legacy.known, true);
});

// ------------------------------------------------------------ false friends

test('cross-references in running text are not headings', () => {
  const body = [
    'Item 8.01 Other Events',
    'As described in Item 8.01 above, and pursuant to Item 2.02 of Form 8-K, the information is furnished.',
    'Item 2.02 of this Current Report on Form 8-K is incorporated herein by reference.',
    'Item 404(a) of Regulation S-K requires no disclosure.',
    'Part II, Item 7 of the Form 10-K is revised.',
    'Items 2.02 and 7.01 of this report are furnished, not filed.',
    'Item 7.01, Regulation FD Disclosure, applies.',
    'The information in this report is being furnished pursuant to',
    'Item 2.02 of Form 8-K and shall not be deemed filed.',
    'The information in this report, including the exhibit, is furnished under',
    'Item 7.01 Regulation FD Disclosure and shall not be deemed "filed" for any purpose.',
  ].join('\n');
  assert.deepEqual(numbersOf(body + '\n'), ['8.01']);
});

test('"Items 1 through 4 ... Not Applicable" and "Not applicable" items are not reported', () => {
  const body = [
    'Items 1 through 4, 6 and 8 Not Applicable.',
    'ITEMS 1 THROUGH 4, 6 AND 8 NOT APPLICABLE.',
    '',
    'Item 3. Not applicable.',
    '',
    'Item 5. Other Events.',
    BODY_TEXT,
    '',
    'Item 6. Resignations of Registrant’s Directors.',
    '',
    'Not applicable.',
    '',
    'Item 7. Financial Statements and Exhibits.',
    '(c) Exhibits',
    '99.1 Press release dated March 1, 2024.',
  ].join('\n');
  assert.deepEqual(numbersOf(body + '\n'), ['5', '7']);
});

test('a table of contents counts once; the body headings carry the items', () => {
  const body = [
    'TABLE OF CONTENTS',
    'Item 1.01. Entry into a Material Definitive Agreement',
    'Item 3.02. Unregistered Sales of Equity Securities',
    'Item 9.01 Financial Statements and Exhibits',
    'SIGNATURE',
    'EXHIBIT INDEX',
    '',
    'Item 1.01. Entry into a Material Definitive Agreement.',
    BODY_TEXT,
    'Item 3.02. Unregistered Sales of Equity Securities.',
    BODY_TEXT,
    'Item 9.01 Financial Statements and Exhibits.',
    '(d) Exhibits',
    '10.1 Purchase Agreement',
  ].join('\n');
  const text = COVER + body + '\n' + SIGNATURES;
  const result = findBody(plainView(text), {});
  assert.deepEqual(
    result.items.map((i) => i.number),
    ['1.01', '3.02', '9.01'],
  );
  assert.equal(result.items[0].headingRange.start, text.indexOf('Item 1.01. Entry into a Material Definitive Agreement.'));
  // The cover ends where the contents begin.
  assert.equal(result.coverEndInView, text.indexOf('Item 1.01. Entry into a Material Definitive Agreement\n'));
});

test('headings in an exhibit pasted after the signatures are not items', () => {
  const text =
    COVER +
    `Item 7.01 Regulation FD Disclosure\n${BODY_TEXT}\n` +
    SIGNATURES +
    `\n\nEXHIBIT 99.1\nItem 2.02 Results of Operations and Financial Condition\n${BODY_TEXT}\n`;
  assert.deepEqual(
    findBody(plainView(text), {}).items.map((i) => i.number),
    ['7.01'],
  );
});

test('another form: a 10-K has no 8-K items', () => {
  const text = [
    'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
    'FORM 10-K',
    '[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934',
    'Item 1. Business',
    'The Company makes widgets and sells them to customers in many countries around the world.',
    'Item 5. Market for Registrant’s Common Equity',
    'The Company’s stock trades on a national exchange under the symbol ACME in all markets.',
    'Item 7. Management’s Discussion and Analysis',
    'Revenue grew in every quarter of the year because of strong demand for widgets everywhere.',
  ].join('\n');
  assert.deepEqual(findBody(plainView(text), {}).items, []);
});

// ------------------------------------------------------------------ schemes

test('the scheme: from the hint, else from the headings', () => {
  assert.equal(itemsOf(`Item 5. Other Events\n${BODY_TEXT}\n`)[0].scheme, 'legacy');
  assert.equal(itemsOf(`Item 8.01 Other Events\n${BODY_TEXT}\n`)[0].scheme, 'current');
  // A filing of the current era that still uses the legacy numbers keeps them.
  assert.deepEqual(numbersOf(`Item 5. Other Events\n${BODY_TEXT}\nItem 7. Financial Statements and Exhibits\n`, 'current'), ['5', '7']);
  // Against the hint, a heading in the other numbering counts only with its catalogue title.
  assert.deepEqual(
    numbersOf(`Item 8.01 Other Events\n${BODY_TEXT}\nItem 3. Something Else Entirely\n${BODY_TEXT}\n`, 'current'),
    ['8.01'],
  );
});

// ----------------------------------------------------------------- sections

test('sections run from a heading to the next heading, the last one to the signatures', () => {
  const body = `Item 2.02 Results of Operations and Financial Condition\n${BODY_TEXT}\n\nItem 9.01 Financial Statements and Exhibits\n(d) Exhibits\n99.1 Press release\n`;
  const text = COVER + body + SIGNATURES;
  const [a, b] = findBody(plainView(text), {}).items;
  assert.equal(a.sectionRange.start, text.indexOf('Item 2.02'));
  assert.equal(text.slice(a.sectionRange.end, b.headingRange.start).trim(), '');
  assert.equal(b.sectionRange.start, text.indexOf('Item 9.01'));
  assert.equal(slice(text, b.sectionRange).endsWith('99.1 Press release'), true);
});

test('without signatures the last section runs to the end of the text', () => {
  const text = COVER + `Item 8.01 Other Events\n${BODY_TEXT}\n`;
  const { items, signatures } = findBody(plainView(text), {});
  assert.equal(signatures, undefined);
  assert.equal(slice(text, items[0].sectionRange).endsWith(BODY_TEXT), true);
});

test('cover end: the first heading, or after the cover captions when there is none', () => {
  const text = COVER + `Item 8.01 Other Events\n${BODY_TEXT}\n` + SIGNATURES;
  assert.equal(findBody(plainView(text), {}).coverEndInView, text.indexOf('Item 8.01'));
  const noItems = COVER + '\n' + BODY_TEXT + '\n' + SIGNATURES;
  assert.equal(findBody(plainView(noItems), {}).coverEndInView, noItems.indexOf(BODY_TEXT));
});

test('ranges of an HTML heading point into the HTML source', () => {
  const html =
    '<html><body><p>FORM 8-K</p><table><tr><td><b>Item&#160;2.02</b></td><td><b>Results of Operations and Financial Condition</b></td></tr></table>' +
    `<p>${BODY_TEXT}</p><p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.</p></body></html>`;
  const { view } = htmlView(html);
  const [item] = findBody(view, {}).items;
  assert.equal(item.number, '2.02');
  assert.equal(html.slice(item.numberRange.start, item.numberRange.end), '2.02');
  assert.equal(slice(html, item.titleRange), 'Results of Operations and Financial Condition');
  assert.ok(slice(html, item.headingRange).startsWith('Item&#160;2.02'));
});

// ----------------------------------------------------------- linear time

test('linear: 50 MB of text in one pass, also with pathological lines', () => {
  const paragraph = `${BODY_TEXT} Item 2.02 of Form 8-K is referenced here.\n`;
  const big = COVER + 'Item 8.01 Other Events\n' + paragraph.repeat(Math.ceil(50e6 / paragraph.length)) + SIGNATURES;
  let t0 = Date.now();
  const result = findBody(plainView(big), {});
  assert.deepEqual(
    result.items.map((i) => i.number),
    ['8.01'],
  );
  assert.ok(Date.now() - t0 < 20000, `took ${Date.now() - t0} ms`);

  // A 10 MB line of joined item numbers, then 200,000 heading lines.
  const manyHeadings = 'Item 5.02 and 9.01 and '.repeat(5e5) + '\n' + 'Item 1.01\n'.repeat(2e5);
  t0 = Date.now();
  findBody(plainView(manyHeadings), {});
  assert.ok(Date.now() - t0 < 10000, `took ${Date.now() - t0} ms`);

  const oneLine = 'x'.repeat(30e6);
  t0 = Date.now();
  findBody(plainView(oneLine), {});
  assert.ok(Date.now() - t0 < 10000, `took ${Date.now() - t0} ms`);
});

// ------------------------------------------------------------------ corpus

interface Label {
  file: string;
  form: string;
  items: string[];
  uncertain?: string[];
}

test('corpus: item sets exactly right on at least 97% of the 8-Ks, none on the negatives', () => {
  const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Label[];
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const label of labels) {
    if (label.uncertain?.includes('items')) continue;
    const model = analyzeFiling(fs.readFileSync(path.join(CORPUS, label.file), 'utf8'));
    const got = [...new Set(model.items.map((i) => i.number))].sort().join(',');
    const want = [...label.items].sort().join(',');
    if (/^8-K/.test(label.form)) {
      total++;
      if (got === want) right++;
      else misses.push(`${label.file}: got [${got}] want [${want}]`);
    } else {
      assert.equal(got, '', `${label.file} is a ${label.form}: no items expected`);
    }
  }
  assert.ok(total > 50);
  assert.ok(right / total >= 0.97, `items ${right}/${total}:\n${misses.join('\n')}`);
});

/**
 * Exhibit lists: the Item 9.01 (legacy Item 7) list, the exhibit index after
 * the signatures (which wins), the ways rows are written, what is not a row;
 * and the corpus target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBody } from '../../server/src/service/body';
import { plainView } from '../../server/src/service/textView';
import { htmlView } from '../../server/src/service/html/htmlView';
import { analyzeFiling } from '../../server/src/service/analyze';
import type { ExhibitEntry } from '../../server/src/service/model';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');

const COVER = 'FORM 8-K\nCURRENT REPORT\n\n';
const SIGNATURES =
  '\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.\nDate: March 4, 2024\nBy: /s/ Jane Roe\nJane Roe\nChief Financial Officer\n';

function exhibitsOf(section: string, after = ''): ExhibitEntry[] {
  return findBody(plainView(COVER + section + SIGNATURES + after), {}).exhibits;
}

function numbersOf(section: string, after = ''): string[] {
  return exhibitsOf(section, after).map((e) => e.number);
}

test('a "(d) Exhibits" table in the Item 9.01 section, with descriptions and ranges', () => {
  const section = [
    'Item 9.01 Financial Statements and Exhibits.',
    '(d) Exhibits.',
    'Exhibit No.\tDescription',
    '99.1\tPress release dated March 1, 2024.',
    '104\tCover Page Interactive Data File (embedded within the Inline XBRL document)',
  ].join('\n');
  const text = COVER + section + SIGNATURES;
  const exhibits = findBody(plainView(text), {}).exhibits;
  assert.deepEqual(
    exhibits.map((e) => [e.number, e.description]),
    [
      ['99.1', 'Press release dated March 1, 2024.'],
      ['104', 'Cover Page Interactive Data File (embedded within the Inline XBRL document)'],
    ],
  );
  assert.equal(text.slice(exhibits[0].numberRange.start, exhibits[0].numberRange.end), '99.1');
  assert.equal(text.slice(exhibits[0].range.start, exhibits[0].range.end), '99.1\tPress release dated March 1, 2024.');
});

test('a column saying how each exhibit was filed is not part of its description', () => {
  const section = [
    'Item 9.01 Financial Statements and Exhibits.',
    'Exhibit\tDescription\tMethod of Filing',
    '10.1\tForm of 2023 Nonqualified Stock Option Award Agreement\tFiled herewith electronically',
    '104\tCover Page Interactive Data File (embedded within the Inline XBRL document)',
  ].join('\n');
  const text = COVER + section + SIGNATURES;
  const exhibits = findBody(plainView(text), {}).exhibits;
  assert.deepEqual(
    exhibits.map((e) => [e.number, e.description]),
    [
      ['10.1', 'Form of 2023 Nonqualified Stock Option Award Agreement'],
      ['104', 'Cover Page Interactive Data File (embedded within the Inline XBRL document)'],
    ],
  );
  assert.equal(text.slice(exhibits[0].range.start, exhibits[0].range.end), '10.1\tForm of 2023 Nonqualified Stock Option Award Agreement');
});

test('rows written in other ways', () => {
  assert.deepEqual(numbersOf('Item 9.01 Financial Statements and Exhibits\nExhibit\nNumber\nDescription\n10.1\nCredit Agreement dated March 1, 2024\n3.1\nAmended and Restated Bylaws\n'), ['10.1', '3.1']);
  assert.deepEqual(numbersOf('ITEM 9.01(d). Exhibits\nExhibit 99.1 Press Release Dated November 22, 2024\nExhibit 104 Cover Page Interactive Data File\n'), ['99.1', '104']);
  assert.deepEqual(numbersOf('Item 9.01. Financial Statements and Exhibits\n(c) Exhibit 99.1 – Joint Press Release dated March 29, 2021\n'), ['99.1']);
  assert.deepEqual(numbersOf('Item 9.01 Financial Statements and Exhibits\n2.1*\tMerger Agreement\n10.6+\tSupply Agreement\n99.1.\tText of press release\n'), ['2.1', '10.6', '99.1']);
  assert.deepEqual(numbersOf('Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n2\t.1\t\tStock Purchase Agreement\n99\t.7\t\tUnaudited pro forma statements\n'), ['2.1', '99.7']);
  assert.deepEqual(numbersOf('Item 9.01 Financial Statements and Exhibits\nEXHIBITS\nDesignation\nDescription\nExhibit 99\nNews release dated October 3, 2017\n'), ['99']);
  assert.deepEqual(numbersOf('Item 9.01 Financial Statements and Exhibits\n23.1 -\nConsent of the Independent Registered Public Accounting Firm\n'), ['23.1']);
  // All capitals, as many older filings are written.
  assert.deepEqual(
    numbersOf('ITEM 9.01 FINANCIAL STATEMENTS AND EXHIBITS\n(C) EXHIBIT 99.1 – JOINT PRESS RELEASE\n10.72(A)  AMENDED CREDIT AGREEMENT, FILED AS\nEXHIBIT 4 TO THE COMPANY\'S REPORT ON FORM 8-K\n'),
    ['99.1', '10.72(A)'],
  );
});

test('legacy Item 7 lists, undotted numbers where exhibits are being listed', () => {
  assert.deepEqual(
    numbersOf('Item 7.  Financial Statements and Exhibits\n\nThe following exhibit is being filed as part of this report:\n\n99  Press Release issued March 27, 1998\n'),
    ['99'],
  );
  assert.deepEqual(
    numbersOf('Item 7.  Exhibits.\n(a) It is impracticable to provide the financial statements.\n(c)      Exhibit\n         1.       Agreement and Plan of Reorganization and Merger\n'),
    ['1'],
  );
  assert.deepEqual(
    numbersOf('ITEM 7.  FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.\n          2.1      Agreement and Plan of Merger, dated as of October 15, 1993\n         99.1      Audited balance sheets\n'),
    ['2.1', '99.1'],
  );
});

test('not rows: page numbers, dates, amounts, figures, numbered notes, the item heading', () => {
  const section = [
    'Item 9.01 Financial Statements and Exhibits.',
    '(a) Financial statements of businesses acquired.',
    '1. Basis of Presentation',
    'The unaudited pro forma statements were prepared on the basis described below in detail.',
    '10.5 million shares were issued in the offering described above.',
    '12/31/2023 balance sheet data follow.',
    '2024\t2023',
    '3',
    'Table of Contents',
    '(d) Exhibits',
    '99.1\tPress release',
    '2',
  ].join('\n');
  assert.deepEqual(numbersOf(section), ['99.1']);
});

test('the exhibit index after the signatures wins over the Item 9.01 list', () => {
  const section = 'Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n10.5 Employment Agreement\n';
  const index = '\nEXHIBIT INDEX\n\nExhibit No.   Description\n10.5(a)   Employment Agreement\n10.5(b)   Amendment to Employment Agreement\n20  Other Documents or Statements to Security Holders\n';
  assert.deepEqual(numbersOf(section, index), ['10.5(a)', '10.5(b)', '20']);
  // An index that lists nothing leaves the Item 9.01 list.
  assert.deepEqual(numbersOf(section, '\nEXHIBIT INDEX\n\nNone.\n'), ['10.5']);
});

test('an exhibit pasted after the index does not add rows', () => {
  const section = 'Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n99.1 Press release\n';
  const after = '\nEXHIBIT INDEX\n99.1 Press release\n\nEXHIBIT 99.1\n' + 'The Company reported record results for its fiscal year and expects growth.\n'.repeat(30) + '1. Revenue grew.\n';
  assert.deepEqual(numbersOf(section, after), ['99.1']);
});

test('exhibits of an 8-K with no Item 9.01 heading come from its exhibit index', () => {
  assert.deepEqual(numbersOf('', '\nEXHIBIT INDEX\n\n99.1     Press Release\n'), ['99.1']);
  assert.deepEqual(numbersOf(''), []);
});

test('other forms: the list under their "Item N. Exhibits" heading, with any numbering', () => {
  const tenQ = [
    'FORM 10-Q',
    'QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934',
    'Item 6.\tExhibits\t21',
    'PART I — FINANCIAL INFORMATION',
    'Item 1. Financial Statements',
    'Net sales\t85,777\t81,797',
    'Item 6. Exhibits',
    '31.1*\tRule 13a-14(a) / 15d-14(a) Certification of Chief Executive Officer.',
    '101*\tInline XBRL Document Set',
    'Exhibit 10-E-1       Amendments to Deferred Compensation Plan',
    ' 10.A.15-  (1)        1993 Executive Restricted',
    ' 1                    Stock Plan',
    '  *5.     Opinion of Counsel.',
    '  **23(b).  Consent of Ernst & Young LLP.',
    '13\t—\t1999 Annual Report to Shareholders',
    'SIGNATURE',
    'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf.',
  ].join('\n');
  const result = findBody(plainView(tenQ), {});
  assert.deepEqual(result.items, []);
  assert.deepEqual(
    result.exhibits.map((e) => e.number),
    ['31.1', '101', '10-E-1', '10.A.15-1', '5', '23(b)', '13'],
  );
});

test('ranges of an HTML exhibit row point into the HTML source', () => {
  const html =
    '<html><body><p>FORM 8-K</p><p><b>Item 9.01 Financial Statements and Exhibits.</b></p><p>(d) Exhibits</p>' +
    '<table><tr><td>99.1</td><td>Press release dated May&#160;1, 2024</td></tr></table>' +
    '<p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.</p></body></html>';
  const { view } = htmlView(html);
  const [row] = findBody(view, {}).exhibits;
  assert.equal(row.number, '99.1');
  assert.match(row.description, /^Press release dated May[\s\u00a0]1, 2024$/);
  assert.equal(html.slice(row.numberRange.start, row.numberRange.end), '99.1');
});

// ------------------------------------------------------------------ corpus

interface Label {
  file: string;
  form: string;
  exhibits: string[];
  uncertain?: string[];
}

test('corpus: the exhibit numbers right on at least 95% of the labelled files', () => {
  const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Label[];
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const label of labels) {
    if (label.uncertain?.includes('exhibits')) continue;
    const model = analyzeFiling(fs.readFileSync(path.join(CORPUS, label.file), 'utf8'));
    const got = [...new Set(model.exhibits.map((e) => e.number))].sort().join(',');
    const want = [...new Set(label.exhibits)].sort().join(',');
    total++;
    if (got === want) right++;
    else misses.push(`${label.file}: got [${got}] want [${want}]`);
  }
  assert.ok(total > 60);
  assert.ok(right / total >= 0.95, `exhibits ${right}/${total}:\n${misses.join('\n')}`);
});

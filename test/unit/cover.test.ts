import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findCover, MAX_COVER } from '../../server/src/service/cover';
import { plainView } from '../../server/src/service/textView';
import { htmlView } from '../../server/src/service/html/htmlView';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';
import type { CoverPage, Located, SecHeader } from '../../server/src/service/model';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';

/** The cover of a plain text, searched up to its first "Item" heading. */
function coverOfText(text: string): CoverPage {
  const item = /^\s*item\s+\d/im.exec(text);
  const cover = findCover(plainView(text), item ? item.index : text.length, { facts: [] });
  assert.ok(cover, 'a cover is found');
  return cover;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source text under a located value, as printed. */
function printed(source: string, located: Located | undefined): string | undefined {
  return located && collapse(source.slice(located.range.start, located.range.end));
}

test('the seed: every cover field, each range pointing at the printed value', () => {
  const source = fs.readFileSync(path.join(CORPUS, SEED), 'utf8');
  const cover = coverOfText(source);
  assert.equal(cover.formType?.value, '8-K');
  assert.equal(cover.dateOfReport?.value, '2013-04-07');
  assert.equal(cover.dateOfReport?.raw, 'April 7, 2013');
  assert.equal(cover.registrant?.value, 'ImmunoGen, Inc.');
  assert.equal(cover.stateOfIncorporation?.raw, 'Massachusetts');
  assert.equal(cover.commissionFileNumber?.value, '0-17999');
  assert.equal(cover.irsEmployerId?.value, '04-2726691');
  assert.equal(cover.address?.raw, '830 Winter Street, Waltham, MA 02451');
  assert.equal(cover.telephone?.raw, '(781) 895-0600');
  for (const field of ['formType', 'dateOfReport', 'registrant', 'stateOfIncorporation', 'commissionFileNumber', 'irsEmployerId'] as const) {
    assert.equal(printed(source, cover[field]), cover[field]?.raw, field);
  }
  // The bold marks around the EIN are not part of it.
  assert.equal(source.slice(cover.irsEmployerId!.range.start - 2, cover.irsEmployerId!.range.start), '**');

  assert.deepEqual(
    cover.checkBoxes.map((b) => [b.rule, b.checked, source.slice(b.boxRange.start, b.boxRange.end)]),
    [
      ['425', false, 'o'],
      ['14a-12', false, 'o'],
      ['14d-2(b)', false, 'o'],
      ['13e-4(c)', false, 'o'],
    ],
  );
  assert.ok(source.slice(cover.checkBoxes[0].range.start, cover.checkBoxes[0].range.end).startsWith('Written communications'));
  assert.ok(source.slice(cover.range.start, cover.range.end).startsWith('UNITED STATES'));
});

test('the seed through the whole analysis gives the same cover', () => {
  const source = fs.readFileSync(path.join(CORPUS, SEED), 'utf8');
  const cover = analyzeFiling(source).cover;
  assert.equal(cover?.registrant?.raw, 'ImmunoGen, Inc.');
  assert.equal(cover?.dateOfReport?.value, '2013-04-07');
  assert.equal(cover?.checkBoxes.length, 4);
});

test('an HTML table: values row over a row of parenthesized captions, cells split by tabs', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'CURRENT REPORT',
      'Date of Report (Date of earliest event reported): March 1, 2023',
      'Nordstrom, Inc.',
      '(Exact name of registrant as specified in its charter)',
      'Washington\t001-15059\t91-0515058',
      '(State or other jurisdiction\t(Commission\t(IRS Employer',
      'of incorporation)\tFile Number)\tIdentification No.)',
      '1617 Sixth Avenue, Seattle, Washington 98101',
      '(Address of principal executive offices)',
      'Item 5.02 Departure of Directors',
    ].join('\n'),
  );
  assert.equal(cover.dateOfReport?.value, '2023-03-01');
  assert.equal(cover.registrant?.raw, 'Nordstrom, Inc.');
  assert.equal(cover.stateOfIncorporation?.raw, 'Washington');
  assert.equal(cover.commissionFileNumber?.raw, '001-15059');
  assert.equal(cover.irsEmployerId?.raw, '91-0515058');
  assert.equal(cover.address?.raw, '1617 Sixth Avenue, Seattle, Washington 98101');
});

test('stacked cells: each value and caption on a line of its own', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'Date of Report (Date of earliest event reported):',
      'June 12, 2019 (June 11, 2019)',
      'HORIZON FINANCIAL CORP.',
      '(Exact name of registrant as specified in its charter)',
      'Washington',
      '0-27062',
      '91-1695422',
      '(State or other jurisdiction',
      '(Commission',
      '(IRS Employer',
      'of incorporation)',
      'File Number)',
      'Identification No.)',
      '1500 Cornwall Avenue, Bellingham, Washington',
      '98225',
      '(Address of principal executive offices)',
    ].join('\n'),
  );
  assert.equal(cover.dateOfReport?.value, '2019-06-12');
  assert.equal(cover.registrant?.raw, 'HORIZON FINANCIAL CORP.');
  assert.equal(cover.stateOfIncorporation?.raw, 'Washington');
  assert.equal(cover.commissionFileNumber?.raw, '0-27062');
  assert.equal(cover.irsEmployerId?.raw, '91-1695422');
});

test('plain text columns: values lined up over two-line captions, in another order', () => {
  const text = [
    '                                 FORM 8-K',
    '',
    'Date of Report  (Date of earliest event reported)  January 10, 1997',
    '',
    '',
    'HOME HEALTH CORPORATION OF AMERICA, INC.',
    '(Exact name of registrant as specified in its charter)',
    '',
    '',
    'Pennsylvania                    23-2224800               0-26938',
    '(State or other juris-         (IRS Employer       (Commission File No.)',
    'diction of incorporation)    Identification No.)',
    '',
    '2200 Renaissance Boulevard',
    'Suite 300',
    'King of Prussia, PA                                 19406 ',
    '(Address of principal executive offices)          (Zip code)',
    '',
    "Registrant's telephone number, including area code: (610) 272-1717",
  ].join('\r\n');
  const cover = coverOfText(text);
  assert.equal(cover.dateOfReport?.value, '1997-01-10');
  assert.equal(cover.registrant?.raw, 'HOME HEALTH CORPORATION OF AMERICA, INC.');
  assert.equal(cover.stateOfIncorporation?.raw, 'Pennsylvania');
  assert.equal(cover.commissionFileNumber?.raw, '0-26938');
  assert.equal(cover.irsEmployerId?.raw, '23-2224800');
  assert.equal(cover.address?.raw, '2200 Renaissance Boulevard Suite 300 King of Prussia, PA 19406');
  assert.equal(cover.telephone?.raw, '(610) 272-1717');
  assert.equal(printed(text, cover.registrant), 'HOME HEALTH CORPORATION OF AMERICA, INC.');
});

test('captions above their values, without parentheses, and a date without a caption', () => {
  const cover = coverOfText(
    [
      '                                   FORM 8-K',
      '                                CURRENT REPORT',
      '',
      '                                March 22, 1994',
      '',
      '                             ZURN INDUSTRIES, INC.',
      '',
      '                                                                 IRS Employer',
      '    State of                      Commission                    Identification',
      '  Incorporation                   File Number                       Number',
      '  Pennsylvania                      1-5502                       25-1040754',
      '',
      '                                One Zurn Place',
      '                           Erie, Pennsylvania  16505',
    ].join('\n'),
  );
  assert.equal(cover.dateOfReport?.value, '1994-03-22');
  assert.equal(cover.stateOfIncorporation?.raw, 'Pennsylvania');
  assert.equal(cover.commissionFileNumber?.raw, '1-5502');
  assert.equal(cover.irsEmployerId?.raw, '25-1040754');
  // No "(Exact name ...)" caption: the SEC header's name finds the line that prints it.
  const header: SecHeader = {
    style: 'sec-header',
    range: { start: 0, end: 0 },
    fields: [],
    groups: [],
    itemInformation: [],
    companyName: { value: 'ZURN INDUSTRIES INC', raw: 'ZURN INDUSTRIES INC', range: { start: 0, end: 0 } },
  };
  const withHint = findCover(plainView('FORM 8-K\n\nZURN INDUSTRIES, INC.\n\nState of Incorporation: Pennsylvania\n'), 200, {
    facts: [],
    header,
  });
  assert.equal(withHint?.registrant?.raw, 'ZURN INDUSTRIES, INC.');
  assert.equal(withHint?.stateOfIncorporation?.raw, 'Pennsylvania');
});

test('captions with colons and the value after them; the date before its caption', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'April 7, 2013',
      '(Date of Report (Date of earliest event reported))',
      'Exact name of registrant as specified in its charter: Acme Widgets Corporation',
      'State or other jurisdiction of incorporation: DELAWARE',
      'Commission File No.: 333-123456',
      'I.R.S. Employer Identification Number: 52-1234567',
    ].join('\n'),
  );
  assert.equal(cover.dateOfReport?.value, '2013-04-07');
  assert.equal(cover.registrant?.raw, 'Acme Widgets Corporation');
  assert.equal(cover.stateOfIncorporation?.raw, 'DELAWARE');
  assert.equal(cover.stateOfIncorporation?.value, 'Delaware');
  assert.equal(cover.commissionFileNumber?.raw, '333-123456');
  assert.equal(cover.irsEmployerId?.raw, '52-1234567');
});

test('a combined filing of two registrants takes the first one', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'Date of Report (Date of earliest event reported): March 25, 2003',
      'Commission\tRegistrant, State of Incorporation,\tIRS Employer',
      'File Number\tAddress, and Telephone Number\tIdentification No.',
      '2-26720\tLouisville Gas and Electric Company\t61-0264150',
      '(A Kentucky Corporation)',
      '220 West Main Street',
      'Louisville, Ky. 40232',
      '(502) 627-2000',
      '1-3464\tKentucky Utilities Company\t61-0247570',
      '(A Kentucky and Virginia Corporation)',
    ].join('\n'),
  );
  assert.equal(cover.registrant?.raw, 'Louisville Gas and Electric Company');
  assert.equal(cover.stateOfIncorporation?.raw, 'Kentucky');
  assert.equal(cover.commissionFileNumber?.raw, '2-26720');
  assert.equal(cover.irsEmployerId?.raw, '61-0264150');
});

test('a cover flattened into one line', () => {
  const text =
    'UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 FORM 8-K CURRENT REPORT Pursuant to Section 13 or 15(d) ' +
    'of the Securities Exchange Act of 1934 Date of Report (Date of earliest event reported): March 15, 2026 ACME CORP ' +
    '(Exact name of registrant as specified in its charter) Delaware 001-12345 12-3456789 (State or other jurisdiction of incorporation) ' +
    '(Commission File Number) (IRS Employer Identification No.) 123 Main Street, New York, NY 10001 (Address of principal executive offices) ' +
    "(212) 555-0100 (Registrant's telephone number, including area code)";
  const cover = coverOfText(text);
  assert.equal(cover.formType?.value, '8-K');
  assert.equal(cover.dateOfReport?.value, '2026-03-15');
  assert.equal(cover.registrant?.raw, 'ACME CORP');
  assert.equal(cover.stateOfIncorporation?.raw, 'Delaware');
  assert.equal(cover.commissionFileNumber?.raw, '001-12345');
  assert.equal(cover.irsEmployerId?.raw, '12-3456789');
  assert.equal(cover.address?.raw, '123 Main Street, New York, NY 10001');
  assert.equal(cover.telephone?.raw, '(212) 555-0100');
});

test('foreign jurisdictions keep their printed article; an EIN printed "N/A" is no EIN', () => {
  const cover = (state: string, ein: string) =>
    coverOfText(
      [
        'FORM 8-K',
        'Date of Report (Date of earliest event reported): July 1, 2021',
        'Global Ship Lease, Inc.',
        '(Exact name of registrant as specified in its charter)',
        `${state}\t001-34153\t${ein}`,
        '(State or other jurisdiction of incorporation)\t(Commission File Number)\t(I.R.S. Employer Identification No.)',
      ].join('\n'),
    );
  const marshall = cover('Republic of the Marshall Islands', 'N/A');
  assert.equal(marshall.stateOfIncorporation?.raw, 'Republic of the Marshall Islands');
  assert.equal(marshall.stateOfIncorporation?.value, 'Marshall Islands');
  assert.equal(marshall.irsEmployerId, undefined);
  assert.equal(cover('The Netherlands', '98-1234567').stateOfIncorporation?.raw, 'The Netherlands');
  assert.equal(cover('British Columbia', '98-1234567').stateOfIncorporation?.value, 'British Columbia');
});

test('telephone numbers and zip codes are not file numbers', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'Acme Corp',
      '(Exact name of registrant as specified in its charter)',
      'Springdale, AR 72762-6999 (479) 290-4000',
      'Nevada\t12-3456789',
      '(State of incorporation)\t(IRS Employer Identification No.)',
    ].join('\n'),
  );
  assert.equal(cover.commissionFileNumber, undefined);
  assert.equal(cover.irsEmployerId?.raw, '12-3456789');
  assert.equal(cover.stateOfIncorporation?.raw, 'Nevada');
});

test('check boxes: checked and empty in every spelling', () => {
  const text = [
    'FORM 8-K',
    'Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation:',
    '[X]  Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)',
    '☐\tSoliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)',
    'ý Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))',
    '|_| Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))',
    'Indicate by check mark whether the registrant is an emerging growth company as defined in Rule 405 of the Securities Act of 1933.',
    'Emerging growth company\tþ',
    'If an emerging growth company, indicate by check mark if the registrant has elected not to use the extended transition',
    'period for complying with any new or revised financial accounting standards provided pursuant to Section 13(a) of the Exchange Act. o',
  ].join('\n');
  const cover = coverOfText(text);
  assert.deepEqual(
    cover.checkBoxes.map((b) => [b.rule, b.checked, text.slice(b.boxRange.start, b.boxRange.end)]),
    [
      ['425', true, '[X]'],
      ['14a-12', false, '☐'],
      ['14d-2(b)', true, 'ý'],
      ['13e-4(c)', false, '|_|'],
      ['emerging-growth', true, 'þ'],
      ['extended-transition', false, 'o'],
    ],
  );
  assert.equal(text.slice(cover.checkBoxes[4].range.start, cover.checkBoxes[4].range.end), 'Emerging growth company');
});

test('a box on the line above its caption (HTML cells of their own)', () => {
  const cover = coverOfText(
    ['FORM 8-K', 'x', 'Written communications pursuant to Rule 425 under the Securities Act', '¨', 'Soliciting material pursuant to Rule 14a-12'].join('\n'),
  );
  assert.deepEqual(
    cover.checkBoxes.map((b) => [b.rule, b.checked]),
    [
      ['425', true],
      ['14a-12', false],
    ],
  );
});

test('an HTML cover through the HTML view: entities, table cells, inline XBRL box', () => {
  const source = [
    '<html><body>',
    '<p align="center"><b>FORM 8-K/A</b></p>',
    '<p>Date of Report (Date of earliest event reported): April&nbsp;7,&nbsp;2013</p>',
    '<p><b>Acme Widgets, Inc.</b></p><p>(Exact name of registrant as specified in its charter)</p>',
    '<table><tr><td><p>Delaware</p></td><td>&nbsp;</td><td><p>001-12345</p></td><td><p>12-3456789</p></td></tr>',
    '<tr><td><p>(State or other jurisdiction</p><p>of incorporation)</p></td><td></td><td>(Commission File Number)</td>',
    '<td>(IRS Employer<br>Identification No.)</td></tr></table>',
    '<table><tr><td>&#9746;</td><td>Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)</td></tr>',
    '<tr><td>&#9744;</td><td>Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)</td></tr></table>',
    '<p>Securities registered pursuant to Section 12(b) of the Act:</p>',
    '<table><tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange on which registered</td></tr>',
    '<tr><td>Common Stock, $0.01 par value</td><td>ACME</td><td>New York Stock Exchange</td></tr></table>',
    '<p>Emerging growth company <ix:nonNumeric name="dei:EntityEmergingGrowthCompany" format="ixt:fixed-false">&#9744;</ix:nonNumeric></p>',
    '<p>Item 8.01 Other Events</p>',
    '</body></html>',
  ].join('\n');
  const { view, facts } = htmlView(source);
  const cover = findCover(view, view.text.indexOf('Item 8.01'), { facts });
  assert.ok(cover);
  assert.equal(cover.formType?.value, '8-K/A');
  assert.equal(cover.dateOfReport?.value, '2013-04-07');
  assert.equal(source.slice(cover.dateOfReport!.range.start, cover.dateOfReport!.range.end), 'April&nbsp;7,&nbsp;2013');
  assert.equal(printed(source, cover.registrant), 'Acme Widgets, Inc.');
  assert.equal(printed(source, cover.stateOfIncorporation), 'Delaware');
  assert.equal(printed(source, cover.commissionFileNumber), '001-12345');
  assert.equal(printed(source, cover.irsEmployerId), '12-3456789');
  assert.deepEqual(
    cover.checkBoxes.map((b) => [b.rule, b.checked, source.slice(b.boxRange.start, b.boxRange.end)]),
    [
      ['425', true, '&#9746;'],
      ['14a-12', false, '&#9744;'],
      ['emerging-growth', false, '&#9744;'],
    ],
  );
  assert.deepEqual(
    cover.securities12b.map((s) => [s.title, s.symbol, s.exchange]),
    [['Common Stock, $0.01 par value', 'ACME', 'New York Stock Exchange']],
  );
});

test('the Section 12(b) table in stacked cells, with notes and no symbol', () => {
  const cover = coverOfText(
    [
      'FORM 8-K',
      'Securities registered pursuant to Section 12(b) of the Act:',
      'Title of each class',
      'Trading',
      'Symbol(s)',
      'Name of each exchange on which registered',
      'Common Stock, par value $0.10 per share',
      'FDX',
      'New York Stock Exchange',
      '0.450% Notes due 2025',
      'FDX 25A',
      'New York Stock Exchange',
      '3.125% senior notes due July 2025\t—\tNew York Stock Exchange',
      'Indicate by check mark whether the registrant is an emerging growth company',
    ].join('\n'),
  );
  assert.deepEqual(
    cover.securities12b.map((s) => [s.title, s.symbol, s.exchange]),
    [
      ['Common Stock, par value $0.10 per share', 'FDX', 'New York Stock Exchange'],
      ['0.450% Notes due 2025', 'FDX 25A', 'New York Stock Exchange'],
      ['3.125% senior notes due July 2025', undefined, 'New York Stock Exchange'],
    ],
  );
});

test('form types: amendments, other forms, and running text that is no heading', () => {
  const form = (text: string) => findCover(plainView(text), text.length, { facts: [] })?.formType?.value;
  assert.equal(form('UNITED STATES\nAMENDMENT NO. 1 TO\nFORM 8-K\nCURRENT REPORT'), '8-K/A');
  assert.equal(form('FORM 8-K\n(Amendment No. 2)\nCURRENT REPORT'), '8-K/A');
  assert.equal(form('Form 10-Q/A\nAmendment No. 1 to'), '10-Q/A');
  assert.equal(form('                    FORM 10-K\n(Mark One)'), '10-K');
  assert.equal(form('FORM\n8-K'), '8-K');
  assert.equal(
    form('The company described its results in its Annual Report on Form 10-K for the fiscal year ended 2012 and in other filings.'),
    undefined,
  );
});

test('a document without a cover (a press release) has none', () => {
  const text =
    'Exhibit 99.1\nThe Buckle, Inc.\n2407 W. 24th St. Kearney, NE 68845\nphone: 308-236-8491\nFor Immediate Release: November 22, 2024\n' +
    'THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME\nKEARNEY, NE -- The Buckle, Inc. (NYSE: BKE) announced today that net income rose.';
  assert.equal(findCover(plainView(text), text.length, { facts: [] }), undefined);
});

test('only the first MAX_COVER characters are read when no item heading ends the cover', () => {
  const filler = 'Lorem ipsum dolor sit amet.\n'.repeat(Math.ceil(MAX_COVER / 28) + 10);
  const text = `FORM 8-K\n${filler}Delaware (State or other jurisdiction of incorporation)\n`;
  const cover = findCover(plainView(text), text.length, { facts: [] });
  assert.equal(cover?.formType?.value, '8-K');
  assert.equal(cover?.stateOfIncorporation, undefined);
});

// ------------------------------------------------------------------ corpus

interface Label {
  file: string;
  form: string;
  dateOfReport: string | null;
  registrant: string | null;
  stateOfIncorporation: string | null;
  commissionFileNumber: string | null;
  irsEmployerId: string | null;
  uncertain: string[];
}

const FIELDS = ['dateOfReport', 'registrant', 'stateOfIncorporation', 'commissionFileNumber', 'irsEmployerId'] as const;

test('corpus: each cover field is right on at least 95% of the 8-Ks', () => {
  const labels: Label[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8'));
  const right: Record<string, number> = {};
  const total: Record<string, number> = {};
  const misses: string[] = [];
  for (const label of labels) {
    if (!/^8-K/.test(label.form)) continue;
    const source = decodeFilingBytes(fs.readFileSync(path.join(CORPUS, label.file))).text;
    const cover = analyzeFiling(source).cover;
    for (const field of FIELDS) {
      if (label.uncertain.includes(field)) continue;
      const want = label[field] === null ? null : collapse(label[field]!);
      const located = cover?.[field];
      const got = located ? (field === 'dateOfReport' ? located.value : collapse(located.raw)) : null;
      total[field] = (total[field] ?? 0) + 1;
      if (got === want) right[field] = (right[field] ?? 0) + 1;
      else misses.push(`${label.file} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  for (const field of FIELDS) {
    assert.ok(total[field] > 50, `${field} is measured on the corpus`);
    const accuracy = (right[field] ?? 0) / total[field];
    assert.ok(accuracy >= 0.95, `${field}: ${(accuracy * 100).toFixed(1)}%\n${misses.join('\n')}`);
  }
});

test('an address under a caption that also names the telephone leaves the number out; the zip column does not repeat the zip', () => {
  const withPhone = coverOfText(
    [
      'FORM 8-K',
      'Date of Report (Date of earliest event reported): May 25, 1995',
      'WAL-MART STORES, INC.',
      '(Exact name of registrant as specified in its charter)',
      '',
      '                 702 S.W. Eighth St.',
      '             Bentonville, Arkansas 72716',
      '                   (501) 273-4000',
      '(Address, including Zip Code, and telephone number,',
      "including area code, of Registrant's principal executive offices)",
    ].join('\n'),
  );
  assert.equal(withPhone.address?.value, '702 S.W. Eighth St. Bentonville, Arkansas 72716');

  const source = [
    '<html><body><p>FORM 8-K</p>',
    '<p>Date of Report (Date of earliest event reported): December 1, 2023</p>',
    '<p>WORTHINGTON ENTERPRISES, INC.</p><p>(Exact name of registrant as specified in its charter)</p>',
    '<table><tr><td>200 West Old Wilson Bridge Road<br>Columbus, OH 43085</td><td>43085</td></tr>',
    '<tr><td>(Address of principal executive offices)</td><td>(Zip code)</td></tr></table>',
    '<p>Item 8.01 Other Events</p></body></html>',
  ].join('\n');
  const { view, facts } = htmlView(source);
  const cover = findCover(view, view.text.indexOf('Item 8.01'), { facts });
  assert.equal(cover?.address?.value, '200 West Old Wilson Bridge Road Columbus, OH 43085');
});

test('an address and telephone number cut into blocks by inline XBRL read as one line each', () => {
  const source = [
    '<html><body><p>FORM 8-K</p>',
    '<p>Date of Report (Date of earliest event reported): May 1, 2023</p>',
    '<p>NEXPOINT CAPITAL, INC.</p><p>(Exact name of Registrant as Specified in Its Charter)</p>',
    '<div>300 Crescent Court</div><div>,</div><div>Suite 700</div><div>Dallas</div><div>,</div><div>Texas</div><div>75201</div>',
    '<p>(Address of Principal Executive Offices)(Zip Code)</p>',
    '<p>Registrant’s telephone number, including area code: (</p><div>972</div><div>)</div><div>934-4700</div>',
    '<p>Item 8.01 Other Events</p></body></html>',
  ].join('\n');
  const { view, facts } = htmlView(source);
  const cover = findCover(view, view.text.indexOf('Item 8.01'), { facts });
  assert.equal(cover?.address?.value, '300 Crescent Court, Suite 700 Dallas, Texas 75201');
  assert.equal(cover?.telephone?.value, '(972) 934-4700');
  assert.equal(source.slice(cover!.telephone!.range.start, cover!.telephone!.range.end), '(</p><div>972</div><div>)</div><div>934-4700');
});

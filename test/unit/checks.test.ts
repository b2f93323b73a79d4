import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiling } from '../../server/src/service/analyze';
import { decodeFilingBytes } from '../../server/src/service/decode';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const read = (name: string) => decodeFilingBytes(fs.readFileSync(path.join(corpus, name))).text;
const seedText = read('seed_8-K_2013_immunogen_bay94-9343.txt');
const codes = (text: string) => analyzeFiling(text).diagnostics.map((d) => d.code);

test('the seed as filed has no problems', () => {
  assert.deepEqual(analyzeFiling(seedText).diagnostics, []);
});

test('an EIN without its dash is an error with the fix in its data', () => {
  const text = seedText.replace('**04-2726691**', '**042726691**');
  const d = analyzeFiling(text).diagnostics.find((x) => x.code === 'ein-format');
  assert.ok(d, 'no ein-format diagnostic');
  assert.equal(d.severity, 'error');
  assert.equal(text.slice(d.range.start, d.range.end), '042726691');
  assert.equal(d.data?.replacement, '04-2726691');
});

test('an EIN with a prefix the IRS does not assign is a warning', () => {
  const d = analyzeFiling(seedText.replace('04-2726691', '07-2726691')).diagnostics.find((x) => x.code === 'ein-prefix');
  assert.ok(d);
  assert.match(d.message, /07/);
});

test('an unknown item number, a repeated item and a wrong title are reported on the heading', () => {
  const text = seedText.replace('ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 7.09 — REGULATION FD DISCLOSURE');
  assert.ok(codes(text).includes('unknown-item'));
  const retitled = seedText.replace('ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 7.01 — FAIR DISCLOSURE');
  const d = analyzeFiling(retitled).diagnostics.find((x) => x.code === 'item-title');
  assert.ok(d);
  assert.equal(retitled.slice(d.range.start, d.range.end), 'FAIR DISCLOSURE');
  assert.equal(d.data?.officialTitle, 'Regulation FD Disclosure');
  assert.equal(d.message, 'The heading says “FAIR DISCLOSURE”; the official title of Item 7.01 is “Regulation FD Disclosure”.');
});

test('a filing without signatures is told so', () => {
  const cut = seedText.slice(0, seedText.indexOf('SIGNATURES'));
  assert.ok(codes(cut).includes('no-signatures'));
});

test('a missing cover field is named', () => {
  const text = seedText.replace('0-17999 (Commission File Number)', '(Commission File Number)');
  const d = analyzeFiling(text).diagnostics.find((x) => x.code === 'missing-cover-field');
  assert.ok(d);
  assert.match(d.message, /Commission File Number/);
});

test('header and cover disagreeing is reported (a 1994 submission whose file numbers differ)', () => {
  const model = analyzeFiling(read('edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt'));
  const d = model.diagnostics.find((x) => x.code === 'header-mismatch');
  assert.ok(d);
  assert.match(d.message, /001-08911.*0-9334/);
});

test('CONFORMED PERIOD OF REPORT against the Date of Report', () => {
  const model = analyzeFiling(read('edgarcrawler_8-K_fullsub_1001258_8K_2004_0001125282-04-000379.txt'));
  assert.ok(model.diagnostics.some((d) => d.code === 'header-mismatch' && /2004-02-10.*2004-02-11/.test(d.message)));
});

test('a late filing is flagged against the four-business-day deadline', () => {
  // Dated 28 January 1994, filed 7 February: legacy filings ran on other clocks.
  const legacy = analyzeFiling(read('edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt'));
  assert.ok(!legacy.diagnostics.some((d) => d.code === 'late-filing'));
  const modern = read('edgartools_8-K_fullsub_2024_1895bancorp_0000943374-24-000509.txt');
  const onTime = analyzeFiling(modern);
  assert.ok(!onTime.diagnostics.some((d) => d.code === 'late-filing'));
  const filed = onTime.header?.filedAsOf?.value;
  assert.ok(filed);
  const late = modern.replace(/FILED AS OF DATE:(\s+)(\d{8})/, (_m, ws) => `FILED AS OF DATE:${ws}20250101`);
  assert.ok(analyzeFiling(late).diagnostics.some((d) => d.code === 'late-filing'));
});

test('no false alarms about exhibits on the corpus: listed exhibits are found among the documents', () => {
  for (const name of fs.readdirSync(corpus)) {
    if (!/\.(txt|nc|htm|html)$/.test(name)) continue;
    const model = analyzeFiling(read(name));
    const exhibitCodes = model.diagnostics.filter((d) => d.code.startsWith('exhibit-'));
    assert.deepEqual(exhibitCodes.map((d) => d.message), [], name);
  }
});

test('negatives (10-K, 10-Q, proxy) get no 8-K diagnostics', () => {
  const model = analyzeFiling(read('secedgar_NEG_10-K_fullsub_1994_apple_0000320193-94-000016.txt'));
  assert.equal(model.form, '10-K');
  assert.deepEqual(model.diagnostics, []);
});

test('a CIK that is not a number of at most ten digits is an error', () => {
  const text = read('edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt').replace('CENTRAL INDEX KEY:\t\t\t0000100240', 'CENTRAL INDEX KEY:\t\t\t00001002X0');
  const d = analyzeFiling(text).diagnostics.find((x) => x.code === 'cik-format');
  assert.ok(d);
  assert.equal(d.severity, 'error');
  assert.equal(text.slice(d.range.start, d.range.end), '00001002X0');
});

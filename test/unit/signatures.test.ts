/**
 * The signature block: its heading (or paragraph), the date wherever the
 * block puts it, the signer and the signer's title; and the corpus target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBody } from '../../server/src/service/body';
import { plainView } from '../../server/src/service/textView';
import { analyzeFiling } from '../../server/src/service/analyze';
import type { Signatures } from '../../server/src/service/model';

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/corpus');
const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';

const BODY = [
  'FORM 8-K',
  'CURRENT REPORT',
  '',
  'Item 8.01 Other Events',
  'On March 1, 2024, the Company announced a matter in a press release dated February 28, 2024.',
  '',
].join('\n');

const PURSUANT =
  'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.';

function signaturesOf(block: string): { text: string; sig: Signatures } {
  const text = BODY + block;
  const sig = findBody(plainView(text), {}).signatures;
  assert.ok(sig, 'a signature block expected');
  return { text, sig };
}

function slice(text: string, r: { start: number; end: number } | undefined): string {
  assert.ok(r, 'range expected');
  return text.slice(r.start, r.end);
}

test('seed: date 2013-04-08, signer Gregory D. Perry and his title', () => {
  const text = fs.readFileSync(path.join(CORPUS, SEED), 'utf8');
  const sig = findBody(plainView(text), {}).signatures;
  assert.ok(sig);
  assert.equal(slice(text, sig.headingRange), 'SIGNATURES');
  assert.equal(sig.date?.value, '2013-04-08');
  assert.equal(slice(text, sig.date?.range), 'April 8, 2013');
  assert.equal(sig.signer?.value, 'Gregory D. Perry');
  assert.equal(slice(text, sig.signer?.range), 'Gregory D. Perry');
  assert.equal(sig.title?.value, 'Executive Vice President and Chief Financial Officer');
  assert.equal(sig.range.start, sig.headingRange.start);
  assert.equal(sig.range.end, text.trimEnd().length);
  assert.equal(analyzeFiling(text).signatures?.date?.value, '2013-04-08');
});

test('"Date:" and "Dated:" labels, before or after the signer', () => {
  const before = signaturesOf(`SIGNATURES\n${PURSUANT}\nACME CORP.\nDated: June 6, 2000          By: /s/ Philip T. Colton\n                                  Name: Philip T. Colton\n                                  Title: Senior Vice President\n`);
  assert.equal(before.sig.date?.value, '2000-06-06');
  assert.equal(before.sig.signer?.value, 'Philip T. Colton');
  assert.equal(before.sig.title?.value, 'Senior Vice President');

  const after = signaturesOf(`SIGNATURE\n${PURSUANT}\nACME CORP.\nBy:\n/s/ Daniel D. Tempesta\nDaniel D. Tempesta\nExecutive Vice President and Chief Financial Officer\nDate: August 14, 2019\n`);
  assert.equal(after.sig.date?.value, '2019-08-14');
  assert.equal(after.sig.signer?.value, 'Daniel D. Tempesta');
  assert.equal(after.sig.title?.value, 'Executive Vice President and Chief Financial Officer');
});

test('a title set over several lines is read whole; a blank line, a date or a parenthesis ends it', () => {
  const three = signaturesOf(`SIGNATURES\n${PURSUANT}\nACME CORP.\n/s/ Ann Munson Steines\nAnn Munson Steines\nVice President,\nGeneral Counsel and\nCorporate Secretary\nDate: March 6, 2023\n`);
  assert.equal(three.sig.title?.value, 'Vice President, General Counsel and Corporate Secretary');
  assert.equal(slice(three.text, three.sig.title?.range), 'Vice President,\nGeneral Counsel and\nCorporate Secretary');
  assert.equal(three.sig.date?.value, '2023-03-06');

  const label = signaturesOf(`SIGNATURES\n${PURSUANT}\nACME CORP.\nBy: /s/ Philip T. Colton\nName: Philip T. Colton\nTitle: Senior Vice President and\nChief Financial Officer\n`);
  assert.equal(label.sig.title?.value, 'Senior Vice President and Chief Financial Officer');

  for (const after of ['\nDate: March 6, 2023', '(Principal Financial Officer)', '\nSome other line', 'EXHIBIT INDEX', '2']) {
    const cut = signaturesOf(`SIGNATURES\n${PURSUANT}\nACME CORP.\n/s/ Ann Munson Steines\nAnn Munson Steines\nChief Legal Officer,\n${after}\n`);
    assert.equal(cut.sig.title?.value, 'Chief Legal Officer,', JSON.stringify(after));
  }
});

test('the date on the line after its label, alone on a line, or in a table cell', () => {
  assert.equal(signaturesOf(`SIGNATURE\n${PURSUANT}\nDate:\nJune 12, 2019\nBy:\n/s/ Jane Roe\n`).sig.date?.value, '2019-06-12');
  assert.equal(signaturesOf(`SIGNATURES\n${PURSUANT}\nNETAPP, INC.\nFebruary 4, 2021\nBy:\n/s/ Jane Roe\n`).sig.date?.value, '2021-02-04');
  assert.equal(signaturesOf(`SIGNATURE\n${PURSUANT}\nABVC BioPharma, Inc.\nApril 15, 2025\tBy:\t/s/ Uttam Patil\nUttam Patil\nChief Executive Officer\n`).sig.date?.value, '2025-04-15');
  const plain = signaturesOf(
    `                SIGNATURES\n\n${PURSUANT}\n\n                         ZURN INDUSTRIES, INC.\n\nMarch 22, 1994                                  /s/ W.A. Freeman\n                                                William A. Freeman\n                                                President\n`,
  );
  assert.equal(plain.sig.date?.value, '1994-03-22');
  assert.equal(plain.sig.signer?.value, 'W.A. Freeman');
});

test('a date only in the paragraph: "on May 25, 1995", "this 8th day of January, 2025"', () => {
  assert.equal(
    signaturesOf(`SIGNATURES\n${PURSUANT.replace('authorized.', 'authorized, in the City of New York, on May 25, 1995.')}\nBy: /s/ Steven L. Sinn\n`).sig.date?.value,
    '1995-05-25',
  );
  const dayOf = signaturesOf(`SIGNATURES\n${PURSUANT.replace('authorized.', 'authorized on this 8th day of January, 2025.')}\nBy:\t/s/ Tracy S. Clifford\nName:\tTracy S. Clifford\nTitle:\tChief Financial Officer\n`);
  assert.equal(dayOf.sig.date?.value, '2025-01-08');
  assert.equal(slice(dayOf.text, dayOf.sig.date?.range), '8th day of January, 2025');
  assert.equal(dayOf.sig.title?.value, 'Chief Financial Officer');
});

test('a date in the body before the signatures is not the signature date', () => {
  const { sig } = signaturesOf(`SIGNATURES\n${PURSUANT}\nBy: /s/ Jane Roe\nJane Roe, Secretary\n`);
  assert.equal(sig.date, undefined);
});

test('an exhibit pasted after an undated block does not lend it a date', () => {
  const pasted = '\nExhibit 99.1\nFOR IMMEDIATE RELEASE\nMarch 22, 1994\nACME CORP. REPORTS RESULTS\n';
  const { sig } = signaturesOf(`SIGNATURES\n${PURSUANT}\nACME CORP.\nBy: /s/ Jane Roe\nJane Roe\nPresident\n${pasted}`);
  assert.equal(sig.date, undefined);
  assert.equal(sig.title?.value, 'President');
  const afterTitle = '\n' + 'The Company reported record results for its fiscal year.\n'.repeat(12) + 'March 22, 1994\n';
  assert.equal(signaturesOf(`SIGNATURES\n${PURSUANT}\nBy: /s/ Jane Roe\nPresident\n${afterTitle}`).sig.date, undefined);
});

test('no heading: the "Pursuant to the requirements ..." paragraph starts the block', () => {
  const block = `${PURSUANT}\nPREMIER FINANCIAL BANCORP, INC.\n(Registrant)\n/s/ Brien M. Chase\nDate: March 30, 2021\tBrien M. Chase, Senior Vice President\n`;
  const { text, sig } = signaturesOf(block);
  assert.equal(sig.headingRange.start, text.indexOf('Pursuant to the requirements'));
  assert.equal(sig.headingRange.end, sig.headingRange.start);
  assert.equal(sig.date?.value, '2021-03-30');
  assert.equal(sig.signer?.value, 'Brien M. Chase');
});

test('a signer without /s/: the name after "By:" or on the line below it', () => {
  const below = signaturesOf(`SIGNATURE\n${PURSUANT}\nDate: November 26, 2004                      By:\n     -------------------                        --------------\n                                             Mitchell Cohen\n                                             Chief Financial Officer\n`);
  assert.equal(below.sig.signer?.value, 'Mitchell Cohen');
  assert.equal(below.sig.title?.value, 'Chief Financial Officer');
  assert.equal(below.sig.date?.value, '2004-11-26');
});

test('a "SIGNATURES" entry in a table of contents is not the block; a block after the items is', () => {
  const text = [
    'FORM 8-K',
    'TABLE OF CONTENTS',
    'Item 8.01 Other Events',
    'SIGNATURES',
    'EXHIBIT INDEX',
    '',
    'Item 8.01 Other Events',
    'On May 1, 2024 the Company announced a matter of general interest to its shareholders.',
    'SIGNATURES',
    PURSUANT,
    'Date: May 2, 2024',
    'By: /s/ Jane Roe',
  ].join('\n');
  const sig = findBody(plainView(text), {}).signatures;
  assert.ok(sig);
  assert.equal(sig.headingRange.start, text.lastIndexOf('SIGNATURES'));
  assert.equal(sig.date?.value, '2024-05-02');
});

test('running text that mentions the Exchange Act is not a signature paragraph', () => {
  const text = BODY + 'Pursuant to the requirements of the Securities Exchange Act of 1934, the Company files reports.\n';
  assert.equal(findBody(plainView(text), {}).signatures, undefined);
});

test('no block at all', () => {
  assert.equal(findBody(plainView(BODY), {}).signatures, undefined);
  assert.equal(findBody(plainView(''), {}).signatures, undefined);
});

// ------------------------------------------------------------------ corpus

interface Label {
  file: string;
  form: string;
  signatureDate?: string | null;
  uncertain?: string[];
}

test('corpus: the signature date right on at least 95% of the labelled files', () => {
  const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Label[];
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const label of labels) {
    if (label.uncertain?.includes('signatureDate')) continue;
    const model = analyzeFiling(fs.readFileSync(path.join(CORPUS, label.file), 'utf8'));
    const got = model.signatures?.date?.value ?? null;
    const want = label.signatureDate ?? null;
    total++;
    if (got === want) right++;
    else misses.push(`${label.file}: got ${got} want ${want}`);
  }
  assert.ok(total > 60);
  assert.ok(right / total >= 0.95, `signature dates ${right}/${total}:\n${misses.join('\n')}`);
});

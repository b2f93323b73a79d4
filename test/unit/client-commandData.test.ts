// What the commands compute before they touch the editor: cover JSON, EDGAR
// links, item headings to insert, the header/cover comparison, the status bar
// text, and when to give up restarting the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverData, coverJson } from '../../client/src/coverJson';
import { deadlineStatus, itemDeadlineText } from '../../client/src/deadlineText';
import { companyUrl, edgarLinks, filingFolderUrl, identifierAt } from '../../client/src/edgarLinks';
import { startsFullSubmission } from '../../client/src/filingDetection';
import { headerComparison } from '../../client/src/headerComparison';
import { headingChoices, headingInsertion, headingLine, schemeOf } from '../../client/src/itemHeadings';
import { CrashPolicy } from '../../client/src/restartPolicy';
import { statusContent } from '../../client/src/statusText';
import type { SummaryDeadline } from '../../server/src/protocol';
import { APPLE_2019, SEED, check, corpusText, edited, summaryOfCorpus, summaryOfText } from './client-fixtures';

import { analyzeFiling } from '../../server/src/service/analyze';

const NVIDIA_2026 = 'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt';

const TBS_1994 = 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt';

// ---------------------------------------------------------------- cover JSON

test('cover JSON: normalized cover fields, check boxes, securities, header values and items', () => {
  const data = coverData(summaryOfCorpus(APPLE_2019));
  assert.equal(data.form, '8-K');
  assert.equal(data.registrant, 'Apple Inc.');
  assert.equal(data.cover.dateOfReport, '2019-11-07');
  assert.equal(data.cover.irsEmployerId, '94-2404110');
  assert.equal(data.checkBoxes['emerging-growth'], false);
  assert.deepEqual(data.securities12b[0], { title: 'Common Stock, $0.00001 par value per share', symbol: 'AAPL', exchange: 'The Nasdaq Stock Market LLC' });
  assert.equal(data.header.accessionNumber, '0001193125-19-292676');
  assert.equal(data.header.cik, '0000320193');
  assert.deepEqual(data.items, [
    { number: '8.01', title: 'Other Events' },
    { number: '9.01', title: 'Financial Statements and Exhibits' },
  ]);
  const json = coverJson(summaryOfCorpus(APPLE_2019));
  assert.deepEqual(JSON.parse(json), data);
  assert.match(json, /^\{\n {2}"form": "8-K",/);
});

test('cover JSON of a filing without header: an empty header object', () => {
  const data = coverData(summaryOfCorpus(SEED));
  assert.deepEqual(data.header, {});
  assert.equal(data.cover.commissionFileNumber, '0-17999');
});

// ----------------------------------------------------------------- EDGAR links

test('EDGAR addresses: company page by CIK, archive folder by CIK and accession number', () => {
  assert.equal(companyUrl('320193'), 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193');
  assert.equal(filingFolderUrl('0000320193', '000119312519292676'), 'https://www.sec.gov/Archives/edgar/data/320193/000119312519292676/');
});

test('links of a full submission: its folder, then its company page', () => {
  const links = edgarLinks(summaryOfCorpus(APPLE_2019));
  assert.deepEqual(links.map((l) => [l.kind, l.url]), [
    ['filing', 'https://www.sec.gov/Archives/edgar/data/320193/000119312519292676/'],
    ['company', 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193'],
  ]);
  assert.equal(links[0].label, 'Filing 0001193125-19-292676 in the EDGAR archives');
  assert.equal(links[1].label, 'Company page of Apple Inc.');
});

test('the identifier at the cursor comes first; a filing without header has only that', () => {
  const line = 'ACCESSION NUMBER:\t\t0001193125-19-000001 and CIK 0000320193.';
  assert.deepEqual(identifierAt(line, 25), { kind: 'accession', digits: '000119312519000001' });
  assert.deepEqual(identifierAt(line, line.indexOf('0000320193') + 10), { kind: 'cik', digits: '0000320193' });
  assert.equal(identifierAt(line, 3), undefined);
  assert.equal(identifierAt('phone 800-555-1212', 8), undefined);
  const apple = edgarLinks(summaryOfCorpus(APPLE_2019), { kind: 'accession', digits: '000119312519000001' });
  assert.equal(apple[0].url, 'https://www.sec.gov/Archives/edgar/data/320193/000119312519000001/');
  assert.equal(apple.length, 3);
  assert.deepEqual(edgarLinks(summaryOfCorpus(SEED)), []);
  // An accession number alone does not name the folder (the filer's CIK is part of the path).
  assert.deepEqual(edgarLinks(summaryOfCorpus(SEED), { kind: 'accession', digits: '000119312519000001' }), []);
  const byCik = edgarLinks(summaryOfCorpus(SEED), { kind: 'cik', digits: '0000855654' });
  assert.deepEqual(byCik.map((l) => l.url), ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000855654']);
});

test('links never carry filing text: a hostile registrant stays in the label only', () => {
  const summary = summaryOfCorpus(APPLE_2019);
  summary.registrant = 'x"><script>&CIK=1';
  for (const link of edgarLinks(summary)) assert.match(link.url, /^https:\/\/www\.sec\.gov\/[\w/?=&.-]+$/);
});

// --------------------------------------------------------------- item headings

test('item headings: current numbering for a 2013 filing, legacy for 1994, items added later left out', () => {
  const seed = summaryOfCorpus(SEED);
  assert.equal(schemeOf(seed), 'current');
  const choices = headingChoices(seed);
  assert.ok(choices.some((c) => c.number === '1.04'), 'mine safety, in force since 2010');
  assert.ok(!choices.some((c) => c.number === '1.05'), 'cybersecurity came in December 2023');
  const fd = choices.find((c) => c.number === '7.01');
  assert.ok(fd);
  assert.equal(fd.present, true);
  assert.equal(fd.detail, 'Regulation FD · furnished');
  const old = summaryOfCorpus(TBS_1994);
  assert.equal(schemeOf(old), 'legacy');
  assert.deepEqual(headingChoices(old).map((c) => c.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  assert.equal(schemeOf(undefined), 'current');
  assert.ok(headingChoices(undefined).some((c) => c.number === '1.05'));
});

test('heading text: "Item 7.01 Title." or "Item 5. Title."; a paragraph in HTML, escaped', () => {
  assert.equal(headingLine({ number: '7.01', title: 'Regulation FD Disclosure', scheme: 'current' }), 'Item 7.01 Regulation FD Disclosure.');
  assert.equal(headingLine({ number: '5', title: 'Other Events', scheme: 'legacy' }), 'Item 5. Other Events.');
  const choice = { number: '4.01', title: 'Changes in Registrant’s Certifying Accountant & <Co>', scheme: 'current' as const };
  assert.equal(headingInsertion(choice, 'text', ''), 'Item 4.01 Changes in Registrant’s Certifying Accountant & <Co>.\n');
  assert.equal(headingInsertion(choice, 'html', '   '), '<p><b>Item 4.01 Changes in Registrant’s Certifying Accountant &amp; &lt;Co&gt;.</b></p>\n');
  assert.equal(headingInsertion(choice, 'text', 'some text', '\r\n'), '\r\nItem 4.01 Changes in Registrant’s Certifying Accountant & <Co>.\r\n');
});

// ------------------------------------------------------- header against cover

test('header against cover (Apple 2019): written differently, the same facts', () => {
  const rows = headerComparison(summaryOfCorpus(APPLE_2019));
  const byWhat = Object.fromEntries(rows.map((r) => [r.what, r]));
  assert.equal(byWhat['Company name'].verdict, 'same');
  assert.equal(byWhat['State of incorporation'].verdict, 'same', 'CA and California');
  assert.equal(byWhat['State of incorporation'].header?.text, 'CA');
  assert.equal(byWhat['State of incorporation'].cover?.text, 'California');
  assert.equal(byWhat['IRS Employer Identification No.'].verdict, 'same', '942404110 and 94-2404110');
  assert.equal(byWhat['Date of Report'].verdict, 'same');
  assert.equal(byWhat['Items (ITEM INFORMATION / body)'].verdict, 'same');
  assert.equal(byWhat['Items (ITEM INFORMATION / body)'].header?.text, '8.01 (Other Events); 9.01 (Financial Statements and Exhibits)');
  assert.equal(byWhat['Items (ITEM INFORMATION / body)'].cover?.text, '8.01, 9.01');
});

test('header against cover: a different file number, with the server’s check beside it', () => {
  const summary = summaryOfText(edited(corpusText(APPLE_2019), 'SEC FILE NUMBER:\t001-36743', 'SEC FILE NUMBER:\t001-99999'));
  const cover = summary.cover?.fields.find((f) => f.key === 'commissionFileNumber');
  assert.ok(cover);
  summary.checks = [check('header-mismatch', 'warning', cover.range, 'Commission File Number: they differ.')];
  const row = headerComparison(summary).find((r) => r.what === 'Commission File Number');
  assert.ok(row);
  assert.equal(row.verdict, 'different');
  assert.deepEqual(row.checks, ['Commission File Number: they differ.']);
  assert.deepEqual(headerComparison(summaryOfCorpus(SEED)), [], 'no header, nothing to compare');
});

// ------------------------------------------------------------ status and deadline

const DEADLINE: SummaryDeadline = {
  eventDate: '2019-11-07',
  dueDate: '2019-11-14',
  filedOn: '2019-11-15',
  signedOn: null,
  late: true,
  applies: true,
  amendment: false,
  businessDays: [],
  skipped: [],
};

test('deadline words: late, on time, pending, not applicable, none', () => {
  assert.deepEqual(deadlineStatus(DEADLINE), {
    level: 'late',
    short: 'late (due 2019-11-14)',
    long: 'Filed 2019-11-15, after the deadline of 2019-11-14, four business days after the event on 2019-11-07.',
  });
  assert.equal(deadlineStatus({ ...DEADLINE, late: false })?.short, 'on time (due 2019-11-14)');
  assert.equal(deadlineStatus({ ...DEADLINE, late: null, filedOn: null })?.short, 'due 2019-11-14');
  assert.equal(deadlineStatus({ ...DEADLINE, applies: false })?.level, 'not-applicable');
  assert.equal(deadlineStatus({ ...DEADLINE, applies: false, amendment: true })?.short, 'amendment: no 4-day deadline');
  assert.equal(deadlineStatus(null), undefined);
  const items = summaryOfCorpus(APPLE_2019).items;
  assert.equal(itemDeadlineText(items[0], DEADLINE), 'none (voluntary)');
  assert.equal(itemDeadlineText(items[1], DEADLINE), 'with the item it supports');
  assert.equal(itemDeadlineText({ ...items[0], deadlineRule: 'four-business-days' }, DEADLINE), '4 business days: due 2019-11-14');
});

test('status bar: form, item count, deadline; hidden for no filing', () => {
  const seed = statusContent(summaryOfCorpus(SEED));
  assert.ok(seed);
  assert.equal(seed.text, '$(file-text) 8-K · 1 item · no 4-day deadline');
  assert.match(seed.tooltip, /^8-K — ImmunoGen, Inc\.\nDate of Report: 2013-04-07\nItems: 7\.01\n/);
  const late = summaryOfCorpus(APPLE_2019);
  late.deadline = DEADLINE;
  assert.equal(statusContent(late)?.text, '$(file-text) 8-K · 2 items · $(warning) late (due 2019-11-14)');
  assert.equal(statusContent(late)?.deadline, 'late');
  const odd = summaryOfCorpus(SEED);
  odd.form = '8-K $(zap)<b>';
  assert.match(statusContent(odd)?.text ?? '', /^\$\(file-text\) 8-K zapb · /, 'no icon syntax from the filing');
  assert.equal(statusContent(summaryOfText('just words\n')), undefined);
  assert.equal(statusContent(undefined), undefined);
});

test('an 8-K/A filed weeks after the event is not late: an amendment runs on the clock of what it adds', () => {
  const amended = edited(
    edited(edited(corpusText(NVIDIA_2026), 'CONFORMED SUBMISSION TYPE:\t8-K', 'CONFORMED SUBMISSION TYPE:\t8-K/A'), 'FILED AS OF DATE:\t\t20260225', 'FILED AS OF DATE:\t\t20260415'),
    /<TYPE>8-K\n/,
    '<TYPE>8-K/A\n',
  );
  const summary = summaryOfText(amended);
  assert.equal(summary.form, '8-K/A');
  assert.equal(summary.deadline?.amendment, true);
  assert.equal(summary.deadline?.applies, false);
  assert.equal(statusContent(summary)?.text, '$(file-text) 8-K/A · 2 items · amendment: no 4-day deadline');
  assert.deepEqual(analyzeFiling(amended).diagnostics.filter((d) => d.code === 'late-filing'), []);
  // The same filing as an 8-K is late.
  const lateText = edited(corpusText(NVIDIA_2026), 'FILED AS OF DATE:\t\t20260225', 'FILED AS OF DATE:\t\t20260415');
  assert.equal(summaryOfText(lateText).deadline?.late, true);
  assert.ok(analyzeFiling(lateText).diagnostics.some((d) => d.code === 'late-filing'));
});

test('a report of 1997 (before the four-day rule of August 2004) has no deadline, so the status bar says nothing of one', () => {
  const old = summaryOfCorpus('edgarcrawler_8-K_fullsub_1000685_8K_1997_0001000685-97-000006.txt');
  assert.equal(old.deadline, null);
  assert.equal(statusContent(old)?.text, '$(file-text) 8-K · 2 items');
});

// -------------------------------------------------------------- crash policy

test('the server is restarted until it dies too often, then the user is told once', () => {
  let now = 0;
  const policy = new CrashPolicy(3, 60_000, () => now);
  for (let i = 0; i < 3; i++) assert.deepEqual(policy.closed(), { restart: true, tellUser: false });
  assert.deepEqual(policy.closed(), { restart: false, tellUser: true });
  policy.reset();
  for (let i = 0; i < 3; i++) assert.deepEqual(policy.closed(), { restart: true, tellUser: false });
  assert.deepEqual(policy.closed(), { restart: false, tellUser: false }, 'told once already');
  // Crashes far apart are each restarted.
  const spaced = new CrashPolicy(3, 60_000, () => now);
  for (let i = 0; i < 10; i++) {
    now += 61_000;
    assert.equal(spaced.closed().restart, true);
  }
});

// ------------------------------------------------------------------ detection

test('full submissions are recognized by their first line', () => {
  assert.equal(startsFullSubmission('<SEC-DOCUMENT>0001193125-19-292676.txt : 20191115'), true);
  assert.equal(startsFullSubmission('<IMS-DOCUMENT>0000950144-94-000277.txt : 19940301'), true);
  assert.equal(startsFullSubmission('-----BEGIN PRIVACY-ENHANCED MESSAGE-----'), true);
  assert.equal(startsFullSubmission('\uFEFF<SEC-DOCUMENT>x'), true);
  assert.equal(startsFullSubmission('UNITED STATES SECURITIES AND EXCHANGE COMMISSION'), false);
  assert.equal(startsFullSubmission(' <SEC-DOCUMENT>'), false);
  assert.equal(startsFullSubmission(corpusText(TBS_1994).split('\n')[0]), true);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { provideHover } from '../../server/src/features/hover';
import type { FeatureContext } from '../../server/src/features/context';
import { APPLE_2019, SEED, contextOf, corpusText, edited, positionOf, textOf } from '../support/featureFixtures';

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover is shown');
  return (hover.contents as MarkupContent).value;
}

function hoverAt(ctx: FeatureContext, needle: string, delta = 1): Hover | null {
  return provideHover(ctx, positionOf(ctx, needle, delta));
}

test('seed: the ITEM 7.01 heading (line 39) gives the official title, furnished, and the Regulation FD timing', () => {
  const ctx = contextOf(corpusText(SEED));
  const hover = provideHover(ctx, { line: 38, character: 2 });
  const md = markdown(hover);
  assert.match(md, /Item 7\.01 Regulation FD Disclosure/);
  assert.match(md, /Section 7: Regulation FD/);
  assert.match(md, /\*\*Furnished\*\*, not filed/);
  assert.match(md, /Regulation FD Rule 100\(a\)/);
  assert.match(textOf(ctx, hover!.range!), /^ITEM 7\.01 . REGULATION FD DISCLOSURE$/);
});

test('seed: the EIN names its IRS campus', () => {
  const ctx = contextOf(corpusText(SEED));
  const hover = hoverAt(ctx, '04-2726691');
  const md = markdown(hover);
  assert.match(md, /Brookhaven/);
  assert.match(md, /NN-NNNNNNN/);
  assert.equal(textOf(ctx, hover!.range!), '04-2726691');
});

test('seed: the Date of Report gives the deadline, the skipped Sunday and the signature date against it', () => {
  const ctx = contextOf(corpusText(SEED));
  const hover = hoverAt(ctx, 'April 7, 2013');
  const md = markdown(hover);
  assert.equal(textOf(ctx, hover!.range!), 'April 7, 2013');
  assert.match(md, /Date of Report\*\* Sunday 7 April 2013/);
  // Item 7.01 alone does not run on the four-day clock: the hover says so first, then counts the days.
  assert.match(md, /No four-business-day deadline\*\*: four business days after the event would end Thursday 11 April 2013/);
  assert.match(md, /- Item 7\.01: Timing follows Regulation FD/);
  assert.doesNotMatch(md, /Due Thursday/);
  assert.match(md, /fell on a Sunday/);
  assert.match(md, /Mon 8 Apr 2013, Tue 9 Apr 2013, Wed 10 Apr 2013, Thu 11 Apr 2013/);
  assert.match(md, /Signed Monday 8 April 2013: within the four days/);
});

test('seed: a date signed after the due date is reported late, in business days', () => {
  const text = edited(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 8.01 — OTHER EVENTS\n\nITEM 5.02 — DEPARTURE OF DIRECTORS'), 'Date: April 8, 2013', 'Date: April 15, 2013');
  const ctx = contextOf(text);
  const md = markdown(hoverAt(ctx, 'April 15, 2013'));
  assert.match(md, /Date signed\*\* Monday 15 April 2013/);
  assert.match(md, /Signed Monday 15 April 2013: \*\*after the deadline\*\* \(2 business days late\)/);
});

test('seed: rule citations, check boxes and the file number explain themselves', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.match(markdown(hoverAt(ctx, '17 CFR 240.14a-12', 3)), /Rule 14a-12: solicitation before furnishing a proxy statement/);
  const box = markdown(hoverAt(ctx, 'o Soliciting material', 0));
  assert.match(box, /Rule 14a-12\*\* \(not checked\)/);
  assert.match(box, /Checking it means: The report is also soliciting material/);
  assert.match(markdown(hoverAt(ctx, '0-17999')), /Section 12\(g\)/);
});

test('seed: plain prose has no hover', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.equal(hoverAt(ctx, 'first clinical data', 3), null);
});

test('full submission: CIK, accession number, header keys, SGML tags and the acceptance time', () => {
  const ctx = contextOf(corpusText(APPLE_2019));
  const cik = markdown(hoverAt(ctx, '0000320193'));
  assert.match(cik, /CIK 0000320193/);
  assert.match(cik, /Apple Inc\\\./);
  assert.ok(cik.includes('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193'));

  const accession = markdown(hoverAt(ctx, '0001193125-19-292676\n'));
  assert.match(accession, /CIK 0001193125/);
  assert.match(accession, /Year: 2019/);
  assert.match(accession, /Sequence: 292676/);
  assert.ok(accession.includes('https://www.sec.gov/Archives/edgar/data/320193/000119312519292676/'));

  assert.match(markdown(hoverAt(ctx, 'CENTRAL INDEX KEY')), /Central Index Key/);
  assert.match(markdown(hoverAt(ctx, 'FILER:', 1)), /A company the submission is filed for/);
  assert.match(markdown(hoverAt(ctx, '<FILENAME>', 2)), /file name the document was submitted under/);

  const accepted = markdown(hoverAt(ctx, '20191115060224'));
  assert.match(accepted, /Accepted by EDGAR\*\* Friday 15 November 2019, 06:02:24/);
  // Items 8.01 and 9.01 alone: the four days are counted for reference, not as a deadline.
  assert.match(accepted, /four business days after the event would end Thursday 14 November 2019/);
  assert.match(accepted, /Accepted Friday 15 November 2019, 06:02:24 Eastern: after the four days\./);
  // A holiday in the count is named.
  assert.match(accepted, /Mon 11 Nov 2019 \(Veterans Day\)/);
});

test('full submission: the EIN as the header writes it, and an ITEM INFORMATION line', () => {
  const ctx = contextOf(corpusText(APPLE_2019));
  const ein = markdown(hoverAt(ctx, '942404110'));
  assert.match(ein, /EIN 94\\-2404110/);
  assert.match(ein, /nine digits, as the SEC header does/);
  assert.match(ein, /Memphis/);
  const item = markdown(hoverAt(ctx, 'Financial Statements and Exhibits\n'));
  assert.match(item, /Item 9\.01 Financial Statements and Exhibits/);
  assert.match(item, /has a heading for this item/);
});

test('legacy item: the heading names its counterpart in today’s form', () => {
  const ctx = contextOf(corpusText('secedgar_8-K_fullsub_1999_apple_0000320193-99-000010.txt'));
  const md = markdown(hoverAt(ctx, 'Item 5.'));
  assert.match(md, /Item 5 Other Events/);
  assert.match(md, /before Monday 23 August 2004/);
  assert.match(md, /Today’s counterpart: Item 8\.01 Other Events \(filed\)/);
  // The four-day rule did not exist in 1999: the Date of Report hover says so instead of a date.
  const date = markdown(hoverAt(ctx, 'September 3, 1999'));
  assert.match(date, /applies to events since Monday 23 August 2004/);
  assert.doesNotMatch(date, /Due /);
});

test('an invalid EIN prefix is explained', () => {
  const ctx = contextOf(edited(corpusText(SEED), '04-2726691', '07-2726691'));
  assert.match(markdown(hoverAt(ctx, '07-2726691')), /Prefix 07 is not one the IRS assigns: \*\*not a valid EIN\*\*/);
});

test('filing text in a hover is escaped: a heading cannot inject links or markup', () => {
  const text = edited(corpusText(SEED), 'REGULATION FD DISCLOSURE', 'Regulation [click](command:workbench.action.quit) <img src=x> **FD**');
  const ctx = contextOf(text);
  const md = markdown(hoverAt(ctx, 'ITEM 7.01'));
  assert.match(md, /The heading reads/);
  assert.ok(!md.includes('[click](command:'), md);
  assert.doesNotMatch(md, /(^|[^\\])<img/);
  assert.ok(md.includes('\\[click\\]\\(command\\:workbench\\.action\\.quit\\)'), md);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provideDocumentLinks } from '../../server/src/features/links';
import { APPLE_2019, SEED, contextOf, corpusText, textOf } from '../support/featureFixtures';

const URI = 'file:///filings/apple.txt';

test('full submission: the CIK links to the EDGAR company page, the accession number to the filing folder', () => {
  const ctx = contextOf(corpusText(APPLE_2019), URI);
  const links = provideDocumentLinks(ctx);
  const cik = links.filter((l) => textOf(ctx, l.range) === '0000320193');
  assert.ok(cik.length >= 1);
  for (const l of cik) assert.equal(l.target, 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193');
  const accession = links.find((l) => textOf(ctx, l.range) === '0001193125-19-292676');
  assert.equal(accession?.target, 'https://www.sec.gov/Archives/edgar/data/320193/000119312519292676/');
});

test('full submission: an exhibit list entry and a file name lead to the exhibit’s document', () => {
  const ctx = contextOf(corpusText(APPLE_2019), URI);
  const links = provideDocumentLinks(ctx);
  const lineOf = (target: string | undefined) => {
    const m = /^file:\/\/\/filings\/apple\.txt#L(\d+)$/.exec(target ?? '');
    assert.ok(m, `a line link: ${target}`);
    return Number(m[1]) - 1;
  };
  const lineText = (line: number) => ctx.text.slice(ctx.lines.lineStart(line), ctx.lines.lineStart(line + 1) - 1);

  const entry = links.find((l) => textOf(ctx, l.range) === '4.1');
  assert.ok(entry, 'exhibit 4.1 of the list is a link');
  const line = lineOf(entry.target);
  assert.equal(lineText(line), '<DOCUMENT>');
  assert.equal(lineText(line + 1), '<TYPE>EX-4.1');

  // The main document names the exhibit's file in its HTML (href="d828969dex41.htm").
  const main = ctx.model.documents[ctx.model.mainDocumentIndex];
  const mention = links.find((l) => {
    const offset = ctx.lines.offset(l.range.start.line, l.range.start.character);
    return textOf(ctx, l.range) === 'd828969dex41.htm' && offset < main.range.end;
  });
  assert.equal(mention?.target, entry.target);

  // The <FILENAME> of a document leads into its content.
  const own = links.find((l) => textOf(ctx, l.range) === 'd828969dex41.htm' && lineText(l.range.start.line).startsWith('<FILENAME>'));
  assert.equal(lineText(lineOf(own?.target)), '<TEXT>');
});

test('rule citations link to the eCFR', () => {
  const ctx = contextOf(corpusText(SEED));
  const rule = provideDocumentLinks(ctx).find((l) => textOf(ctx, l.range) === '17 CFR 240.14d-2(b)');
  assert.equal(rule?.target, 'https://www.ecfr.gov/current/title-17/section-240.14d-2');
});

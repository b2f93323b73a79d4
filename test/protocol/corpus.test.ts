// Corpus filings in each format EDGAR used, opened the way VS Code opens
// them: a 1994 full submission, an HTML 8-K, an inline XBRL 8-K, and 10-Ks
// as negatives (filings, but not 8-Ks: no items, no 8-K checks).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, MarkupContent, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { LspClient, corpusPath, fileUri, readCorpus } from '../support/lspClient';
import { decodeTokens, textOf } from '../support/lspText';

const TURNER_1994 = 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt';
const DISNEY_HTML = 'edgarcrawler_8-K_htm_1001039_8K_2017_0000950157-17-001598.htm';
const AFC_IXBRL = 'edgartools_8-K_ixbrl_afcgamma_item7.01.html';
const APPLE_10K = 'secedgar_NEG_10-K_fullsub_1994_apple_0000320193-94-000016.txt';
const MEDICIS_10K_HTML = 'edgartools_NEG_10-K_htm_1999_0000950153-99-001234.html';

let client: LspClient;
let legend: SemanticTokensLegend;

before(async () => {
  client = await LspClient.start();
  legend = client.initializeResult.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
});

after(async () => {
  assert.deepEqual(client.loggedErrors, []);
  await client.stop();
});

async function open(name: string, languageId: string): Promise<{ uri: string; text: string }> {
  const uri = fileUri(corpusPath(name));
  const text = readCorpus(name);
  await client.open(uri, text, languageId);
  return { uri, text };
}

async function hoverText(uri: string, position: { line: number; character: number }): Promise<string> {
  const hover = await client.hover(uri, position);
  return hover ? (hover.contents as MarkupContent).value : '';
}

test('1994 full submission: header with fields and groups, the 8-K document holding cover, legacy items, signatures, exhibits', async () => {
  const { uri, text } = await open(TURNER_1994, 'edgar-filing');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['SEC Header', '8-K'],
  );
  const [header, document] = symbols;
  const accession = header.children?.find((c) => c.name === 'ACCESSION NUMBER');
  assert.equal(accession?.detail, '0000950144-94-000277');
  assert.equal(textOf(text, accession!.selectionRange), 'ACCESSION NUMBER');
  const filer = header.children?.find((c) => c.name === 'FILER');
  assert.ok(filer?.children?.some((c) => c.name === 'COMPANY DATA'));

  assert.equal(textOf(text, document.selectionRange), '8-K');
  assert.deepEqual(
    document.children?.map((c) => c.name),
    [
      'Cover Page',
      'Item 2 Acquisition or Disposition of Assets',
      'Item 7 Financial Statements, Pro Forma Financial Information and Exhibits',
      'Signatures',
      'Exhibits',
    ],
  );
  const item2 = document.children![1];
  assert.equal(item2.selectionRange.start.line, 103);
  assert.match(textOf(text, item2.selectionRange), /^ITEM 2\.\s+ACQUISITION OR DISPOSITION OF ASSETS/);
  assert.equal(item2.detail, 'numbering before August 2004');

  const folds = (await client.foldingRanges(uri)) ?? [];
  assert.deepEqual(folds[0], { startLine: 11, endLine: 57, kind: 'imports', collapsedText: 'SEC Header' });
  assert.ok(folds.some((f) => f.startLine === 103 && f.collapsedText === 'Item 2 Acquisition or Disposition of Assets'));

  const report = await client.diagnostics(uri);
  assert.equal(report.kind, 'full');
  const items = report.kind === 'full' ? report.items : [];
  // The header's file number and the cover's disagree; the diagnostic points at the cover's.
  const mismatch = items.find((d) => d.code === 'header-mismatch');
  assert.ok(mismatch);
  assert.deepEqual([mismatch.range.start.line, mismatch.severity, textOf(text, mismatch.range)], [90, 2, '0-9334']);
  const known = new Set(
    (await client.request<{ code: string }[]>('edgarFilings/diagnosticCodes', undefined)).map((c) => c.code),
  );
  for (const d of items) {
    assert.equal(d.source, 'edgar-filings');
    assert.ok(known.has(String(d.code)), `${d.code} is a catalogued code`);
  }

  assert.match(await hoverText(uri, item2.selectionRange.start), /Acquisition or Disposition of Assets/);

  const summary = await client.filingSummary(uri);
  assert.equal(summary?.kind, 'full-submission');
  assert.equal(summary?.header?.values.find((v) => v.key === 'accessionNumber')?.value, '0000950144-94-000277');
  assert.deepEqual(
    summary?.documents.map((d) => [d.type, d.isMain]),
    [['8-K', true]],
  );
  assert.deepEqual(
    summary?.items.map((i) => [i.number, i.scheme, i.officialTitle]),
    [
      ['2', 'legacy', 'Acquisition or Disposition of Assets'],
      ['7', 'legacy', 'Financial Statements, Pro Forma Financial Information and Exhibits'],
    ],
  );
  assert.deepEqual(
    summary?.exhibits.map((e) => [e.number, e.documentIndex]),
    [
      ['2.1', null],
      ['99.1', null],
      ['99.2', null],
      ['99.3', null],
    ],
  );
  assert.ok((summary?.checks[0]?.explanation ?? '').length > 0);
});

test('HTML 8-K opened as html is sniffed as a filing: items, hovers and tokens on the visible text', async () => {
  const { uri, text } = await open(DISNEY_HTML, 'html');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  const body = symbols[0].children ?? [];
  assert.deepEqual(
    body.filter((s) => s.name.startsWith('Item')).map((s) => s.name.slice(0, 9)),
    ['Item 1.01', 'Item 5.02', 'Item 5.03', 'Item 8.01', 'Item 9.01'],
  );
  const item101 = body.find((s) => s.name === 'Item 1.01 Entry into a Material Definitive Agreement');
  assert.ok(item101);
  assert.match(await hoverText(uri, item101.selectionRange.start), /Entry into a Material Definitive Agreement/);

  const tokens = decodeTokens((await client.semanticTokens(uri))?.data ?? [], legend, text);
  assert.ok(tokens.length > 0);
  for (const t of tokens) assert.doesNotMatch(t.text, /[<>]/, `token ${JSON.stringify(t.text)} covers markup`);
  assert.ok(tokens.some((t) => t.type === 'keyword' && /1\.01/.test(t.text)));

  const report = await client.diagnostics(uri);
  assert.deepEqual(report.kind === 'full' ? report.items : null, []);
});

test('inline XBRL 8-K: items in order, the exhibit list inside Item 9.01, Item 7.01 hover', async () => {
  const { uri } = await open(AFC_IXBRL, 'html');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name.slice(0, 20)),
    ['Cover Page', 'Item 5.02 Departure ', 'Item 7.01 Regulation', 'Item 9.01 Financial ', 'Signatures'],
  );
  const item901 = symbols[3];
  assert.deepEqual(
    item901.children?.map((c) => [c.name, c.children?.map((e) => e.name)]),
    [['Exhibits', ['Exhibit 99.1']]],
  );
  const item701 = symbols[2];
  assert.equal(item701.name, 'Item 7.01 Regulation FD Disclosure');
  assert.match(await hoverText(uri, item701.selectionRange.start), /Regulation FD Disclosure/);

  const summary = await client.filingSummary(uri);
  assert.equal(summary?.kind, 'html');
  assert.deepEqual(
    summary?.cover?.securities12b.map((s) => s.symbol),
    ['AFCG'],
  );
  assert.equal(summary?.cover?.checkBoxes.find((b) => b.rule === 'emerging-growth')?.checked, true);
});

test('a 10-K full submission is served (header, documents) but has no items and no 8-K checks', async () => {
  const { uri } = await open(APPLE_10K, 'edgar-filing');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['SEC Header', '10-K', 'EX-10', 'EX-11', 'EX-21', 'EX-27'],
  );
  assert.ok(!JSON.stringify(symbols).includes('"Item '), 'no items');
  const report = await client.diagnostics(uri);
  assert.deepEqual(report.kind === 'full' ? report.items : null, []);
  const summary = await client.filingSummary(uri);
  assert.equal(summary?.form, '10-K');
  assert.deepEqual(summary?.items, []);
  assert.equal(summary?.documents.length, 5);
});

test('an HTML 10-K is a filing too, with a cover and no items or checks', async () => {
  const { uri } = await open(MEDICIS_10K_HTML, 'html');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  assert.equal(symbols[0].name, 'Cover Page');
  assert.ok(!symbols.some((s) => s.name.startsWith('Item')));
  const report = await client.diagnostics(uri);
  assert.deepEqual(report.kind === 'full' ? report.items : null, []);
});

test('.nc dissemination file with bare CR line ends: positions count lines the way LSP clients do', async () => {
  const { uri, text } = await open('edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc', 'edgar-filing');
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  const header = symbols[0];
  const accession = header.children?.find((c) => c.name === 'ACCESSION-NUMBER');
  assert.ok(accession);
  assert.equal(accession.selectionRange.start.line, 1);
  assert.equal(textOf(text, accession.selectionRange), 'ACCESSION-NUMBER');
  const main = symbols.find((s) => s.name === '8-K');
  assert.ok(main);
  assert.equal(textOf(text, main.selectionRange), '8-K');
  for (const item of (main.children ?? []).filter((s) => s.name.startsWith('Item'))) {
    assert.match(textOf(text, item.selectionRange), /Item/i);
  }
});

// The seed 8-K (ImmunoGen, April 2013: one Item 7.01 in plain text) through
// every feature, checked for what a user would see.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, MarkupContent, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { LspClient, corpusPath, fileUri, readCorpus, waitFor } from '../support/lspClient';
import { decodeTokens, find, textOf } from '../support/lspText';

const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const uri = fileUri(corpusPath(SEED));
const text = readCorpus(SEED);
let client: LspClient;

before(async () => {
  client = await LspClient.start();
  // VS Code opens a .txt file as plain text: the server must find out it is a filing.
  await client.open(uri, text, 'plaintext');
});

after(async () => {
  assert.deepEqual(client.loggedErrors, []);
  await client.stop();
});

test('the server tells the client it serves the seed', async () => {
  await waitFor(() => client.statuses.length > 0, 5000, 'documentStatus');
  assert.deepEqual(client.statuses, [{ uri, version: 1, served: true, tooLarge: false }]);
});

test('the outline has the cover, "Item 7.01 Regulation FD Disclosure" on line 39 and the signatures', async () => {
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['Cover Page', 'Item 7.01 Regulation FD Disclosure', 'Signatures'],
  );
  const item = symbols[1];
  assert.equal(item.range.start.line, 38);
  assert.equal(item.selectionRange.start.line, 38);
  assert.equal(item.selectionRange.end.line, 38);
  assert.match(textOf(text, item.selectionRange), /^ITEM 7\.01 — REGULATION FD DISCLOSURE/);
  assert.equal(item.detail, 'furnished, not filed');
  assert.ok(item.range.end.line >= 46 && item.range.end.line < 50, 'the section ends before the signatures');

  const cover = symbols[0];
  const fields = new Map((cover.children ?? []).map((c) => [c.name, c]));
  assert.equal(fields.get('Registrant')?.detail, 'ImmunoGen, Inc.');
  assert.equal(fields.get('Date of Report')?.detail, 'April 7, 2013');
  assert.equal(fields.get('IRS Employer Identification No.')?.detail, '04-2726691');
  assert.equal(textOf(text, fields.get('Commission File Number')!.selectionRange), '0-17999');

  const signatures = symbols[2];
  assert.equal(textOf(text, signatures.selectionRange), 'SIGNATURES');
  assert.ok(signatures.children?.some((c) => c.name === 'Signed by' && c.detail === 'Gregory D. Perry'));

  for (const s of flatten(symbols)) {
    assert.ok(within(s.selectionRange, s.range), `${s.name}: selection inside range`);
    assert.ok(s.name.length > 0);
  }
});

test('folding ranges: the cover, the item section and the signatures', async () => {
  const folds = (await client.foldingRanges(uri)) ?? [];
  assert.deepEqual(
    folds.map((f) => [f.startLine, f.collapsedText]),
    [
      [0, 'Cover Page'],
      [38, 'Item 7.01 Regulation FD Disclosure'],
      [50, 'Signatures'],
    ],
  );
  for (const f of folds) assert.ok(f.endLine > f.startLine);
});

test('pull diagnostics: a full report with a resultId, then "unchanged" for the same version', async () => {
  const first = await client.diagnostics(uri);
  assert.equal(first.kind, 'full');
  assert.ok(first.resultId);
  // The seed is a clean filing.
  assert.deepEqual(first.kind === 'full' ? first.items : null, []);
  const second = await client.diagnostics(uri, first.resultId);
  assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
});

test('hover on the item heading names the item, its section and that it is furnished', async () => {
  const hover = await client.hover(uri, { line: 38, character: 6 });
  assert.ok(hover);
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /Regulation FD Disclosure/);
  assert.match(value, /[Ff]urnished/);
  assert.equal(hover.range?.start.line, 38);
});

test('hover on the EIN explains it', async () => {
  const hover = await client.hover(uri, find(text, '04-2726691'));
  assert.match((hover?.contents as MarkupContent).value, /EIN/);
});

test('semantic tokens decode to the item number, its title and the cover values', async () => {
  const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
  const full = await client.semanticTokens(uri);
  assert.ok(full?.resultId);
  const tokens = decodeTokens(full.data, legend, text);
  const on38 = tokens.filter((t) => t.line === 38);
  assert.equal(on38.length, 2);
  assert.equal(on38[0].type, 'keyword');
  assert.match(on38[0].text, /^(ITEM )?7\.01$/);
  assert.ok(on38[0].modifiers.includes('declaration'));
  assert.deepEqual([on38[1].type, on38[1].text], ['type', 'REGULATION FD DISCLOSURE']);
  assert.ok(tokens.some((t) => t.text === 'April 7, 2013' && t.line === 10));
  assert.ok(tokens.some((t) => t.text === '04-2726691' && t.type === 'number'));
  assert.ok(tokens.some((t) => t.text === '0-17999' && t.type === 'number'));

  // A range request gives the same tokens for its lines.
  const ranged = await client.semanticTokensRange(uri, { start: { line: 38, character: 0 }, end: { line: 39, character: 0 } });
  assert.deepEqual(
    decodeTokens(ranged?.data ?? [], legend, text).map((t) => [t.line, t.character, t.text]),
    on38.map((t) => [t.line, t.character, t.text]),
  );

  // Nothing changed: the delta has no edits.
  const delta = await client.semanticTokensDelta(uri, full.resultId);
  assert.ok(delta && 'edits' in delta);
  assert.deepEqual(delta.edits, []);
});

test('document highlights mark the item number', async () => {
  const highlights = (await client.highlights(uri, { line: 38, character: 6 })) ?? [];
  assert.ok(highlights.some((h) => /7\.01$/.test(textOf(text, h.range))));
});

test('the inlay hint after the Date of Report: Item 7.01 alone has no 4-day deadline; the tooltip counts the four days', async () => {
  const hints = (await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 70, character: 0 } })) ?? [];
  const deadline = hints.find((h) => h.position.line === 10);
  assert.ok(deadline);
  assert.equal(deadline.label, 'no 4-day deadline');
  assert.match(JSON.stringify(deadline.tooltip), /would end Thursday 11 April 2013/);
});

test('document links point the rule citations at the eCFR', async () => {
  const links = (await client.documentLinks(uri)) ?? [];
  const rule425 = links.find((l) => textOf(text, l.range) === '17 CFR 230.425');
  assert.match(rule425?.target ?? '', /^https:\/\/www\.ecfr\.gov\/.*230\.425/);
});

test('completion after "Item 7." offers Item 7.01 with its title', async () => {
  const edited = 'untitled:completion.txt';
  const lines = text.split('\n');
  lines.splice(48, 0, 'Item 7.');
  await client.open(edited, lines.join('\n'), 'edgar-filing');
  const result = (await client.completion(edited, { line: 48, character: 7 })) ?? [];
  const items = Array.isArray(result) ? result : result.items;
  assert.ok(items.some((i) => /7\.01/.test(i.label) && /Regulation FD Disclosure/.test(`${i.label} ${i.detail ?? ''}`)));
  await client.close(edited);
});

test('the filing summary has what the client views show', async () => {
  const summary = await client.filingSummary(uri);
  assert.ok(summary);
  assert.equal(summary.kind, 'text');
  assert.equal(summary.form, '8-K');
  assert.equal(summary.registrant, 'ImmunoGen, Inc.');
  assert.equal(summary.dateOfReport, '2013-04-07');
  assert.equal(summary.items.length, 1);
  const [item] = summary.items;
  assert.equal(item.label, 'Item 7.01 Regulation FD Disclosure');
  assert.equal(item.officialTitle, 'Regulation FD Disclosure');
  assert.equal(item.section, 'Section 7 – Regulation FD');
  assert.equal(item.furnished, true);
  assert.equal(item.deadlineRule, 'regulation-fd');
  assert.equal(item.headingRange.start.line, 38);
  assert.equal(summary.deadline?.dueDate, '2013-04-11');
  assert.equal(summary.deadline?.applies, false);
  const cover = new Map(summary.cover?.fields.map((f) => [f.key, f]));
  for (const key of ['formType', 'dateOfReport', 'registrant', 'stateOfIncorporation', 'commissionFileNumber', 'irsEmployerId', 'telephone']) {
    assert.ok(cover.has(key), key);
  }
  assert.deepEqual([cover.get('dateOfReport')?.value, cover.get('dateOfReport')?.raw], ['2013-04-07', 'April 7, 2013']);
  assert.equal(textOf(text, cover.get('irsEmployerId')!.range), '04-2726691');
  assert.equal(summary.cover?.checkBoxes.length, 4);
  assert.deepEqual(
    summary.signatures?.fields.map((f) => [f.key, f.value]),
    [
      ['signer', 'Gregory D. Perry'],
      ['title', 'Executive Vice President and Chief Financial Officer'],
      ['date', '2013-04-08'],
    ],
  );
  assert.deepEqual(summary.checks, []);
  assert.equal(summary.header, null);
  assert.deepEqual(summary.documents, []);
});

test('the diagnostic codes request lists every code with its explanation', async () => {
  const codes = await client.request<{ code: string; severity: string; explanation: string }[]>('edgarFilings/diagnosticCodes', undefined);
  const ein = codes.find((c) => c.code === 'ein-format');
  assert.equal(ein?.severity, 'error');
  assert.ok(ein?.explanation.length);
});

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function within(inner: { start: Pos; end: Pos }, outer: { start: Pos; end: Pos }): boolean {
  return cmp(inner.start, outer.start) >= 0 && cmp(inner.end, outer.end) <= 0;
}

type Pos = { line: number; character: number };
function cmp(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

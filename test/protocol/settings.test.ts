// Settings: severities per code, the size limit for full analysis, and the
// behaviour for clients without pull diagnostics or hierarchical symbols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { LspClient, VSCODE_LIKE_CAPABILITIES, corpusPath, fileUri, readCorpus, waitFor } from '../support/lspClient';

const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const TURNER_1994 = 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt';
const brokenSeed = readCorpus(SEED).replace('04-2726691', '042726691').replace('REGULATION FD DISCLOSURE', 'REG FD DISCLOSURE');

function refreshCount(client: LspClient): number {
  return client.serverRequests.filter((r) => r === 'workspace/diagnostic/refresh').length;
}

test('edgarFilings.diagnostics.severity changes a code’s severity or turns it off', async () => {
  const client = await LspClient.start({ settings: { diagnostics: { severity: { 'ein-format': 'hint', 'item-title': 'off' } } } });
  try {
    const uri = 'untitled:broken.txt';
    await client.open(uri, brokenSeed, 'plaintext');
    const report = await client.diagnostics(uri);
    const items = report.kind === 'full' ? report.items : [];
    assert.deepEqual(
      items.map((d) => [d.code, d.severity]),
      [['ein-format', 4]],
    );

    // Changed settings: the server pulls them, asks for a refresh, and the old resultId no longer holds.
    const refreshes = refreshCount(client);
    await client.changeSettings({ diagnostics: { severity: { 'ein-format': 'warning' } } });
    await waitFor(() => refreshCount(client) > refreshes, 5000, 'diagnostic refresh');
    const again = await client.diagnostics(uri, report.resultId);
    assert.equal(again.kind, 'full');
    assert.deepEqual(
      again.kind === 'full' ? again.items.map((d) => [d.code, d.severity]) : [],
      [
        ['ein-format', 2],
        ['item-title', 3],
      ],
    );
    const codes = await client.request<{ code: string; severity: string }[]>('edgarFilings/diagnosticCodes', undefined);
    assert.equal(codes.find((c) => c.code === 'ein-format')?.severity, 'warning');
  } finally {
    client.kill();
  }
});

test('above edgarFilings.maxFileSize: said once, and only the header and documents are served', async () => {
  // 0.005 MB is about 5,200 characters: the 10 KB Turner submission is above it.
  const client = await LspClient.start({ settings: { maxFileSize: 0.005 } });
  try {
    const uri = fileUri(corpusPath(TURNER_1994));
    const text = readCorpus(TURNER_1994);
    await client.open(uri, text, 'edgar-filing');
    await waitFor(() => client.messages.length > 0, 5000, 'showMessage');
    assert.equal(client.messages.length, 1);
    assert.equal(client.messages[0].type, 2);
    assert.match(client.messages[0].message, /maxFileSize/);
    await waitFor(() => client.statuses.length > 0, 5000, 'documentStatus');
    assert.deepEqual(client.statuses, [{ uri, version: 1, served: true, tooLarge: true }]);

    const symbols = await client.documentSymbols(uri);
    assert.deepEqual(
      (symbols as { name: string; children?: unknown[] }[]).map((s) => [s.name, s.name === '8-K' ? s.children?.length : 'header']),
      [
        ['SEC Header', 'header'],
        ['8-K', 0],
      ],
    );
    const summary = await client.filingSummary(uri);
    assert.match(summary?.notice ?? '', /only the header and the list of documents/);

    // Editing, closing and reopening do not say it again.
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.close(uri);
    await client.open(uri, text, 'edgar-filing');
    await client.documentSymbols(uri);
    assert.equal(client.messages.length, 1);
  } finally {
    client.kill();
  }
});

test('a client without pull diagnostics gets them pushed, and flat symbols when it cannot nest them', async () => {
  const capabilities = structuredClone(VSCODE_LIKE_CAPABILITIES);
  delete capabilities.textDocument!.diagnostic;
  capabilities.textDocument!.documentSymbol = {};
  const client = await LspClient.start({ capabilities });
  try {
    const uri = 'untitled:pushed.txt';
    await client.open(uri, brokenSeed, 'plaintext');
    await waitFor(() => client.published.some((p) => p.uri === uri), 5000, 'publishDiagnostics');
    const published = client.published.find((p) => p.uri === uri)!;
    assert.equal(published.version, 1);
    assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), ['ein-format', 'item-title']);

    const symbols = (await client.documentSymbols(uri)) as SymbolInformation[];
    const item = symbols.find((s) => s.name === 'Item 7.01 Regulation FD Disclosure');
    assert.equal(item?.location.uri, uri);
    assert.equal(item?.location.range.start.line, 38);
    assert.ok(symbols.some((s) => s.name === 'Registrant' && s.containerName === 'Cover Page'));

    // Closing clears what was published.
    const count = client.published.length;
    await client.close(uri);
    await waitFor(() => client.published.length > count, 5000, 'cleared diagnostics');
    assert.deepEqual(client.published[client.published.length - 1], { uri, diagnostics: [] });
  } finally {
    client.kill();
  }
});

test('settings given as initializationOptions apply from the start (clients without workspace/configuration)', async () => {
  const capabilities = structuredClone(VSCODE_LIKE_CAPABILITIES);
  capabilities.workspace!.configuration = false;
  const client = await LspClient.start({
    capabilities,
    initializationOptions: { settings: { diagnostics: { severity: { 'ein-format': 'off', 'item-title': 'error' } } } },
  });
  try {
    const uri = 'untitled:init.txt';
    await client.open(uri, brokenSeed, 'plaintext');
    const report = await client.diagnostics(uri);
    assert.deepEqual(
      report.kind === 'full' ? report.items.map((d) => [d.code, d.severity]) : [],
      [['item-title', 1]],
    );
    // didChangeConfiguration with the settings in its payload.
    const refreshes = refreshCount(client);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { edgarFilings: { diagnostics: { severity: {} } } },
    });
    await waitFor(() => refreshCount(client) > refreshes, 5000, 'diagnostic refresh');
    const again = await client.diagnostics(uri);
    assert.deepEqual(
      again.kind === 'full' ? again.items.map((d) => d.code) : [],
      ['ein-format', 'item-title'],
    );
  } finally {
    client.kill();
  }
});

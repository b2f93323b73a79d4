// The server as any LSP client meets it: capabilities, documents it does not
// serve, cancellation, shutdown and exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { IPCMessageReader, IPCMessageWriter, createProtocolConnection, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { CancellationTokenSource, LspClient, REPO_ROOT, SERVER_CLI, corpusPath, fileUri, readCorpus, waitFor } from '../support/lspClient';

const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const range = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };

test('initialize announces incremental sync and every feature of the issue', async () => {
  const client = await LspClient.start();
  try {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.deepEqual(caps.documentLinkProvider, { resolveProvider: false });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps.completionProvider);
    const tokens = caps.semanticTokensProvider;
    assert.ok(tokens && 'legend' in tokens);
    assert.deepEqual(tokens.full, { delta: true });
    assert.equal(tokens.range, true);
    assert.ok(tokens.legend.tokenTypes.includes('keyword'));
    assert.deepEqual(caps.diagnosticProvider, {
      identifier: 'edgar-filings',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    assert.equal(client.initializeResult.serverInfo?.name, 'edgar-filings');
  } finally {
    client.kill();
  }
});

test('shutdown then exit ends the server with status 0', async () => {
  const client = await LspClient.start();
  await client.open(fileUri(corpusPath(SEED)), readCorpus(SEED), 'plaintext');
  assert.equal(await client.stop(), 0);
  assert.equal(client.stderr, '');
});

test('requests about a document the server never saw, or closed, answer empty', async () => {
  const client = await LspClient.start();
  try {
    for (const uri of ['file:///nowhere/unknown.txt', fileUri(corpusPath(SEED))]) {
      if (uri.endsWith(SEED)) {
        await client.open(uri, readCorpus(SEED), 'plaintext');
        assert.ok(((await client.documentSymbols(uri)) ?? []).length > 0, 'open: answered');
        await client.close(uri);
      }
      const position = { line: 38, character: 6 };
      assert.equal(await client.hover(uri, position), null);
      assert.deepEqual(await client.documentSymbols(uri), []);
      assert.deepEqual(await client.foldingRanges(uri), []);
      assert.deepEqual(await client.diagnostics(uri), { kind: 'full', items: [] });
      assert.deepEqual(await client.semanticTokens(uri), { data: [] });
      assert.deepEqual(await client.semanticTokensRange(uri, range), { data: [] });
      assert.deepEqual(await client.codeActions(uri, range, []), []);
      assert.deepEqual(await client.completion(uri, position), []);
      assert.deepEqual(await client.documentLinks(uri), []);
      assert.deepEqual(await client.inlayHints(uri, range), []);
      assert.deepEqual(await client.highlights(uri, position), []);
      assert.equal(await client.filingSummary(uri), null);
    }
    assert.deepEqual(client.loggedErrors, []);
  } finally {
    client.kill();
  }
});

test('a plain-text document that is not a filing is not served: every answer is empty and fast', async () => {
  const client = await LspClient.start();
  try {
    const uri = 'untitled:notes.txt';
    const text = 'Shopping list\n\nItem 1.01 apples\nItem 2.02 pears\n\nSIGNATURES\n'.repeat(2000);
    await client.open(uri, text, 'plaintext');
    const started = Date.now();
    assert.deepEqual(await client.documentSymbols(uri), []);
    assert.deepEqual(await client.foldingRanges(uri), []);
    assert.deepEqual(await client.diagnostics(uri), { kind: 'full', resultId: '1:1:0', items: [] });
    assert.deepEqual(await client.semanticTokens(uri), { data: [] });
    assert.equal(await client.hover(uri, { line: 2, character: 6 }), null);
    assert.ok(Date.now() - started < 2000, 'answers come quickly');
    await waitFor(() => client.statuses.some((s) => s.uri === uri), 5000, 'documentStatus');
    assert.deepEqual(
      client.statuses.find((s) => s.uri === uri),
      { uri, version: 1, served: false, tooLarge: false },
    );
  } finally {
    client.kill();
  }
});

test('a document of another language is not served even when it is a filing', async () => {
  const client = await LspClient.start();
  try {
    const uri = 'untitled:seed.md';
    await client.open(uri, readCorpus(SEED), 'markdown');
    assert.deepEqual(await client.documentSymbols(uri), []);
  } finally {
    client.kill();
  }
});

test('a request cancelled before the server gets to it answers RequestCancelled', async () => {
  const client = await LspClient.start();
  try {
    const uri = fileUri(corpusPath(SEED));
    await client.open(uri, readCorpus(SEED), 'plaintext');
    const source = new CancellationTokenSource();
    const pending = client.request('textDocument/documentSymbol', { textDocument: { uri } }, source);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    // The server goes on serving.
    assert.ok(((await client.documentSymbols(uri)) ?? []).length > 0);
  } finally {
    client.kill();
  }
});

test('without --stdio and without an IPC channel the command says what it needs', () => {
  const r = spawnSync(process.execPath, [SERVER_CLI, 'lsp'], { encoding: 'utf8', timeout: 10000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stdio/);
});

test('started with a Node IPC channel and no flag, the server talks over IPC (how the VS Code client runs it)', async () => {
  const child = fork(path.join(REPO_ROOT, 'out', 'server', 'src', 'lsp', 'main.js'), [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    const result = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    });
    assert.equal(result.capabilities.hoverProvider, true);
    await connection.sendNotification('initialized', {});
    const uri = 'untitled:ipc.txt';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'edgar-filing', version: 1, text: readCorpus(SEED) },
    });
    const symbols = await connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'Item 7.01 Regulation FD Disclosure'));
    await connection.sendRequest('shutdown');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});

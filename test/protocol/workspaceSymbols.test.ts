// Workspace symbols: items and registrants of the filings in the workspace
// folders, read from disk, with open documents taken from the editor's text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, corpusPath, fileUri, readCorpus } from '../support/lspClient';

const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const TURNER_1994 = 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt';
const AFC_IXBRL = 'edgartools_8-K_ixbrl_afcgamma_item7.01.html';

let dir: string;
let client: LspClient;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edgar-ws-'));
  fs.mkdirSync(path.join(dir, 'filings', '2013'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.copyFileSync(corpusPath(SEED), path.join(dir, 'filings', '2013', SEED));
  fs.copyFileSync(corpusPath(TURNER_1994), path.join(dir, 'filings', TURNER_1994));
  fs.copyFileSync(corpusPath(AFC_IXBRL), path.join(dir, AFC_IXBRL));
  // Skipped: not a filing; inside node_modules.
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'Item 7.01 is furnished.\n');
  fs.copyFileSync(corpusPath(SEED), path.join(dir, 'node_modules', 'copy.txt'));
  client = await LspClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'filings' }] });
});

after(async () => {
  assert.deepEqual(client.loggedErrors, []);
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('items across the workspace’s filings, each at its heading', async () => {
  const found = (await client.workspaceSymbols('Regulation FD')) ?? [];
  const items = found.filter((s) => s.name === 'Item 7.01 Regulation FD Disclosure');
  assert.deepEqual(
    items.map((s) => path.basename(new URL(s.location.uri).pathname)).sort(),
    [AFC_IXBRL, SEED].sort(),
  );
  const seedItem = items.find((s) => s.location.uri.endsWith(SEED))!;
  assert.equal(seedItem.location.range.start.line, 38);
  assert.equal(seedItem.containerName, 'ImmunoGen, Inc. 8-K 2013-04-07');
  assert.equal(seedItem.location.uri, fileUri(path.join(dir, 'filings', '2013', SEED)));
});

test('registrants by name, and legacy items by their titles', async () => {
  const registrants = (await client.workspaceSymbols('immunogen')) ?? [];
  assert.ok(registrants.some((s) => s.name === 'ImmunoGen, Inc.' && s.kind === 5));
  const turner = (await client.workspaceSymbols('turner')) ?? [];
  assert.ok(turner.some((s) => s.name === 'TURNER BROADCASTING SYSTEM, INC.'));
  const legacy = (await client.workspaceSymbols('Acquisition or Disposition')) ?? [];
  assert.ok(legacy.some((s) => s.name === 'Item 2 Acquisition or Disposition of Assets'));
});

test('an open document answers from the editor’s text, not the file on disk', async () => {
  const uri = fileUri(path.join(dir, 'filings', '2013', SEED));
  await client.open(uri, readCorpus(SEED).replace('ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 8.01 — OTHER EVENTS'), 'plaintext');
  const fd = (await client.workspaceSymbols('Regulation FD Disclosure')) ?? [];
  assert.ok(!fd.some((s) => s.location.uri === uri));
  const other = (await client.workspaceSymbols('Other Events')) ?? [];
  assert.ok(other.some((s) => s.location.uri === uri && s.name === 'Item 8.01 Other Events'));
  await client.close(uri);
});

test('a file changed on disk is read again', async () => {
  const file = path.join(dir, 'filings', '2013', SEED);
  fs.writeFileSync(file, readCorpus(SEED).replace('ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 2.02 — RESULTS OF OPERATIONS AND FINANCIAL CONDITION'));
  const future = new Date(Date.now() + 5000);
  fs.utimesSync(file, future, future);
  const found = (await client.workspaceSymbols('Results of Operations')) ?? [];
  assert.ok(found.some((s) => s.location.uri === fileUri(file)));
});

test('an empty query lists every symbol', async () => {
  const all = (await client.workspaceSymbols('')) ?? [];
  const files = new Set(all.map((s) => path.basename(new URL(s.location.uri).pathname)));
  assert.deepEqual([...files].sort(), [AFC_IXBRL, SEED, TURNER_1994].sort());
});

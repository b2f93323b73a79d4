// The server survives what editors and bad files throw at it: a thousand
// edits in a burst, nonsense positions and ranges, changes to documents it
// does not know, binary content; and keeps answering as a fresh open would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, corpusPath, fileUri, readCorpus, waitFor } from '../support/lspClient';
import { positionAt } from '../support/lspText';

const NVIDIA = 'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt';
let client: LspClient;
let untitled = 0;

before(async () => {
  client = await LspClient.start();
});

after(async () => {
  assert.deepEqual(client.loggedErrors, []);
  await client.stop();
});

/** What the three requests an editor sends after every keystroke answer. */
async function answers(uri: string): Promise<unknown> {
  const report = await client.diagnostics(uri);
  return {
    symbols: await client.documentSymbols(uri),
    tokens: (await client.semanticTokens(uri))?.data,
    diagnostics: report.kind === 'full' ? report.items : 'unchanged',
    folding: await client.foldingRanges(uri),
  };
}

/** The text after a change, as an editor applies it (vscode-languageserver-textdocument, one change at a time). */
function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  return TextDocument.update(TextDocument.create('untitled:x', 'plaintext', 1, text), [change], 2).getText();
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

test('a thousand edits in a burst, no request in between: the answers then equal a fresh open of the result', async () => {
  const uri = fileUri(corpusPath(NVIDIA));
  // The editor's side of the text: vscode-languageserver-textdocument, as VS Code counts positions.
  let doc = TextDocument.create(uri, 'edgar-filing', 1, readCorpus(NVIDIA));
  await client.open(uri, doc.getText(), 'edgar-filing');
  await client.documentSymbols(uri);
  const next = random(6);
  const pieces = ['x', ' ', '\n', '', 'Item 2.02 ', '<', '</TEXT>', '\r\n', '&amp;'];
  for (let version = 2; version <= 1001; version++) {
    // Mostly typing in one place, sometimes anywhere (the exhibits, the 8-K, the header).
    const length = doc.getText().length;
    const offset = version % 10 === 0 ? Math.floor(next() * length) : Math.min(length, 2000 + version);
    const start = doc.positionAt(offset);
    const end = doc.positionAt(Math.min(length, offset + (next() < 0.3 ? 1 : 0)));
    const change: TextDocumentContentChangeEvent = { range: { start, end }, text: pieces[Math.floor(next() * pieces.length)] };
    doc = TextDocument.update(doc, [change], version);
    void client.change(uri, version, [change]);
  }
  const edited = await answers(uri);
  const fresh = `untitled:burst-${++untitled}.txt`;
  await client.open(fresh, doc.getText(), 'edgar-filing');
  assert.deepEqual(edited, await answers(fresh));
});

test('changes made of several edits, and a change that replaces the whole text, are followed exactly', async () => {
  const uri = `untitled:multi-${++untitled}.txt`;
  let text = readCorpus(NVIDIA);
  await client.open(uri, text, 'edgar-filing');
  await client.documentSymbols(uri);
  const at = (needle: string): Position => positionAt(text, text.indexOf(needle));
  const changes: TextDocumentContentChangeEvent[] = [
    { range: { start: at('<TYPE>EX-99.1'), end: at('<TYPE>EX-99.1') }, text: 'An inserted line\n' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' },
    { range: { start: at('NVIDIA'), end: at('NVIDIA') }, text: 'The ' },
  ];
  for (const c of changes) text = applyChange(text, c);
  await client.change(uri, 2, changes);
  const fresh = `untitled:multi-fresh-${untitled}.txt`;
  await client.open(fresh, text, 'edgar-filing');
  assert.deepEqual(await answers(uri), await answers(fresh));

  // A full-text change in the middle of incremental ones.
  text = `${text}\nAppended.\n`;
  await client.change(uri, 3, [{ text }]);
  await client.change(uri, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  const fresh2 = `untitled:multi-fresh2-${untitled}.txt`;
  await client.open(fresh2, text, 'edgar-filing');
  assert.deepEqual(await answers(uri), await answers(fresh2));
});

test('nonsense positions, reversed ranges and changes past the end are answered, not fatal', async () => {
  const uri = `untitled:nonsense-${++untitled}.txt`;
  const text = readCorpus('seed_8-K_2013_immunogen_bay94-9343.txt');
  await client.open(uri, text, 'edgar-filing');
  const far: Position = { line: 1e9, character: 1e9 };
  const negative: Position = { line: -5, character: -7 };
  await client.hover(uri, far);
  await client.hover(uri, negative);
  await client.highlights(uri, far);
  await client.completion(uri, negative);
  await client.inlayHints(uri, { start: far, end: negative });
  await client.semanticTokensRange(uri, { start: far, end: negative });
  await client.codeActions(uri, { start: far, end: negative }, []);
  await client.semanticTokensDelta(uri, 'no-such-result');
  // Changes with ranges past the end, reversed, and to documents never opened.
  await client.change(uri, 2, [{ range: { start: far, end: far }, text: '\nappended' }]);
  await client.change(uri, 3, [{ range: { start: { line: 5, character: 3 }, end: { line: 2, character: 0 } }, text: '' }]);
  await client.change('untitled:never-opened.txt', 2, [{ range: { start: negative, end: far }, text: 'x' }]);
  await client.close('untitled:never-opened-either.txt');
  const symbols = await client.documentSymbols(uri);
  assert.ok(Array.isArray(symbols) && symbols.length > 0, 'still answering for the document');
  assert.equal(client.process.exitCode, null, 'the server is alive');
});

test('a binary file is refused once, with a message, and nothing is served for it', async () => {
  const uri = `untitled:image-${++untitled}.txt`;
  const before = client.messages.length;
  await client.open(uri, `\u0089PNG\r\n\u001a\n${'\u0000\u0001\u0002binary'.repeat(2000)}`, 'edgar-filing');
  await waitFor(() => client.messages.length > before, 5000, 'a message about the binary file');
  const message = client.messages[client.messages.length - 1];
  assert.equal(message.type, 2);
  assert.match(message.message, /not a text filing/);
  await waitFor(() => client.statuses.some((s) => s.uri === uri), 5000, 'documentStatus');
  assert.equal(client.statuses.find((s) => s.uri === uri)?.served, false);
  assert.deepEqual(await client.documentSymbols(uri), []);
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  await client.documentSymbols(uri);
  assert.equal(client.messages.length, before + 1, 'said once');
});

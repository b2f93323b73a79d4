// Editing: incremental changes then re-query must answer as a fresh open of
// the edited text would; semantic token deltas rebuild the new tokens; quick
// fixes applied to the text give the expected text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { LspClient, corpusPath, fileUri, readCorpus } from '../support/lspClient';
import { applyEdits, applyTokenEdits, find } from '../support/lspText';

const SEED = 'seed_8-K_2013_immunogen_bay94-9343.txt';
const seedText = readCorpus(SEED);
let client: LspClient;
let untitled = 0;

before(async () => {
  client = await LspClient.start();
});

after(async () => {
  assert.deepEqual(client.loggedErrors, []);
  await client.stop();
});

/** Opens a text under a new URI. */
async function openFresh(text: string, languageId = 'plaintext'): Promise<string> {
  const uri = `untitled:fresh-${++untitled}.txt`;
  await client.open(uri, text, languageId);
  return uri;
}

/** Everything a user sees of a document, minus what names the document. */
async function snapshot(uri: string): Promise<unknown> {
  const all = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
  const report = await client.diagnostics(uri);
  const summary = await client.filingSummary(uri);
  return {
    symbols: await client.documentSymbols(uri),
    folding: await client.foldingRanges(uri),
    diagnostics: report.kind === 'full' ? report.items : 'unchanged',
    tokens: (await client.semanticTokens(uri))?.data,
    hover: await client.hover(uri, { line: 39, character: 7 }),
    highlights: await client.highlights(uri, { line: 39, character: 7 }),
    inlayHints: await client.inlayHints(uri, all),
    links: await client.documentLinks(uri),
    summary: summary ? { ...summary, uri: undefined, version: undefined } : null,
  };
}

/** Applies changes the way the server must: in order, each against the text the previous one left. */
function applyChanges(text: string, changes: TextDocumentContentChangeEvent[]): string {
  let out = text;
  for (const c of changes) out = 'range' in c ? applyEdits(out, [{ range: c.range, newText: c.text }]) : c.text;
  return out;
}

function at(text: string, needle: string, length = needle.length): Range {
  const start = find(text, needle);
  return { start, end: { line: start.line, character: start.character + length } };
}

test('edits one at a time, then re-query: the same answers as opening the edited text', async () => {
  const uri = fileUri(corpusPath(SEED));
  await client.open(uri, seedText, 'plaintext');
  const beforeTokens = await client.semanticTokens(uri);
  const beforeDiagnostics = await client.diagnostics(uri);
  let text = seedText;
  let version = 1;

  const edits: ((t: string) => TextDocumentContentChangeEvent[])[] = [
    // A paragraph typed above the item heading, moving it down a line.
    (t) => [{ range: { start: find(t, 'ITEM 7.01'), end: find(t, 'ITEM 7.01') }, text: 'A new paragraph.\n' }],
    // The item renumbered: its title no longer matches.
    (t) => [{ range: at(t, '7.01'), text: '8.01' }],
    // The EIN loses its dash, and the Commission File Number goes, in one notification.
    (t) => [
      { range: at(t, '04-2726691'), text: '042726691' },
      { range: at(t, '0-17999 (Commission File Number) '), text: '(Commission File Number) ' },
    ],
  ];
  for (const edit of edits) {
    const changes = edit(text);
    text = applyChanges(text, changes);
    version += 1;
    await client.change(uri, version, changes);
  }

  // The delta from the tokens of version 1 (asked before anything else asks for tokens) rebuilds the new tokens.
  const delta = await client.semanticTokensDelta(uri, beforeTokens!.resultId!);
  assert.ok(delta && 'edits' in delta, 'answered with edits');
  const fresh = await openFresh(text);
  assert.deepEqual(applyTokenEdits(beforeTokens!.data, delta.edits), (await client.semanticTokens(fresh))?.data);
  assert.ok(delta.edits.length === 1 && delta.edits[0].data!.length < beforeTokens!.data.length, 'a small edit');

  assert.deepEqual(await snapshot(uri), await snapshot(fresh));

  // The edits did what they say: an Item 8.01 heading with a title problem, an EIN problem.
  const report = await client.diagnostics(uri, beforeDiagnostics.resultId);
  assert.equal(report.kind, 'full', 'the problems changed: a full report');
  const codes = report.kind === 'full' ? report.items.map((d) => d.code) : [];
  assert.ok(codes.includes('item-title'), codes.join());
  assert.ok(codes.includes('ein-format'), codes.join());

  await client.close(uri);
  await client.close(fresh);
});

test('typing in a submission (an exhibit’s text, its DESCRIPTION, the 8-K): the token deltas rebuild the tokens of the text opened afresh', async () => {
  const name = 'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt';
  let text = readCorpus(name);
  const uri = fileUri(corpusPath(name)) + '?typing';
  await client.open(uri, text, 'plaintext');
  let tokens = await client.semanticTokens(uri);
  assert.ok(tokens && tokens.data.length > 0);
  const exhibitText = text.indexOf('<TEXT>', text.indexOf('<TYPE>EX-99.1')) + '<TEXT>'.length + 200;
  const description = text.indexOf('<DESCRIPTION>', text.indexOf('<TYPE>EX-99.1')) + '<DESCRIPTION>'.length;
  const mainText = text.indexOf('<TEXT>') + '<TEXT>'.length + 300;
  // Offsets in the text as it stands when each edit is made (each is before the ones above it).
  const places = [exhibitText, description, description, mainText];
  let version = 1;
  for (const at of places) {
    const position = find(text, text.slice(at, at + 24));
    const changes = [{ range: { start: position, end: position }, text: 'Q' }];
    text = applyChanges(text, changes);
    await client.change(uri, ++version, changes);
    const delta = await client.semanticTokensDelta(uri, tokens!.resultId!);
    assert.ok(delta && 'edits' in delta, 'answered with edits');
    const data = applyTokenEdits(tokens!.data, delta.edits);
    const fresh = await openFresh(text);
    assert.deepEqual(data, (await client.semanticTokens(fresh))?.data, `after typing at ${at}`);
    await client.close(fresh);
    tokens = { resultId: delta.resultId, data };
  }
  await client.close(uri);
});

test('typing that moves no problem gets "unchanged" diagnostics; a new problem, a full report', async () => {
  const uri = fileUri(corpusPath(SEED)) + '?unchanged';
  // The seed with a known problem (the EIN without its dash) above the place typed in.
  let text = seedText.replace('04-2726691', '042726691');
  await client.open(uri, text, 'plaintext');
  const first = await client.diagnostics(uri);
  assert.equal(first.kind, 'full');
  const items = first.kind === 'full' ? first.items : [];
  assert.deepEqual(items.map((d) => d.code), ['ein-format']);

  // A word typed into the item's paragraph, below the problem: nothing a user sees in the Problems panel moves.
  let version = 1;
  const typeAt = async (needle: string, typed: string) => {
    const at = find(text, needle);
    const changes = [{ range: { start: at, end: at }, text: typed }];
    text = applyChanges(text, changes);
    await client.change(uri, ++version, changes);
  };
  await typeAt('the first clinical data', 'indeed ');
  const second = await client.diagnostics(uri, first.resultId);
  assert.equal(second.kind, 'unchanged');
  assert.notEqual(second.resultId, first.resultId, 'a new resultId for the new version');

  // A second problem: an unknown item number. The report is full again and lists both.
  const at = find(text, '7.01 — REGULATION');
  const renumber = [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '7.09' }];
  text = applyChanges(text, renumber);
  await client.change(uri, ++version, renumber);
  const third = await client.diagnostics(uri, second.resultId);
  assert.equal(third.kind, 'full');
  assert.deepEqual(third.kind === 'full' ? third.items.map((d) => d.code).sort() : [], ['ein-format', 'unknown-item']);

  // Typing on the line of a problem, before it, moves it: full, with the moved range.
  await typeAt('042726691', ' ');
  const fourth = await client.diagnostics(uri, third.resultId);
  assert.equal(fourth.kind, 'full');
  const ein = (fourth.kind === 'full' ? fourth.items : []).find((d) => d.code === 'ein-format');
  assert.equal(ein?.range.start.character, (items[0].range.start.character) + 1);

  // A stale resultId (not the last one sent) always gets the full report.
  const stale = await client.diagnostics(uri, first.resultId);
  assert.equal(stale.kind, 'full');
  await client.close(uri);
});

test('a whole-text change and edits that undo each other leave the answers of the original', async () => {
  const uri = 'untitled:whole.txt';
  await client.open(uri, 'not yet a filing', 'plaintext');
  assert.deepEqual(await client.documentSymbols(uri), []);
  await client.change(uri, 2, [{ text: seedText }]);
  const insert = find(seedText, 'SIGNATURES');
  await client.change(uri, 3, [{ range: { start: insert, end: insert }, text: 'xx' }]);
  await client.change(uri, 4, [{ range: { start: insert, end: { line: insert.line, character: insert.character + 2 } }, text: '' }]);
  const fresh = await openFresh(seedText);
  assert.deepEqual(await snapshot(uri), await snapshot(fresh));
  // The status followed the document from not served to served.
  assert.deepEqual(
    client.statuses.filter((s) => s.uri === uri).map((s) => s.served),
    [false, true],
  );
});

test('a burst of keystrokes: every request answers for the latest version', async () => {
  const uri = 'untitled:burst.txt';
  await client.open(uri, seedText, 'plaintext');
  let text = seedText;
  const pending: Promise<unknown>[] = [];
  for (let v = 2; v < 40; v++) {
    const p = find(text, 'On April 7, 2013');
    const change = { range: { start: p, end: p }, text: 'x' };
    text = applyEdits(text, [{ range: change.range, newText: change.text }]);
    await client.change(uri, v, [change]);
    pending.push(client.documentSymbols(uri));
  }
  await Promise.all(pending);
  const fresh = await openFresh(text);
  assert.deepEqual(await snapshot(uri), await snapshot(fresh));
});

async function quickFixes(uri: string, code: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
  const report = await client.diagnostics(uri);
  const diagnostic = (report.kind === 'full' ? report.items : []).find((d) => d.code === code);
  assert.ok(diagnostic, `a ${code} diagnostic`);
  const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
  return { diagnostic, actions };
}

function applyAction(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `${action.title} edits the document`);
  return applyEdits(text, edits);
}

test('quick fix for an EIN without its dash writes it NN-NNNNNNN', async () => {
  const broken = seedText.replace('04-2726691', '042726691');
  const uri = await openFresh(broken);
  const { actions } = await quickFixes(uri, 'ein-format');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'quickfix');
  assert.equal(actions[0].title, 'Write the EIN as 04-2726691');
  assert.equal(applyAction(uri, broken, actions[0]), seedText);
});

test('quick fix for an item title restores the official title in the heading’s capitals', async () => {
  const broken = seedText.replace('REGULATION FD DISCLOSURE', 'REG FD DISCLOSURE');
  const uri = await openFresh(broken);
  const { diagnostic, actions } = await quickFixes(uri, 'item-title');
  assert.equal(diagnostic.severity, 3);
  assert.equal(applyAction(uri, broken, actions[0]), seedText);
});

test('quick fix for a missing signature block adds one that the server then finds', async () => {
  const broken = seedText.slice(0, seedText.indexOf('SIGNATURES'));
  const uri = await openFresh(broken);
  const { actions } = await quickFixes(uri, 'no-signatures');
  assert.ok(actions.length > 0);
  const fixed = applyAction(uri, broken, actions[0]);
  await client.change(uri, 2, [{ text: fixed }]);
  const report = await client.diagnostics(uri);
  assert.ok(report.kind === 'full' && !report.items.some((d) => d.code === 'no-signatures'));
});

test('code actions filtered by kind: asking only for refactorings gets none', async () => {
  const broken = seedText.replace('04-2726691', '042726691');
  const uri = await openFresh(broken);
  const report = await client.diagnostics(uri);
  const diagnostics = report.kind === 'full' ? report.items : [];
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics, only: ['refactor'] },
  });
  assert.deepEqual(actions, []);
});

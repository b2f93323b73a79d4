import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { provideCodeActions } from '../../server/src/features/codeActions';
import { provideDiagnostics } from '../../server/src/features/diagnostics';
import type { FeatureContext } from '../../server/src/features/context';
import { SEED, contextOf, corpusText, edited, wholeDocument } from '../support/featureFixtures';

/** Applies LSP text edits (positions in the text before the edits) from last to first. */
function applyEdits(ctx: FeatureContext, edits: TextEdit[]): string {
  const offsets = edits
    .map((e) => ({
      start: ctx.lines.offset(e.range.start.line, e.range.start.character),
      end: ctx.lines.offset(e.range.end.line, e.range.end.character),
      text: e.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let text = ctx.text;
  for (const e of offsets) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

/** The quick fixes for one diagnostic code of a text. */
function fixesFor(ctx: FeatureContext, code: string): CodeAction[] {
  const diagnostics = provideDiagnostics(ctx).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `a ${code} diagnostic`);
  return provideCodeActions(ctx, diagnostics[0].range, diagnostics);
}

function applyOnly(ctx: FeatureContext, action: CodeAction): string {
  const changes = action.edit?.changes ?? {};
  assert.deepEqual(Object.keys(changes), [ctx.uri], 'edits this document only');
  return applyEdits(ctx, changes[ctx.uri]);
}

const codesOf = (ctx: FeatureContext) => ctx.model.diagnostics.map((d) => d.code);

test('ein-format: writes the EIN NN-NNNNNNN and nothing else', () => {
  const seed = corpusText(SEED);
  const ctx = contextOf(edited(seed, '04-2726691', '042726691'));
  const [fix] = fixesFor(ctx, 'ein-format');
  assert.equal(fix.title, 'Write the EIN as 04-2726691');
  assert.equal(fix.kind, 'quickfix');
  assert.equal(applyOnly(ctx, fix), seed);
});

test('item-title (text): the official title, in the heading’s capitals, its period kept', () => {
  const ctx = contextOf(corpusText('edgarcrawler_8-K_fullsub_1001426_8K_2005_0001275287-05-000682.txt'));
  const [fix] = fixesFor(ctx, 'item-title');
  assert.equal(fix.title, 'Change the title to “FINANCIAL STATEMENTS AND EXHIBITS”');
  const after = applyOnly(ctx, fix);
  assert.match(after, /ITEM 9\.01 {3}FINANCIAL STATEMENTS AND EXHIBITS\.\n/);
  assert.equal(after.length, ctx.text.length - 'FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS'.length + 'FINANCIAL STATEMENTS AND EXHIBITS'.length);
  assert.ok(!codesOf(contextOf(after)).includes('item-title'));
});

test('item-title (HTML): the visible title changes, the markup stays', () => {
  const ctx = contextOf(corpusText('edgarcrawler_8-K_htm_1001279_8K_2002_0000930661-02-003342.htm'), 'file:///filings/a.htm');
  const [fix] = fixesFor(ctx, 'item-title');
  const after = applyOnly(ctx, fix);
  assert.ok(after.includes('<B>Item 7.&nbsp;&nbsp;&nbsp;&nbsp;Financial Statements, Pro Forma Financial Information and Exhibits'));
  assert.equal(after.split('<').length, ctx.text.split('<').length, 'no tag added or removed');
  assert.ok(!codesOf(contextOf(after)).includes('item-title'));
});

test('exhibit-not-listed (text): a new entry laid out like its neighbours', () => {
  const original = corpusText('edgarcrawler_8-K_fullsub_1001258_8K_2005_0001125282-05-006555.txt');
  const ctx = contextOf(edited(original, '          99.2  Transcript of December 13, 2005 webcast.\n', ''));
  const [fix] = fixesFor(ctx, 'exhibit-not-listed');
  assert.equal(fix.title, 'Add exhibit 99.2 to the exhibit list');
  const after = applyOnly(ctx, fix);
  assert.ok(
    after.includes(
      '          99.1  Press release dated December 13, 2005.\n          99.2  [Description of exhibit]\n          99.3  Press release',
    ),
  );
  const again = contextOf(after);
  assert.ok(!codesOf(again).includes('exhibit-not-listed'));
  assert.deepEqual(again.model.exhibits.map((e) => e.number), ['99.1', '99.2', '99.3', '99.4', '99.5']);
});

test('exhibit-not-listed (HTML): a copy of a neighbouring row with the new number and a link to the new exhibit', () => {
  const original = corpusText('saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt');
  const row = /<tr><td colspan="3" style="[^"]*"><span style="[^"]*">99\.2<\/span>.*?<\/tr>/;
  const ctx = contextOf(edited(original, row, ''));
  const [fix] = fixesFor(ctx, 'exhibit-not-listed');
  const [edit] = fix.edit!.changes![ctx.uri];
  assert.match(edit.newText, /^<tr>.*<\/tr>$/);
  assert.match(edit.newText, />99\.2<\/span>/);
  assert.match(edit.newText, /href="q4fy26cfocommentary\.htm">\[Description of exhibit\]<\/a>/);
  assert.ok(!edit.newText.includes('q4fy26pr.htm'), 'the copied link no longer points at exhibit 99.1');
  const again = contextOf(applyOnly(ctx, fix));
  assert.ok(!codesOf(again).includes('exhibit-not-listed'));
  assert.ok(again.model.exhibits.some((e) => e.number === '99.2'));
});

test('no-signatures (text): a SIGNATURES block the analysis then finds', () => {
  const ctx = contextOf(edited(corpusText(SEED), /SIGNATURES[^]*$/, ''));
  const [fix] = fixesFor(ctx, 'no-signatures');
  assert.equal(fix.title, 'Add a SIGNATURES block');
  const after = applyOnly(ctx, fix);
  assert.ok(after.startsWith(ctx.text.trimEnd()), 'only inserts');
  assert.match(after, /\n\nSIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934/);
  assert.match(after, /\n\nImmunoGen, Inc\.\n/);
  const again = contextOf(after);
  assert.ok(again.model.signatures, 'the block is found');
  assert.ok(!codesOf(again).includes('no-signatures'));
});

test('no-signatures (HTML): paragraphs inserted between elements, before </body>', () => {
  const original = corpusText('edgartools_8-K_ixbrl_blackrock_2023_item5.02.html');
  const ctx = contextOf(edited(original, /SIGNATURE[^]*(?=<\/body>)/, ''), 'file:///filings/b.htm');
  const [fix] = fixesFor(ctx, 'no-signatures');
  const [edit] = fix.edit!.changes![ctx.uri];
  assert.match(edit.newText, /^\n<p style="text-align:center"><b>SIGNATURES<\/b><\/p>\n<p>Pursuant to/);
  assert.match(edit.newText, /<p>BlackRock, Inc\.<\/p>/);
  const after = applyOnly(ctx, fix);
  assert.ok(after.indexOf('<b>SIGNATURES</b>') < after.indexOf('</body>'));
  assert.ok(contextOf(after).model.signatures, 'the block is found');
});

test('misread-utf8: the fix opens VS Code’s encoding picker and edits nothing', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION', 'ITEM 7.01 â€” REGULATION'));
  const [fix, ...others] = fixesFor(ctx, 'misread-utf8');
  assert.equal(others.length, 0);
  assert.equal(fix.edit, undefined, 'no edit to the file');
  assert.equal(fix.command?.command, 'workbench.action.editor.changeEncoding');
  assert.match(fix.title, /Reopen with Encoding… \(choose UTF-8\)/);
});

test('misread-windows-1252: the same picker, to choose Windows-1252', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION', 'ITEM 7.01 \ufffd REGULATION'));
  const [fix, ...others] = fixesFor(ctx, 'misread-windows-1252');
  assert.equal(others.length, 0);
  assert.equal(fix.edit, undefined, 'no edit to the file');
  assert.equal(fix.command?.command, 'workbench.action.editor.changeEncoding');
  assert.match(fix.title, /choose Windows-1252/);
});

test('diagnostics without a quick fix get no action', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 5. OTHER EVENTS'));
  assert.ok(codesOf(ctx).includes('legacy-item'));
  assert.deepEqual(provideCodeActions(ctx, wholeDocument(ctx), provideDiagnostics(ctx)), []);
});

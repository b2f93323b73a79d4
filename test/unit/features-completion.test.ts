import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { provideCompletions } from '../../server/src/features/completion';
import type { FeatureContext } from '../../server/src/features/context';
import { SEED, contextOf, corpusText, edited, positionOf, textOf } from '../support/featureFixtures';

/** Completions with the cursor just after `typed`, which the text holds once. */
function completeAfter(ctx: FeatureContext, typed: string): CompletionItem[] {
  return provideCompletions(ctx, positionOf(ctx, typed, typed.length));
}

const itemsOnly = (items: CompletionItem[]) => items.filter((i) => i.kind !== 15 /* Snippet */);

test('“Item 5.0” at a line start offers items 5.01–5.08 with their official titles', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'Item 5.0'));
  const items = itemsOnly(completeAfter(ctx, 'Item 5.0'));
  assert.deepEqual(items.map((i) => i.label), ['5.01', '5.02', '5.03', '5.04', '5.05', '5.06', '5.07', '5.08'].map((n) => `Item ${n}`));
  const departure = items[1];
  const edit = departure.textEdit as TextEdit;
  assert.equal(textOf(ctx, edit.range), 'Item 5.0', 'replaces what was typed');
  assert.equal(
    edit.newText,
    'Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers',
  );
  assert.equal(departure.detail?.startsWith('Departure of Directors'), true);
  assert.match(JSON.stringify(departure.documentation), /Section 5: Corporate Governance and Management/);
  // Text documents get ASCII: the official ’ becomes '.
  assert.equal((items[3].textEdit as TextEdit).newText, "Item 5.04 Temporary Suspension of Trading Under Registrant's Employee Benefit Plans");
});

test('“ITEM 2.0” in capitals gets the title in capitals', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'ITEM 2.0'));
  const results = itemsOnly(completeAfter(ctx, 'ITEM 2.0')).find((i) => i.label === 'ITEM 2.02');
  assert.equal((results?.textEdit as TextEdit).newText, 'ITEM 2.02 RESULTS OF OPERATIONS AND FINANCIAL CONDITION');
});

test('a filing from before August 2004 gets the legacy items', () => {
  const text = edited(corpusText('secedgar_8-K_fullsub_1999_apple_0000320193-99-000010.txt'), /Item 5\.\tOther Events\./, 'Item 1');
  const ctx = contextOf(text);
  const items = itemsOnly(completeAfter(ctx, 'Item 1'));
  assert.deepEqual(items.map((i) => i.label), ['Item 1', 'Item 10', 'Item 11', 'Item 12']);
  assert.equal((items[0].textEdit as TextEdit).newText, 'Item 1 Changes in Control of Registrant');
});

test('in HTML, after tags at the line start, the title is entity-encoded', () => {
  const text = edited(corpusText('edgartools_8-K_ixbrl_blackrock_2023_item5.02.html'), /<\/body>/, '<p><b>Item&#160;4.0\n</body>');
  const ctx = contextOf(text, 'file:///filings/b.htm');
  const items = itemsOnly(completeAfter(ctx, 'Item&#160;4.0'));
  assert.deepEqual(items.map((i) => i.label), ['Item 4.01', 'Item 4.02']);
  assert.equal((items[0].textEdit as TextEdit).newText, 'Item&#160;4.01 Changes in Registrant&#8217;s Certifying Accountant');
  assert.equal(textOf(ctx, (items[0].textEdit as TextEdit).range), 'Item&#160;4.0');
});

test('“Item” in the middle of a sentence offers no items', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.deepEqual(completeAfter(ctx, 'the first clinical data were reported with BAY'), []);
  const text = edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'as described in Item 5.0');
  assert.deepEqual(itemsOnly(completeAfter(contextOf(text), 'Item 5.0')), []);
});

test('snippets at a line start: cover page, item section, signature block with the registrant', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'sig'));
  const snippets = completeAfter(ctx, '\nsig').filter((i) => i.kind === 15);
  assert.deepEqual(snippets.map((s) => s.label), ['8-K cover page', 'Item section', 'Signatures']);
  for (const s of snippets) assert.equal(s.insertTextFormat, InsertTextFormat.Snippet);
  const signatures = snippets[2].textEdit as TextEdit;
  assert.equal(textOf(ctx, signatures.range), 'sig');
  assert.match(signatures.newText, /^SIGNATURES\n\nPursuant to the requirements/);
  assert.match(signatures.newText, /\$\{1:ImmunoGen, Inc\.\}/);
  const cover = (snippets[0].textEdit as TextEdit).newText;
  assert.match(cover, /Date of Report \(Date of earliest event reported\): \$\{1:Month Day, Year\}/);
  assert.match(cover, /\[ \] Soliciting material pursuant to Rule 14a-12/);
});

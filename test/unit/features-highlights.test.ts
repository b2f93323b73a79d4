import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { provideDocumentHighlights } from '../../server/src/features/highlights';
import { APPLE_2019, SEED, contextOf, corpusText, positionOf, textOf } from '../support/featureFixtures';

test('an identifier highlights its other writings: the header’s 942404110 and the cover’s 94-2404110', () => {
  const ctx = contextOf(corpusText(APPLE_2019));
  const highlights = provideDocumentHighlights(ctx, positionOf(ctx, '942404110', 2));
  assert.deepEqual(highlights.map((h) => textOf(ctx, h.range)), ['942404110', '94-2404110']);
  const cik = provideDocumentHighlights(ctx, positionOf(ctx, '0000320193', 2));
  assert.deepEqual(cik.map((h) => textOf(ctx, h.range)), ['0000320193', '0000320193']);
});

test('a date highlights every mention of the same day', () => {
  const ctx = contextOf(corpusText(SEED));
  const highlights = provideDocumentHighlights(ctx, positionOf(ctx, 'April 7, 2013', 3));
  assert.deepEqual(highlights.map((h) => [h.range.start.line, textOf(ctx, h.range)]), [
    [10, 'April 7, 2013'],
    [40, 'April 7, 2013'],
  ]);
});

test('an item highlights its heading and the header line that declares it', () => {
  const ctx = contextOf(corpusText(APPLE_2019));
  const highlights = provideDocumentHighlights(ctx, positionOf(ctx, 'Item&#160;9.01', 12));
  assert.deepEqual(
    highlights.map((h) => [textOf(ctx, h.range), h.kind]),
    [
      ['Financial Statements and Exhibits', DocumentHighlightKind.Read],
      ['9.01', DocumentHighlightKind.Write],
    ],
  );
  // From the header line, the same set.
  const fromHeader = provideDocumentHighlights(ctx, positionOf(ctx, 'Financial Statements and Exhibits\n', 3));
  assert.deepEqual(fromHeader, highlights);
});

test('a reference to an item in the text is highlighted with its heading', () => {
  const text = corpusText(SEED).replace('It was reported that', 'As Item 7.01 requires, it was reported that');
  const ctx = contextOf(text);
  const highlights = provideDocumentHighlights(ctx, positionOf(ctx, 'As Item 7.01', 9));
  assert.deepEqual(highlights.map((h) => [h.range.start.line, textOf(ctx, h.range), h.kind]), [
    [38, '7.01', DocumentHighlightKind.Write],
    [46, '7.01', DocumentHighlightKind.Read],
  ]);
});

test('prose highlights nothing', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.deepEqual(provideDocumentHighlights(ctx, positionOf(ctx, 'clinical data', 2)), []);
});

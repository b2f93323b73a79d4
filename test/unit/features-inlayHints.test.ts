import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provideInlayHints } from '../../server/src/features/inlayHints';
import { APPLE_2019, SEED, contextOf, corpusText, edited, positionOf, wholeDocument } from '../support/featureFixtures';

test('a bare “Item 2.02” gets its official title; the Date of Report its due date', () => {
  const ctx = contextOf(edited(corpusText(SEED), 'ITEM 7.01 — REGULATION FD DISCLOSURE', 'Item 2.02'));
  const hints = provideInlayHints(ctx, wholeDocument(ctx));
  assert.deepEqual(
    hints.map((h) => [h.position, h.label]),
    [
      [positionOf(ctx, 'April 7, 2013', 'April 7, 2013'.length), 'due Thu 11 Apr 2013'],
      [positionOf(ctx, 'Item 2.02', 'Item 2.02'.length), 'Results of Operations and Financial Condition'],
    ],
  );
  assert.ok(hints.every((h) => h.paddingLeft));
  assert.match(JSON.stringify(hints[0].tooltip), /Due Thursday 11 April 2013/);
});

test('a heading that has its title gets no title hint', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.deepEqual(provideInlayHints(ctx, wholeDocument(ctx)).map((h) => h.label), ['due Thu 11 Apr 2013']);
});

test('only hints inside the requested range', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.deepEqual(provideInlayHints(ctx, { start: { line: 20, character: 0 }, end: { line: 60, character: 0 } }), []);
});

test('the header’s YYYYMMDD dates read as dates; a 1999 report gets no four-day deadline', () => {
  const apple = contextOf(corpusText(APPLE_2019));
  const labels = provideInlayHints(apple, wholeDocument(apple)).map((h) => h.label);
  assert.ok(labels.includes('Thu 7 Nov 2019'), labels.join(', '));
  assert.ok(labels.includes('due Thu 14 Nov 2019'), labels.join(', '));

  const old = contextOf(corpusText('secedgar_8-K_fullsub_1999_apple_0000320193-99-000010.txt'));
  assert.ok(!provideInlayHints(old, wholeDocument(old)).some((h) => String(h.label).startsWith('due')));
});

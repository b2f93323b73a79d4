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

test('a heading that has its title gets no title hint; Item 7.01 alone has no four-day deadline, and the hint says so', () => {
  const ctx = contextOf(corpusText(SEED));
  const hints = provideInlayHints(ctx, wholeDocument(ctx));
  assert.deepEqual(hints.map((h) => h.label), ['no 4-day deadline']);
  assert.match(JSON.stringify(hints[0].tooltip), /would end Thursday 11 April 2013/);
});

test('only hints inside the requested range', () => {
  const ctx = contextOf(corpusText(SEED));
  assert.deepEqual(provideInlayHints(ctx, { start: { line: 20, character: 0 }, end: { line: 60, character: 0 } }), []);
});

test('the header’s YYYYMMDD dates read as dates; a 1999 report gets no four-day deadline, nor Items 8.01 and 9.01 alone', () => {
  const apple = contextOf(corpusText(APPLE_2019));
  const labels = provideInlayHints(apple, wholeDocument(apple)).map((h) => h.label);
  assert.ok(labels.includes('Thu 7 Nov 2019'), labels.join(', '));
  // Items 8.01 and 9.01 alone run on no four-day clock.
  assert.ok(labels.includes('no 4-day deadline'), labels.join(', '));
  const withItem202 = contextOf(edited(corpusText(APPLE_2019), 'Item&#160;8.01', 'Item&#160;2.02'));
  assert.ok(provideInlayHints(withItem202, wholeDocument(withItem202)).some((h) => h.label === 'due Thu 14 Nov 2019'));

  const old = contextOf(corpusText('secedgar_8-K_fullsub_1999_apple_0000320193-99-000010.txt'));
  assert.ok(!provideInlayHints(old, wholeDocument(old)).some((h) => String(h.label).startsWith('due')));
});

test('an 8-K/A gets no four-day due date: the hint says so and its tooltip tells why', () => {
  const amended = contextOf(edited(corpusText(APPLE_2019), /<TYPE>8-K\n/, '<TYPE>8-K/A\n').replace('CONFORMED SUBMISSION TYPE:\t8-K', 'CONFORMED SUBMISSION TYPE:\t8-K/A'));
  assert.equal(amended.model.form, '8-K/A');
  const hint = provideInlayHints(amended, wholeDocument(amended)).find((h) => String(h.label).includes('deadline'));
  assert.equal(hint?.label, 'no 4-day deadline');
  assert.match(JSON.stringify(hint?.tooltip), /an amendment \(8-K\/A\) runs on the deadline of what it adds/);
});

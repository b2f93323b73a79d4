import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { provideSelectionRanges } from '../../server/src/features/selectionRanges';
import type { FeatureContext } from '../../server/src/features/context';
import { APPLE_2019, SEED, contextOf, corpusText, positionOf, textOf } from '../support/featureFixtures';

/** The selection's steps, innermost first, each as the first line of its text (and its line count). */
function steps(ctx: FeatureContext, selection: SelectionRange): string[] {
  const out: string[] = [];
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
    const text = textOf(ctx, s.range);
    const lines = s.range.end.line - s.range.start.line + 1;
    out.push(lines > 1 ? `${text.split('\n')[0].trim()} … (${lines} lines)` : text);
  }
  return out;
}

function assertNested(selection: SelectionRange): void {
  for (let s: SelectionRange | undefined = selection; s?.parent; s = s.parent) {
    const inner = s.range;
    const outer = s.parent.range;
    const before = (a: typeof inner.start, b: typeof inner.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(before(outer.start, inner.start) && before(inner.end, outer.end), 'each step holds the one before it');
    assert.notDeepEqual(inner, outer, 'each step grows the selection');
  }
}

test('expanding from inside the EIN: the EIN, the cover page, the whole filing', () => {
  const ctx = contextOf(corpusText(SEED));
  const [selection] = provideSelectionRanges(ctx, [positionOf(ctx, '04-2726691', 4)]);
  assertNested(selection);
  const chain = steps(ctx, selection);
  assert.equal(chain[0], '04-2726691');
  assert.match(chain[1], /^UNITED STATES SECURITIES AND EXCHANGE COMMISSION … \(\d+ lines\)$/, 'the cover page');
  assert.equal(chain.length, 3);
});

test('expanding from an item number: the number, the heading, the item section, the filing', () => {
  const ctx = contextOf(corpusText(SEED));
  const [selection] = provideSelectionRanges(ctx, [positionOf(ctx, 'ITEM 7.01', 6)]);
  assertNested(selection);
  const chain = steps(ctx, selection);
  assert.equal(chain[0], '7.01');
  assert.match(chain[1], /^ITEM 7\.01 . REGULATION FD DISCLOSURE$/);
  assert.match(chain[2], /^ITEM 7\.01 .* \(\d+ lines\)$/, 'the item section');
  assert.equal(chain.length, 4);
});

test('in a full submission: header field, SEC header, the submission; an exhibit, its text, its document', () => {
  const ctx = contextOf(corpusText(APPLE_2019));
  const [field, inExhibit] = provideSelectionRanges(ctx, [positionOf(ctx, 'CONFORMED SUBMISSION TYPE', 3), positionOf(ctx, '<TYPE>EX-', 2)]);
  assertNested(field);
  assertNested(inExhibit);
  const header = steps(ctx, field);
  assert.match(header[0], /^CONFORMED SUBMISSION TYPE:\s+8-K$/);
  assert.match(header.at(-2) ?? '', /^<SEC-HEADER>/);
  const exhibit = steps(ctx, inExhibit);
  assert.match(exhibit[0], /^<DOCUMENT> … \(\d+ lines\)$/, 'the exhibit document');
  assert.equal(exhibit.length, 2);
});

test('a position outside any structure is answered with itself, one per position asked', () => {
  const ctx = contextOf('just some words\n');
  const selections = provideSelectionRanges(ctx, [{ line: 0, character: 3 }, { line: 0, character: 8 }]);
  assert.equal(selections.length, 2);
  assert.deepEqual(selections[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
});

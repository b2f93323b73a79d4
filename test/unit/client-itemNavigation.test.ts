// Next / Previous Item and the item at the cursor (client/src/itemNavigation.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemAt, itemStops, nextItem, previousItem } from '../../client/src/itemNavigation';
import { APPLE_2019, item, summaryOfCorpus } from './client-fixtures';

const at = (line: number, character = 0) => ({ line, character });

// Item 2.02 at line 10, Items 5.02 and 9.01 sharing a heading at line 20, Item 7.01 at line 30 (given out of order).
const ITEMS = [
  item('7.01', 30, 40),
  item('2.02', 10, 20),
  item('5.02', 20, 30, { combined: true }),
  item('9.01', 20, 30, { combined: true }),
];

test('stops: text order, one per heading', () => {
  assert.deepEqual(itemStops(ITEMS).map((i) => i.number), ['2.02', '5.02', '7.01']);
});

test('next: the first heading after the cursor', () => {
  assert.equal(nextItem(ITEMS, at(0))?.number, '2.02');
  assert.equal(nextItem(ITEMS, at(10))?.number, '5.02', 'from the start of a heading, the one after');
  assert.equal(nextItem(ITEMS, at(15, 4))?.number, '5.02');
  assert.equal(nextItem(ITEMS, at(20))?.number, '7.01', 'a shared heading is one stop');
  assert.equal(nextItem(ITEMS, at(30)), undefined);
  assert.equal(nextItem([], at(0)), undefined);
});

test('previous: the last heading before the cursor (from inside an item, its own heading)', () => {
  assert.equal(previousItem(ITEMS, at(35))?.number, '7.01');
  assert.equal(previousItem(ITEMS, at(30))?.number, '5.02');
  assert.equal(previousItem(ITEMS, at(10, 1))?.number, '2.02');
  assert.equal(previousItem(ITEMS, at(10)), undefined);
  assert.equal(previousItem(ITEMS, at(0)), undefined);
});

test('next then previous come back to the same heading', () => {
  const next = nextItem(ITEMS, at(12));
  assert.ok(next);
  assert.equal(previousItem(ITEMS, next.headingRange.start)?.number, '2.02');
});

test('the item at a position: the section holding it', () => {
  assert.equal(itemAt(ITEMS, at(5)), undefined);
  assert.equal(itemAt(ITEMS, at(12))?.number, '2.02');
  assert.equal(itemAt(ITEMS, at(25))?.number, '5.02');
  assert.equal(itemAt(ITEMS, at(39, 9))?.number, '7.01');
  assert.equal(itemAt(ITEMS, at(41)), undefined);
  // Where one section ends and the next begins, the later one.
  assert.equal(itemAt(ITEMS, at(20))?.number, '5.02');
});

test('on a real filing: from the top, next reaches every heading in turn', () => {
  const { items } = summaryOfCorpus(APPLE_2019);
  const visited: string[] = [];
  let position = at(0);
  for (let step = nextItem(items, position); step; step = nextItem(items, position)) {
    visited.push(step.number);
    position = step.headingRange.start;
  }
  assert.deepEqual(visited, ['8.01', '9.01']);
});

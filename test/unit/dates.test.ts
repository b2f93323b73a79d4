import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseDate, compactToIso } from '../../server/src/service/dates';

test('dates in the forms filings write them all normalize to ISO', () => {
  for (const [text, iso] of [
    ['April 7, 2013', '2013-04-07'],
    ['APRIL 7, 2013', '2013-04-07'],
    ['Apr. 7, 2013', '2013-04-07'],
    ['April 7 , 2013', '2013-04-07'],
    ['April 7th, 2013', '2013-04-07'],
    ['7 April 2013', '2013-04-07'],
    ['04/07/2013', '2013-04-07'],
    ['4/7/13', '2013-04-07'],
    ['2013-04-07', '2013-04-07'],
    ['20130407', '2013-04-07'],
    ['Sept. 30, 2020', '2020-09-30'],
  ] as const) {
    assert.equal(parseDate(text), iso, text);
  }
});

test('impossible dates are not dates', () => {
  assert.equal(parseDate('April 31, 2013'), undefined);
  assert.equal(parseDate('February 29, 2013'), undefined);
  assert.equal(parseDate('February 29, 2012'), '2012-02-29');
  assert.equal(compactToIso('20131301'), undefined);
});

test('findDates reports where each date stands', () => {
  const text = 'Date of Report (Date of earliest event reported): April 7, 2013 and signed 04/08/2013.';
  const found = findDates(text);
  assert.deepEqual(
    found.map((d) => [d.iso, text.slice(d.index, d.index + d.length)]),
    [
      ['2013-04-07', 'April 7, 2013'],
      ['2013-04-08', '04/08/2013'],
    ],
  );
});

test('a long text without dates is scanned quickly (no backtracking)', () => {
  const text = 'April '.repeat(200_000) + '7, 2013';
  const t = Date.now();
  assert.equal(findDates(text).length, 1);
  assert.ok(Date.now() - t < 2000);
});

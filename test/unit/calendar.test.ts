import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiling } from '../../server/src/service/analyze';
import { filingDeadline, withinCalendar, holidaysOf, isBusinessDay, filingDateOfAcceptance, nextBusinessDay, nonBusinessReason } from '../../server/src/service/calendar';

test('an event on a Sunday starts the count on Monday, inclusive (the seed: due Thursday 11 April 2013)', () => {
  const d = filingDeadline('2013-04-07');
  assert.equal(d.dueDate, '2013-04-11');
  assert.deepEqual(d.businessDays, ['2013-04-08', '2013-04-09', '2013-04-10', '2013-04-11']);
  assert.deepEqual(d.skipped, [{ date: '2013-04-07', reason: 'Sunday' }]);
});

test('an event on a Monday is due on Friday', () => {
  assert.equal(filingDeadline('2013-04-08').dueDate, '2013-04-12');
});

test('weekends and holidays inside the window push the deadline out, with their names', () => {
  // Thursday 2 July 2020: Friday 3 July is Independence Day observed.
  const d = filingDeadline('2020-07-02');
  assert.equal(d.dueDate, '2020-07-09');
  assert.ok(d.skipped.some((s) => s.date === '2020-07-03' && /Independence Day/.test(s.reason)));
});

test('floating holidays land on the right Mondays and Thursdays', () => {
  const h = holidaysOf(2024);
  assert.equal(h.get('2024-01-15'), 'Martin Luther King Jr. Day');
  assert.equal(h.get('2024-02-19'), 'Washington’s Birthday');
  assert.equal(h.get('2024-05-27'), 'Memorial Day');
  assert.equal(h.get('2024-09-02'), 'Labor Day');
  assert.equal(h.get('2024-10-14'), 'Columbus Day');
  assert.equal(h.get('2024-11-28'), 'Thanksgiving Day');
});

test('Juneteenth counts from 2021 only', () => {
  assert.equal(isBusinessDay('2020-06-19'), true);
  assert.equal(isBusinessDay('2023-06-19'), false);
});

test('a fixed holiday on a Saturday is observed on the Friday before, on a Sunday the Monday after', () => {
  assert.match(nonBusinessReason('2021-12-31') ?? '', /New Year/); // 1 Jan 2022 was a Saturday
  assert.match(nonBusinessReason('2022-12-26') ?? '', /Christmas/); // 25 Dec 2022 was a Sunday
  assert.equal(isBusinessDay('2022-12-23'), true);
});

test('ad hoc closures from the data table are not business days', () => {
  assert.match(nonBusinessReason('2018-12-05') ?? '', /Mourning/);
  assert.match(nonBusinessReason('2025-01-09') ?? '', /Carter/);
});

test('an acceptance after 5:30 pm Eastern files on the next business day', () => {
  assert.equal(filingDateOfAcceptance('20130408160000'), '2013-04-08');
  assert.equal(filingDateOfAcceptance('20130408173100'), '2013-04-09');
  assert.equal(filingDateOfAcceptance('20130412180000'), '2013-04-15'); // Friday evening → Monday
  assert.equal(filingDateOfAcceptance('garbage'), undefined);
});

test('the acceptance time is read in EDGAR’s compact form and in ISO form', () => {
  assert.equal(filingDateOfAcceptance('2013-04-08T17:31:00'), '2013-04-09');
  assert.equal(filingDateOfAcceptance('2013-04-08T09:00:00'), '2013-04-08');
});

test('Christmas Eve closures count as holidays; the Hurricane Sandy days, when EDGAR stayed open, do not', () => {
  // Friday 20 December 2019: Monday 23 counts, Tuesday 24 and Wednesday 25 are closures.
  const christmas = filingDeadline('2019-12-20');
  assert.deepEqual(christmas.businessDays, ['2019-12-23', '2019-12-26', '2019-12-27', '2019-12-30']);
  assert.ok(christmas.skipped.some((s) => s.date === '2019-12-24' && /Christmas Eve/.test(s.reason)));
  // Thursday 25 October 2012: Monday 29 and Tuesday 30 (federal offices closed) still count.
  assert.equal(filingDeadline('2012-10-25').dueDate, '2012-10-31');
  assert.equal(isBusinessDay('2012-10-29'), true);
});

test('a filing whose header period is in 2101 or 9999 is analysed without a deadline rather than failing', () => {
  const filing = (period: string) =>
    `<SEC-DOCUMENT>x.txt\n<SEC-HEADER>x.hdr.sgml\nCONFORMED SUBMISSION TYPE:\t8-K\nCONFORMED PERIOD OF REPORT:\t${period}\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nFORM 8-K\n\nItem 2.02 Results of Operations and Financial Condition\n\nText.\n</TEXT>\n</DOCUMENT>\n`;
  for (const period of ['21010105', '99991231']) {
    const model = analyzeFiling(filing(period));
    assert.equal(model.form, '8-K');
    assert.equal(model.items.length, 1);
  }
  assert.equal(withinCalendar('2099-12-31'), true);
  assert.equal(withinCalendar('9999-12-31'), false);
});

test('the next business day: over a weekend and a holiday, and none past the last day the calendar can count', () => {
  assert.equal(nextBusinessDay('2013-04-05'), '2013-04-08'); // Friday to Monday
  assert.equal(nextBusinessDay('2024-12-24'), '2024-12-26'); // Christmas Day skipped
  assert.equal(nextBusinessDay('2021-12-30'), '2022-01-03'); // New Year's Day observed Friday 31 December, then a weekend
  assert.equal(nextBusinessDay('2099-12-31'), '2100-01-04'); // Thursday; New Year's Day Friday, then a weekend
  assert.equal(nextBusinessDay('2100-01-04'), undefined);
  assert.equal(nextBusinessDay('9999-12-31'), undefined);
});

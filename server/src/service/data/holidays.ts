/**
 * Federal holidays and closures that are not SEC business days
 * (shared/notes/form-8k-reference.md; 5 U.S.C. 6103 for the list and the
 * observed-day rule). Rules are data; the calendar module computes the dates.
 */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number } // observed Friday before / Monday after a weekend
  | { kind: 'nth-weekday'; month: number; weekday: number; n: number } // n = -1: last
  ;

export interface HolidayDefinition {
  name: string;
  rule: HolidayRule;
  /** First year the holiday was observed as a federal holiday. */
  from?: number;
}

export const FEDERAL_HOLIDAYS: readonly HolidayDefinition[] = [
  { name: 'New Year’s Day', rule: { kind: 'fixed', month: 1, day: 1 } },
  { name: 'Martin Luther King Jr. Day', rule: { kind: 'nth-weekday', month: 1, weekday: 1, n: 3 }, from: 1986 },
  { name: 'Washington’s Birthday', rule: { kind: 'nth-weekday', month: 2, weekday: 1, n: 3 } },
  { name: 'Memorial Day', rule: { kind: 'nth-weekday', month: 5, weekday: 1, n: -1 } },
  { name: 'Juneteenth National Independence Day', rule: { kind: 'fixed', month: 6, day: 19 }, from: 2021 },
  { name: 'Independence Day', rule: { kind: 'fixed', month: 7, day: 4 } },
  { name: 'Labor Day', rule: { kind: 'nth-weekday', month: 9, weekday: 1, n: 1 } },
  { name: 'Columbus Day', rule: { kind: 'nth-weekday', month: 10, weekday: 1, n: 2 } },
  { name: 'Veterans Day', rule: { kind: 'fixed', month: 11, day: 11 } },
  { name: 'Thanksgiving Day', rule: { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 } },
  { name: 'Christmas Day', rule: { kind: 'fixed', month: 12, day: 25 } },
];

/**
 * Ad hoc closures of the federal government on which EDGAR was closed, by ISO
 * date. 5 Dec 2018 and 9 Jan 2025 are in the reference note. The Christmas
 * Eves of 2018-2020 are confirmed by practitioners quoting the SEC's EDGAR
 * announcements (Morrison & Foerster, 21 Dec 2018; Cooley PubCo, 16 Dec 2020:
 * "just like last year"). 11 Jun 2004: executive order of 6 Jun 2004 closing
 * every agency, and NASD's member alert of 9 Jun 2004 following the SEC's
 * announcement (not a business day for SEC report deadlines). 2 Jan 2007:
 * executive order of 28 Dec 2006 closing "all executive departments,
 * independent establishments, and other governmental agencies" (text quoted by
 * FedSmith, 29 Dec 2006); the SEC's 2018 announcement gives its policy that
 * EDGAR closes whenever the federal government does. 24 Dec 2024: executive
 * order of 19 Dec 2024, reported by the press; no SEC announcement read, so
 * still marked "verify". Other closures by executive order around Christmas
 * (24 Dec 2012, Executive Order 13633, per the Federal Register's notice of
 * 21 Dec 2012, and those of other years) are left out until an EDGAR closure
 * is read for them: a missing closure gives a due date a day early, which is
 * safe, while a wrong one would give a due date that is too late.
 * Not here: 29-30 Oct 2012 (Hurricane Sandy). Federal offices closed, but
 * EDGAR stayed open and the SEC granted relief by exemptive order to those
 * the storm kept from filing (SEC press release 2012-220), so for everyone
 * else those days counted: treating them as holidays would give a deadline
 * that is too late.
 */
export const AD_HOC_CLOSURES: Readonly<Record<string, string>> = {
  '2004-06-11': 'National Day of Mourning for President Reagan',
  '2007-01-02': 'National Day of Mourning for President Ford',
  '2018-12-05': 'National Day of Mourning for President George H. W. Bush',
  '2018-12-24': 'Christmas Eve closure by executive order',
  '2019-12-24': 'Christmas Eve closure by executive order',
  '2020-12-24': 'Christmas Eve closure by executive order',
  '2024-12-24': 'Christmas Eve closure by executive order (verify)',
  '2025-01-09': 'National Day of Mourning for President Carter',
};

/** A filing accepted after this Eastern time gets the next business day's filing date. */
export const FILING_CUTOFF_EASTERN = { hour: 17, minute: 30 };

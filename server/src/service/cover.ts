/**
 * The cover page of a filing: form type, Date of Report, registrant, state of
 * incorporation, Commission File Number, EIN, address, telephone, check boxes
 * and the Section 12(b) table.
 *
 * The cover is read from the view text before the first item heading (at
 * most MAX_COVER characters), so the cost is linear and small. Values are
 * found beside their printed captions with patterns of what each value looks
 * like (see cover/nearCaption.ts); the SEC header and the inline XBRL dei
 * facts only fill in what the printed cover does not say.
 */
import type { CoverPage, SecHeader, TextView, XbrlFact } from './model';
import { type CaptionKind, Captions } from './cover/captions';
import { CoverText } from './cover/coverText';
import { findFormType } from './cover/formType';
import { findDateOfReport } from './cover/dateOfReport';
import { findRegistrant } from './cover/registrant';
import { findEin, findFileNumber, findState, registrationRegion } from './cover/registration';
import { findAddress, findTelephone } from './cover/address';
import { findCheckBoxes } from './cover/checkBoxes';
import { findSecurities12b } from './cover/securities';

/** How much of a view without item headings is searched for the cover. */
export const MAX_COVER = 30_000;

const COVER_KINDS: readonly CaptionKind[] = ['dateOfReport', 'registrant', 'registrantColumn', 'state', 'fileNumber', 'ein'];

export interface CoverHints {
  header?: SecHeader;
  facts: XbrlFact[];
}

export function findCover(view: TextView, coverEnd: number, hints: CoverHints): CoverPage | undefined {
  const limit = Math.max(0, Math.min(coverEnd, view.text.length, MAX_COVER));
  const cover = new CoverText(view, limit);
  const captions = new Captions(cover);
  const formType = findFormType(cover);
  // Without a form heading, two kinds of cover captions make a cover (one could be running text).
  const labelled = new Set(captions.all.filter((c) => COVER_KINDS.includes(c.kind)).map((c) => c.kind));
  if (!formType && labelled.size < 2) return undefined;

  const registrantCaption = captions.first('registrant');
  // The registrant's name stands above the state and EIN captions (a 10-K prints the file number above it).
  const nameSearchEnd = captions.next(['state', 'ein'], 0)?.start ?? limit;
  const registrant = findRegistrant(cover, captions, hints, nameSearchEnd);
  const nameEnd = Math.max(registrantCaption?.end ?? -1, registrant?.span?.end ?? -1);
  const region = registrationRegion(cover, captions, nameEnd >= 0 ? nameEnd : undefined);
  const eightK = !formType || /^8-K/.test(formType.value);
  const dateOfReport = findDateOfReport(
    cover,
    captions,
    hints.facts,
    eightK ? (registrantCaption?.start ?? nameSearchEnd) : undefined,
  );
  const checkBoxesFrom = captions.first('checkBoxes')?.start ?? region.start;

  const page: CoverPage = {
    range: coverRange(cover),
    formType,
    dateOfReport,
    registrant: registrant?.located,
    stateOfIncorporation: findState(cover, captions, region, hints.facts),
    commissionFileNumber: findFileNumber(cover, captions, region, hints.facts),
    irsEmployerId: findEin(cover, captions, region, hints.facts),
    address: findAddress(cover, captions),
    telephone: findTelephone(cover, captions),
    checkBoxes: findCheckBoxes(cover, checkBoxesFrom, hints.facts),
    securities12b: findSecurities12b(cover, captions),
  };
  for (const key of Object.keys(page) as (keyof CoverPage)[]) {
    if (page[key] === undefined) delete page[key];
  }
  return page;
}

/** From the first line with text to the end of the last one before the limit. */
function coverRange(cover: CoverText) {
  const lines = cover.lines.filter((l) => !l.blank);
  if (lines.length === 0) return cover.view.toSourceRange(0, 0);
  return cover.view.toSourceRange(lines[0].start, lines[lines.length - 1].end);
}

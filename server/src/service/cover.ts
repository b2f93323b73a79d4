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
import { KeyWords } from './cover/keyWords';
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
  const keyWords = new KeyWords(cover.head);
  const captions = new Captions(cover, keyWords);
  const formType = findFormType(cover, keyWords);
  // Without a form heading, two kinds of cover captions make a cover (one could be running text).
  if (!formType && !hasTwoCoverKinds(captions)) return undefined;

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

  const state = findState(cover, captions, region, hints.facts);
  const fileNumber = findFileNumber(cover, captions, region, hints.facts);
  const ein = findEin(cover, captions, region, hints.facts);
  const address = findAddress(cover, captions);
  const telephone = findTelephone(cover, captions);

  // Values are set in this order, the undefined ones left out: the page is serialized as it is.
  // (Each is a named store rather than a store through a key, which is slower.)
  const page = { range: coverRange(cover) } as CoverPage;
  if (formType !== undefined) page.formType = formType;
  if (dateOfReport !== undefined) page.dateOfReport = dateOfReport;
  if (registrant !== undefined) page.registrant = registrant.located;
  if (state !== undefined) page.stateOfIncorporation = state;
  if (fileNumber !== undefined) page.commissionFileNumber = fileNumber;
  if (ein !== undefined) page.irsEmployerId = ein;
  if (address !== undefined) page.address = address;
  if (telephone !== undefined) page.telephone = telephone;
  page.checkBoxes = findCheckBoxes(cover, keyWords, checkBoxesFrom, hints.facts);
  page.securities12b = findSecurities12b(cover, captions);
  return page;
}

/** Whether captions of two different COVER_KINDS stand on the cover. */
function hasTwoCoverKinds(captions: Captions): boolean {
  let first: CaptionKind | undefined;
  for (const { kind } of captions.all) {
    if (!COVER_KINDS.includes(kind)) continue;
    if (first === undefined) first = kind;
    else if (kind !== first) return true;
  }
  return false;
}

/** From the first line with text to the end of the last one before the limit. */
function coverRange(cover: CoverText) {
  const { lines } = cover;
  const first = lines.findIndex((l) => !l.blank);
  if (first === -1) return cover.view.toSourceRange(0, 0);
  let last = lines.length - 1;
  while (lines[last].blank) last--;
  return cover.view.toSourceRange(lines[first].start, lines[last].end);
}

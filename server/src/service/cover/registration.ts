/**
 * The row of registration facts under the registrant's name: state or other
 * jurisdiction of incorporation, Commission File Number, I.R.S. Employer
 * Identification No. Each is looked for beside its caption with a matcher of
 * what the value looks like, then in the visible dei facts, then (file number
 * and EIN) as the first value of that shape in the region.
 */
import type { Located, XbrlFact } from '../model';
import { JURISDICTIONS } from '../data/jurisdictions';
import { type Caption, type CaptionKind, type Captions, isCaptionText } from './captions';
import { cellAt, cellsOf, type CoverText, nearestInColumn, openingBefore, type Span, trimSpan } from './coverText';
import { locateFact, visibleFact } from './facts';
import { findNearCaption, type NearOptions } from './nearCaption';
import {
  einMatcher,
  fileNumberMatcher,
  jurisdictionMatcher,
  jurisdictionOfAbbreviation,
  looseEinMatcher,
  type ValueMatch,
  type ValueMatcher,
} from './valuePatterns';

export interface Region {
  /** Where the registration row may start: the end of the registrant's name or caption (or of the date, or 0). */
  start: number;
  /** How far up a caption printed before `start` may look: the end of the Date of Report caption (or 0). */
  floor: number;
  /** Where it surely ended: the address caption, the check boxes, or the end of the cover. */
  end: number;
}

const BOUNDARY_KINDS: readonly CaptionKind[] = ['address', 'telephone', 'formerName', 'checkBoxes', 'securities12b'];
const VALUE_KINDS: readonly CaptionKind[] = ['state', 'fileNumber', 'ein'];

/** The part of the cover where the registration row stands. */
export function registrationRegion(cover: CoverText, captions: Captions, registrantEnd: number | undefined): Region {
  const floor = captions.first('dateOfReport')?.end ?? 0;
  const start = registrantEnd ?? floor;
  const firstValueCaption = captions.all.find((c) => c.start >= start && VALUE_KINDS.includes(c.kind));
  const boundary = captions.next(BOUNDARY_KINDS, firstValueCaption?.end ?? start);
  return { start, floor: Math.min(floor, start), end: boundary ? cover.lines[boundary.line].start : cover.limit };
}

export function findFileNumber(cover: CoverText, captions: Captions, region: Region, facts: XbrlFact[]): Located | undefined {
  const near = nearFirstCaption(cover, captions, 'fileNumber', fileNumberMatcher, region);
  if (near) return cover.locate(near, near.value);
  const fact = visibleFact(facts, 'EntityFileNumber');
  if (fact) return locateFact(fact, fact.value.replace(/\s+/g, ''));
  const first = fileNumberMatcher(cover.text, region.start, region.end)[0];
  return first ? cover.locate(first, first.value) : undefined;
}

export function findEin(cover: CoverText, captions: Captions, region: Region, facts: XbrlFact[]): Located | undefined {
  const near = nearFirstCaption(cover, captions, 'ein', looseEinMatcher, region);
  if (near) return cover.locate(near, near.value);
  const fact = visibleFact(facts, 'EntityTaxIdentificationNumber');
  if (fact) return locateFact(fact, fact.value.replace(/\s+/g, ''));
  const first = einMatcher(cover.text, region.start, region.end)[0];
  return first ? cover.locate(first, first.value) : undefined;
}

export function findState(cover: CoverText, captions: Captions, region: Region, facts: XbrlFact[]): Located | undefined {
  const caption = firstCaption(captions, 'state', region);
  if (caption) {
    const near = findNearCaption(cover, caption, jurisdictionMatcher, nearOptions(cover, caption, region));
    if (near) return cover.locate(near, near.value);
    const cell = cellForCaption(cover, caption, region);
    if (cell) return cover.locate(cell, jurisdictionOfAbbreviation(cover.text.slice(cell.start, cell.end)));
  }
  // "(A Kentucky Corporation)", "An Indiana Corporation".
  const described = describedJurisdiction(cover, region);
  if (described) return cover.locate(described, described.value);
  const fact = visibleFact(facts, 'EntityIncorporationStateCountryCode');
  return fact ? locateFact(fact) : undefined;
}

function firstCaption(captions: Captions, kind: CaptionKind, region: Region): Caption | undefined {
  return captions.all.find((c) => c.kind === kind && c.start >= region.start && c.start < region.end) ?? captions.first(kind);
}

function nearFirstCaption(cover: CoverText, captions: Captions, kind: CaptionKind, matcher: ValueMatcher, region: Region): ValueMatch | undefined {
  const caption = firstCaption(captions, kind, region);
  return caption ? findNearCaption(cover, caption, matcher, nearOptions(cover, caption, region)) : undefined;
}

function nearOptions(cover: CoverText, caption: Caption, region: Region): NearOptions {
  // A caption before the registrant's name (a 10-K's "Commission file number 1-3950", the column
  // headers of a combined filing) may look up to the Date of Report.
  const upTo = caption.start >= region.start ? region.start : region.floor;
  const downTo = caption.start < region.end ? region.end : cover.limit;
  return { upTo, downTo };
}

/**
 * The text cell the state caption labels, when no known jurisdiction is in
 * it: the cell before the caption on its line, else the lined-up cell of the
 * nearest line above. Only a short cell of words qualifies.
 */
function cellForCaption(cover: CoverText, caption: Caption, region: Region): Span | undefined {
  const line = cover.lines[caption.line];
  const qualifies = (span: Span) => {
    const text = cover.text.slice(span.start, span.end);
    return text.length > 1 && text.length <= 40 && !/\d/.test(text) && /[A-Za-z]/.test(text) && !isCaptionText(text);
  };
  const open = openingBefore(cover.text, line.start, caption.start);
  const cell = open > line.start ? cellAt(line, open - 1) : undefined;
  if (cell) {
    const span = trimSpan(cover.text, cell.start, Math.min(cell.end, open));
    if (qualifies(span)) return span;
  }
  const index = cover.nextNonBlank(caption.line, -1);
  if (index < 0 || cover.lines[index].start < region.start) return undefined;
  const above = cover.lines[index];
  const cells = cellsOf(above);
  if (cells.length === 0) return undefined;
  const aligned = nearestInColumn(cells, above, line, caption);
  const span = trimSpan(cover.text, aligned.start, aligned.end);
  return qualifies(span) ? span : undefined;
}

export const DESCRIBED = new RegExp(
  `\\ban?\\s+(${JURISDICTIONS.map((j) => j.name)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})\\s+(?:corporation|company|limited\\s+liability\\s+company|statutory\\s+trust|business\\s+trust|limited\\s+partnership|partnership|trust)\\b`,
  'i',
);

/** A word every DESCRIBED match holds: most regions have none, and skip the long pattern. */
const ENTITY_WORD = /corporation|company|partnership|trust/i;

/** DESCRIBED.exec(text), skipped where it cannot match. */
export function describedMatch(text: string): RegExpExecArray | null {
  return ENTITY_WORD.test(text) ? DESCRIBED.exec(text) : null;
}

function describedJurisdiction(cover: CoverText, region: Region): ValueMatch | undefined {
  const slice = cover.text.slice(region.start, region.end);
  const m = describedMatch(slice);
  if (!m) return undefined;
  const start = region.start + m.index + m[0].indexOf(m[1]);
  return jurisdictionMatcher(cover.text, start, start + m[1].length)[0];
}

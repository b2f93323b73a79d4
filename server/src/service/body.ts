/**
 * The body of a filing after its cover: item headings and their sections,
 * the signature block, the exhibit list, and where the cover ends. Works on
 * the view's text in one pass over its lines; every range returned is mapped
 * back to the source with the view.
 */
import type { ExhibitEntry, ItemHeading, Located, Signatures, TextView } from './model';
import { Lines, TO_END, isWhiteSpace } from './bodyLines';
import { HeadingScan, chooseItems, coverNamesOtherForm, isKnownItem, type HeadingCandidate } from './items';
import { findSignatureBlock, type Found, type SignatureBlock } from './signatures';
import { exhibitItemSections, exhibitRows, findExhibitIndex, type ExhibitRow } from './exhibits';

export interface BodyResult {
  items: ItemHeading[];
  signatures?: Signatures;
  exhibits: ExhibitEntry[];
  /** View offset where the cover page ends. */
  coverEndInView: number;
}

export function findBody(view: TextView, opts: { scheme?: 'current' | 'legacy' }): BodyResult {
  const text = view.text;
  const lines = new Lines(text);
  const headings = new HeadingScan(lines);
  const first = headings.searchUntil(TO_END, () => true);
  const otherForm = coverNamesOtherForm(lines, first ? first.start : text.length);

  // The signatures follow the items: look from the first line that reads as a heading.
  const firstHeading = otherForm ? undefined : firstBodyHeading(headings);
  const signature = findSignatureBlock(lines, firstHeading ? firstHeading.line : 0);
  const bodyEnd = signature ? signature.line : text.length;
  // Headings after the signatures are not looked for: they belong to pasted exhibits.
  if (!otherForm) headings.searchUntil(bodyEnd, () => false);
  const choice = otherForm
    ? { items: [], boundaries: [], firstStart: -1 }
    : chooseItems(headings.found, lines, { scheme: opts.scheme, bodyEnd });

  const sectionEnds = endsOfSections(choice.items, choice.boundaries, bodyEnd);
  const items = toItemHeadings(view, choice.items, sectionEnds);
  const rows = findExhibitRows(lines, choice.items, sectionEnds, signature);
  const coverEndInView = choice.firstStart >= 0 ? headingBlockStart(lines, choice.firstStart) : coverEndByCaptions(lines, bodyEnd);

  return {
    items,
    signatures: signature ? toSignatures(view, signature) : undefined,
    exhibits: rows.map((r) => toExhibitEntry(view, r)),
    coverEndInView,
  };
}

// ------------------------------------------------------------------- items

/** The first heading that is not the end of a wrapped sentence. */
function firstBodyHeading(headings: HeadingScan): HeadingCandidate | undefined {
  return headings.found.find((c) => !c.continuation) ?? headings.searchUntil(TO_END, (c) => !c.continuation);
}

/** Where each chosen heading's section ends: at the next boundary after it, or at the end of the body. */
function endsOfSections(chosen: HeadingCandidate[], boundaries: number[], bodyEnd: number): number[] {
  const ends: number[] = [];
  let b = 0;
  for (const c of chosen) {
    while (b < boundaries.length && boundaries[b] <= c.start) b++;
    ends.push(b < boundaries.length ? Math.min(boundaries[b], bodyEnd) : bodyEnd);
  }
  return ends;
}

function toItemHeadings(view: TextView, chosen: HeadingCandidate[], sectionEnds: number[]): ItemHeading[] {
  const out: ItemHeading[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k];
    const sectionEnd = sectionEnds[k];
    const combined = c.parts.length > 1;
    for (const part of c.parts) {
      const heading: ItemHeading = {
        number: part.number,
        scheme: part.scheme,
        title: c.title,
        headingRange: combined ? view.toSourceRange(part.partStart, part.partEnd) : view.toSourceRange(c.start, c.end),
        numberRange: view.toSourceRange(part.numberStart, part.numberEnd),
        sectionRange: view.toSourceRange(c.start, trimEnd(view.text, c.start, sectionEnd)),
        combined,
        known: isKnownItem(part.number, part.scheme),
      };
      if (c.titleStart >= 0) heading.titleRange = view.toSourceRange(c.titleStart, c.titleEnd);
      out.push(heading);
    }
  }
  return out;
}

/** `end` moved back over trailing white space, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

// -------------------------------------------------------------- signatures

function toSignatures(view: TextView, block: SignatureBlock): Signatures {
  const sig: Signatures = {
    headingRange: view.toSourceRange(block.headingStart, block.headingEnd),
    range: view.toSourceRange(block.headingStart, block.end),
  };
  if (block.date) sig.date = located(view, block.date);
  if (block.signer) sig.signer = located(view, block.signer);
  if (block.title) sig.title = located(view, block.title);
  return sig;
}

function located(view: TextView, f: Found): Located {
  return { value: f.value, raw: f.raw, range: view.toSourceRange(f.start, f.end) };
}

// ---------------------------------------------------------------- exhibits

/**
 * The exhibit index after the signatures when it lists any, else the list in
 * the section of Item 9.01 (legacy Item 7) or of an item whose title names
 * exhibits; for other forms, the sections of their "Item N. Exhibits" headings.
 */
function findExhibitRows(
  lines: Lines,
  chosen: HeadingCandidate[],
  sectionEnds: number[],
  signature: SignatureBlock | undefined,
): ExhibitRow[] {
  const indexFrom = signature ? signature.line : chosen.length > 0 ? chosen[chosen.length - 1].line : 0;
  const indexLine = findExhibitIndex(lines, indexFrom);
  if (indexLine >= 0) {
    const rows = exhibitRows(lines, lines.next(indexLine), TO_END, { listing: true, stopAfterGap: INDEX_GAP });
    if (rows.length > 0) return rows;
  }
  const rows: ExhibitRow[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k];
    const listsExhibits =
      c.parts.some((p) => (p.scheme === 'current' ? p.number === '9.01' : p.number === '7')) || /exhibit/i.test(c.title);
    if (!listsExhibits) continue;
    // Lines up to the one holding the section's last character: those that start at or before that character.
    const endLine = Math.max(c.start, sectionEnds[k] - 1) + 1;
    // From the heading line itself: its title ("... and Exhibits") says a list may follow.
    rows.push(...exhibitRows(lines, c.line, endLine));
  }
  if (rows.length === 0 && chosen.length === 0) {
    const endLine = signature ? signature.line : TO_END;
    for (const section of exhibitItemSections(lines, 0, endLine)) {
      rows.push(...exhibitRows(lines, section.from, section.to, { listing: true }));
    }
  }
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.number) ? false : (seen.add(r.number), true)));
}

/** Lines after the last row of an exhibit index that end it (the exhibits themselves may follow). */
const INDEX_GAP = 20;

function toExhibitEntry(view: TextView, r: ExhibitRow): ExhibitEntry {
  return {
    number: r.number,
    description: r.description,
    range: view.toSourceRange(r.start, r.end),
    numberRange: view.toSourceRange(r.numberStart, r.numberEnd),
  };
}

// ------------------------------------------------------------------- cover

const COVER_CAPTION =
  /commission file|exact name of registrant|jurisdiction|incorporation|identification n|employer|principal executive offices|zip code|telephone number|former name|former address|rule 425|14a-12|14d-2|13e-4|emerging growth|extended transition|section 12\(b\)|trading symbol|name of each exchange|date of report|earliest event|check the appropriate box|general instruction a\.2|current report|form 8-k/i;

const SECTION_HEADING = /^[*_\s]*section\s+\d\b/i;

/** The start of the first heading, or of the "Section 2 – Financial Information" line right above it. */
function headingBlockStart(lines: Lines, headingStart: number): number {
  const prev = lines.prevNonBlank(lines.prev(lines.lineOf(headingStart)), 3);
  return prev >= 0 && SECTION_HEADING.test(lines.trimmed(prev, 200)) ? lines.contentStart(prev) : headingStart;
}

const COVER_SCAN_LIMIT = 20000;
/** Lines without a caption after which the cover is taken to have ended. */
const COVER_GAP = 15;

/** Without item headings: the first line after the last line of the run of cover captions. */
function coverEndByCaptions(lines: Lines, bodyEnd: number): number {
  const limit = Math.min(bodyEnd, COVER_SCAN_LIMIT);
  let last = -1;
  let gap = 0;
  for (let i = 0; i >= 0 && i < limit && gap < COVER_GAP; i = lines.next(i)) {
    if (lines.isBlank(i)) continue;
    if (COVER_CAPTION.test(lines.lineText(i, 400))) {
      last = i;
      gap = 0;
    } else if (last >= 0) {
      gap++;
    }
  }
  if (last < 0) return 0;
  const next = lines.nextNonBlank(lines.next(last), 50);
  return next >= 0 ? next : lines.end(last);
}

/**
 * "Insert Item Heading": the items a filing may report, with their official
 * titles in the numbering of the filing's date, and the heading text to
 * insert (a paragraph in HTML, a line in plain text).
 */
import { CURRENT_ITEMS, CURRENT_SCHEME_EFFECTIVE, LEGACY_ITEMS } from '../../server/src/service/data/items';
import type { FilingSummary } from '../../server/src/protocol';
import { escapeHtml } from './html';
import { filingDate } from './summaryFacts';

export type ItemScheme = 'current' | 'legacy';

export interface HeadingChoice {
  number: string;
  title: string;
  scheme: ItemScheme;
  /** "Section 7 – Regulation FD", "furnished"... for the quick pick. */
  detail: string;
  /** The filing already has a heading for this item. */
  present: boolean;
}

/**
 * The numbering a filing uses: by its date (before 23 August 2004, the
 * legacy items 1–12); without a date, the numbering of its items; else current.
 */
export function schemeOf(summary: FilingSummary | undefined): ItemScheme {
  const date = summary && filingDate(summary);
  if (date) return date < CURRENT_SCHEME_EFFECTIVE ? 'legacy' : 'current';
  return summary?.items[0]?.scheme ?? 'current';
}

/** The items of a numbering in force on the date (an item added later is left out). */
export function headingChoices(summary: FilingSummary | undefined): HeadingChoice[] {
  const scheme = schemeOf(summary);
  const date = summary ? filingDate(summary) : undefined;
  const present = new Set(summary?.items.map((i) => i.number) ?? []);
  if (scheme === 'legacy') {
    return LEGACY_ITEMS.map((item) => ({
      number: item.number,
      title: item.title,
      scheme,
      detail: `before August 2004; now Item ${item.successors.join(', ')}`,
      present: present.has(item.number),
    }));
  }
  return CURRENT_ITEMS.filter((item) => !date || !item.since || item.since <= date).map((item) => ({
    number: item.number,
    title: item.title,
    scheme,
    detail: [item.section, item.furnished ? 'furnished' : ''].filter(Boolean).join(' · '),
    present: present.has(item.number),
  }));
}

/** "Item 7.01 Regulation FD Disclosure." / "Item 5. Other Events." */
export function headingLine(choice: Pick<HeadingChoice, 'number' | 'title' | 'scheme'>): string {
  return choice.scheme === 'legacy' ? `Item ${choice.number}. ${choice.title}.` : `Item ${choice.number} ${choice.title}.`;
}

export type HeadingFormat = 'html' | 'text';

/**
 * The text to insert at the cursor: the heading on a line of its own (a
 * line break first when the cursor is not at a line start), in HTML a bold paragraph.
 */
export function headingInsertion(
  choice: Pick<HeadingChoice, 'number' | 'title' | 'scheme'>,
  format: HeadingFormat,
  textBeforeCursor: string,
  eol = '\n',
): string {
  const line = headingLine(choice);
  const heading = format === 'html' ? `<p><b>${escapeHtml(line)}</b></p>` : line;
  const lead = textBeforeCursor.trim() === '' ? '' : eol;
  return `${lead}${heading}${eol}`;
}

/**
 * Names for people of what the model holds: items with their official
 * titles, cover fields, check boxes, signature fields. Shared by the outline,
 * workspace symbols and the filing summary so they all say the same thing.
 */
import type { CheckBoxRule, CoverPage, ItemHeading, Located, Signatures } from '../service/model';
import { SECTIONS, currentItem } from '../service/data/items';
import { CHECK_BOX_CAPTIONS } from '../service/data/checkBoxes';
import { HEADER_KEYS } from '../service/data/headerKeys';
import { officialTitle } from '../service/itemTitles';

/** "Item 7.01 Regulation FD Disclosure": the official title where the item is known, else the heading's. */
export function itemLabel(item: ItemHeading): string {
  const title = officialTitle(item.number, item.scheme) ?? item.title;
  return title ? `Item ${item.number} ${title}` : `Item ${item.number}`;
}

/** "Section 7 – Regulation FD" for a current item; undefined for legacy numbers. */
export function itemSection(item: ItemHeading): string | undefined {
  if (item.scheme !== 'current') return undefined;
  const major = item.number.split('.')[0];
  const name = SECTIONS[major];
  return name ? `Section ${major} – ${name}` : undefined;
}

/** A few words on an item for an outline's detail column. */
export function itemDetail(item: ItemHeading): string {
  if (!item.known) return 'not an item of Form 8-K';
  if (item.scheme === 'legacy') return 'numbering before August 2004';
  return currentItem(item.number)?.furnished ? 'furnished, not filed' : '';
}

export type CoverFieldKey =
  | 'formType'
  | 'dateOfReport'
  | 'registrant'
  | 'stateOfIncorporation'
  | 'commissionFileNumber'
  | 'irsEmployerId'
  | 'address'
  | 'telephone';

/** Cover fields in the order a cover prints them. */
export const COVER_FIELDS: readonly { key: CoverFieldKey; label: string }[] = [
  { key: 'formType', label: 'Form' },
  { key: 'dateOfReport', label: 'Date of Report' },
  { key: 'registrant', label: 'Registrant' },
  { key: 'stateOfIncorporation', label: 'State of Incorporation' },
  { key: 'commissionFileNumber', label: 'Commission File Number' },
  { key: 'irsEmployerId', label: 'IRS Employer Identification No.' },
  { key: 'address', label: 'Address' },
  { key: 'telephone', label: 'Telephone' },
];

export interface LabelledValue {
  key: string;
  label: string;
  located: Located;
}

/** The cover fields that were found, in cover order. */
export function coverFields(cover: CoverPage): LabelledValue[] {
  const out: LabelledValue[] = [];
  for (const { key, label } of COVER_FIELDS) {
    const located = cover[key];
    if (located) out.push({ key, label, located });
  }
  return out;
}

export function signatureFields(signatures: Signatures): LabelledValue[] {
  const out: LabelledValue[] = [];
  if (signatures.signer) out.push({ key: 'signer', label: 'Signed by', located: signatures.signer });
  if (signatures.title) out.push({ key: 'title', label: 'Title', located: signatures.title });
  if (signatures.date) out.push({ key: 'date', label: 'Date', located: signatures.date });
  return out;
}

const SHORT_CHECK_BOX_LABELS: Record<CheckBoxRule, string> = {
  '425': 'Written communications (Rule 425)',
  '14a-12': 'Soliciting material (Rule 14a-12)',
  '14d-2(b)': 'Pre-commencement communications (Rule 14d-2(b))',
  '13e-4(c)': 'Pre-commencement communications (Rule 13e-4(c))',
  'emerging-growth': 'Emerging growth company',
  'extended-transition': 'Not using the extended transition period',
};

/** A short name for a check box, for trees and outlines. */
export function checkBoxLabel(rule: CheckBoxRule): string {
  return SHORT_CHECK_BOX_LABELS[rule] ?? rule;
}

/** The caption the form prints beside the box. */
export function checkBoxCaption(rule: CheckBoxRule): string {
  return CHECK_BOX_CAPTIONS.find((c) => c.rule === rule)?.caption ?? checkBoxLabel(rule);
}

/** "Accession number" for "ACCESSION NUMBER": the catalogue's name for a header key, else the key in sentence case. */
export function headerKeyLabel(key: string): string {
  const normalized = key.toUpperCase().replace(/[-\s]+/g, ' ').trim();
  const known = HEADER_KEYS[normalized];
  if (known) return known.label;
  const lower = normalized.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

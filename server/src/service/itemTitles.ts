/** Matching item titles as filings and EDGAR's header write them against the catalogue. */
import { CURRENT_ITEMS, LEGACY_ITEMS, currentItem, legacyItem } from './data/items';
import type { ItemScheme } from './model';

/** A title reduced to letters and digits, lower case: punctuation, quotes and dashes do not matter. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

const currentByTitle = new Map<string, string>();
for (const item of CURRENT_ITEMS) {
  for (const t of [item.title, ...item.variants]) currentByTitle.set(titleKey(t), item.number);
}
const legacyByTitle = new Map<string, string>();
for (const item of LEGACY_ITEMS) {
  for (const t of [item.title, ...item.variants]) legacyByTitle.set(titleKey(t), item.number);
}

/** The item a title names (an exact match of the title or a known variant). */
export function itemNumberForTitle(title: string, scheme: ItemScheme): string | undefined {
  return (scheme === 'legacy' ? legacyByTitle : currentByTitle).get(titleKey(title));
}

export function officialTitle(number: string, scheme: ItemScheme): string | undefined {
  return scheme === 'legacy' ? legacyItem(number)?.title : currentItem(number)?.title;
}

/** True when a heading's title says the same as the official title or one of its variants. */
export function titleMatches(written: string, number: string, scheme: ItemScheme): boolean {
  const key = titleKey(written);
  if (!key) return true; // a bare number: nothing to compare
  const def = scheme === 'legacy' ? legacyItem(number) : currentItem(number);
  if (!def) return true;
  return [def.title, ...def.variants].some((t) => titleKey(t) === key);
}

/**
 * The item number an EDGAR ITEM INFORMATION value stands for: a title
 * ("Financial statements and exhibits"), a number ("2.02", "7") or nothing.
 */
export function itemNumberOfHeaderValue(value: string, scheme: ItemScheme): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (/^\d{1,2}(\.\d{2})?$/.test(v)) return v;
  return itemNumberForTitle(v, scheme) ?? itemNumberForTitle(v, scheme === 'legacy' ? 'current' : 'legacy');
}

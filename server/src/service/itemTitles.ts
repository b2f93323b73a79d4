/** Matching item titles as filings and EDGAR's header write them against the catalogue. */
import { CURRENT_ITEMS, LEGACY_ITEMS, currentItem, legacyItem } from './data/items';
import type { ItemScheme } from './model';
import { isAscii } from './bodyLines';

/** A title reduced to letters and digits, lower case: punctuation, quotes and dashes do not matter. */
export function titleKey(title: string): string {
  return isAscii(title) ? asciiTitleKey(title) : plainTitleKey(title);
}

/** `titleKey` the plain way, for any text: what `asciiTitleKey` must give for ASCII text. */
export function plainTitleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * `plainTitleKey` of an ASCII text in one pass: lower case turns only A-Z
 * into letters, the quotes replaced are dropped like all punctuation, and
 * "&" becomes "and". (Beyond ASCII, lower case can give a-z from other
 * letters, the Kelvin sign or a dotted capital I: those go the plain way.)
 */
function asciiTitleKey(title: string): string {
  let key = '';
  let run = 0; // start of the run of characters kept as they are
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (i > run) key += title.slice(run, i);
    run = i + 1;
    if (c >= 0x41 && c <= 0x5a) key += String.fromCharCode(c | 0x20);
    else if (c === 0x26) key += 'and';
  }
  return run === 0 ? title : key + title.slice(run);
}

/** The keys of an item's official title and its variants. */
function keysOfItem(item: { title: string; variants: readonly string[] }): string[] {
  return [item.title, ...item.variants].map(titleKey);
}

const currentByTitle = new Map<string, string>();
for (const item of CURRENT_ITEMS) {
  for (const key of keysOfItem(item)) currentByTitle.set(key, item.number);
}
const legacyByTitle = new Map<string, string>();
for (const item of LEGACY_ITEMS) {
  for (const key of keysOfItem(item)) legacyByTitle.set(key, item.number);
}
/**
 * Each catalogue item's title keys, by its number, made once rather than per
 * heading checked. The last item of a number wins, as in the catalogue's own
 * lookup by number (`currentItem`, `legacyItem`).
 */
const currentKeysByNumber = new Map(CURRENT_ITEMS.map((item) => [item.number, keysOfItem(item)]));
const legacyKeysByNumber = new Map(LEGACY_ITEMS.map((item) => [item.number, keysOfItem(item)]));

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
  const keys = (scheme === 'legacy' ? legacyKeysByNumber : currentKeysByNumber).get(number);
  if (!keys) return true; // not an item of the catalogue
  return keys.includes(key);
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

/**
 * Attribute checks the HTML pass needs: hidden elements and inline XBRL
 * namespace declarations.
 */
import { attributeValue } from './tagScanner';

const NONE = /none/i;

/** True when the tag's style attribute says display:none (any case and spacing). */
export function hasDisplayNone(source: string, attrStart: number, attrEnd: number): boolean {
  // Cheap tests first: most tags have no "none" at all (a slice is not a copy), many no attributes.
  if (attrEnd - attrStart < 4 || !NONE.test(source.slice(attrStart, attrEnd))) return false;
  const style = attributeValue(source, attrStart, attrEnd, 'style');
  if (!style) return false;
  for (const declaration of style.toLowerCase().split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim() !== 'display') continue;
    const value = declaration.slice(colon + 1).replace('!important', '').trim();
    if (value === 'none') return true;
  }
  return false;
}

/** Prefixes bound to an inline XBRL namespace by xmlns attributes ("" for a default namespace). */
export function inlineXbrlPrefixes(attrs: ReadonlyMap<string, string>): string[] {
  const prefixes: string[] = [];
  for (const [name, value] of attrs) {
    if (!/inlinexbrl\s*$/i.test(value) || /transformation/i.test(value)) continue;
    if (name === 'xmlns') prefixes.push('');
    else if (name.startsWith('xmlns:')) prefixes.push(name.slice(6));
  }
  return prefixes;
}

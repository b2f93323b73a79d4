/**
 * Workspace symbols: the items and the registrant of every filing in the
 * workspace. `filingSymbols` takes one analysed filing (open or read from
 * disk); `searchSymbols` filters many by a query the way editors do.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { toLspRange, type FeatureContext } from './context';
import { itemLabel } from './modelLabels';

/** The symbols one filing contributes: its registrant and each of its items. */
export function filingSymbols(ctx: FeatureContext): SymbolInformation[] {
  const { model } = ctx;
  if (model.kind === 'not-a-filing') return [];
  const registrant = model.cover?.registrant;
  const company = model.header?.companyName;
  const registrantName = clean(registrant?.raw || registrant?.value || company?.value || '');
  const date = model.cover?.dateOfReport?.value ?? model.header?.periodOfReport?.value;
  // "ImmunoGen, Inc. 8-K 2013-04-07": enough to tell filings of one company apart.
  const container = [registrantName, model.form, date].filter(Boolean).join(' ');

  const out: SymbolInformation[] = [];
  const where = registrant ?? company;
  if (registrantName && where) {
    const info: SymbolInformation = {
      name: registrantName,
      kind: SymbolKind.Class,
      location: { uri: ctx.uri, range: toLspRange(ctx, where.range) },
    };
    const detail = [model.form, date].filter(Boolean).join(' ');
    if (detail) info.containerName = detail;
    out.push(info);
  }
  for (const item of model.items) {
    const info: SymbolInformation = {
      name: itemLabel(item),
      kind: SymbolKind.Event,
      location: { uri: ctx.uri, range: toLspRange(ctx, item.headingRange) },
    };
    if (container) info.containerName = container;
    out.push(info);
  }
  return out;
}

/** Symbols whose name (or container) matches the query, best matches first, at most `limit`. */
export function searchSymbols(all: Iterable<SymbolInformation>, query: string, limit = 500): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const scored: { s: SymbolInformation; score: number }[] = [];
  for (const s of all) {
    const score = matchScore(q, s.name.toLowerCase(), (s.containerName ?? '').toLowerCase());
    if (score > 0) scored.push({ s, score });
  }
  scored.sort((a, b) => b.score - a.score || a.s.name.localeCompare(b.s.name));
  return scored.slice(0, limit).map((x) => x.s);
}

/**
 * How well a query matches: a substring of the name beats the query's
 * characters in order in the name ("it701" finds "Item 7.01 ..."), which beats
 * a match in the container only. 0 for no match; an empty query matches all.
 */
export function matchScore(query: string, name: string, container: string): number {
  if (!query) return 1;
  if (name.startsWith(query)) return 4;
  if (name.includes(query)) return 3;
  if (isSubsequence(query.replace(/\s+/g, ''), name)) return 2;
  if (container.includes(query)) return 1;
  return 0;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

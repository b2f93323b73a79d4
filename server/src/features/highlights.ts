/**
 * Document highlights: every mention of the identifier under the cursor
 * (the same CIK, EIN, file number, accession number, date or rule, however
 * written), or of the item under it (its heading, the header's ITEM
 * INFORMATION line for it, and "Item 2.02" where the text refers to it).
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { FilingModel, Identifier, Range } from '../service/model';
import { normalizeCik, normalizeEin } from '../service/identifiers';
import { itemNumberOfHeaderValue } from '../service/itemTitles';
import { filingScheme } from '../service/checks';
import { contains, toLspRange, toOffset, type FeatureContext } from './context';

export function provideDocumentHighlights(ctx: FeatureContext, position: Position): DocumentHighlight[] {
  const offset = toOffset(ctx, position);
  const item = itemNumberAt(ctx.model, offset);
  if (item !== undefined) return itemHighlights(ctx, item);
  const id = identifierAt(ctx.model, offset);
  if (id) return identifierHighlights(ctx, id);
  return [];
}

// ---------------------------------------------------------- identifiers

function identifierAt(model: FilingModel, offset: number): Identifier | undefined {
  let best: Identifier | undefined;
  for (const id of model.identifiers) {
    if (!contains(id.range, offset)) continue;
    if (!best || id.range.end - id.range.start < best.range.end - best.range.start) best = id;
  }
  return best;
}

/** What makes two writings the same identifier: 320193 is 0000320193, 1-36743 is 001-36743. */
function identityKey(id: Identifier): string {
  switch (id.kind) {
    case 'cik':
      return normalizeCik(id.value) ?? id.value;
    case 'ein':
      return normalizeEin(id.value) ?? id.value;
    case 'file-number': {
      const m = /(\d+)\s*-\s*(\d+)/.exec(id.value);
      return m ? `${Number(m[1])}-${Number(m[2])}` : id.value.trim();
    }
    case 'rule':
      return id.value.replace(/\s+/g, '').toLowerCase();
    default:
      return id.value;
  }
}

function identifierHighlights(ctx: FeatureContext, target: Identifier): DocumentHighlight[] {
  const key = identityKey(target);
  return ctx.model.identifiers
    .filter((id) => id.kind === target.kind && identityKey(id) === key)
    .map((id) => ({ range: toLspRange(ctx, id.range), kind: DocumentHighlightKind.Text }));
}

// ---------------------------------------------------------------- items

interface ItemMention {
  number: string;
  range: Range;
}

/** The item number under the cursor: a heading, an ITEM INFORMATION value or a reference in the text. */
function itemNumberAt(model: FilingModel, offset: number): string | undefined {
  for (const item of model.items) if (contains(item.headingRange, offset)) return item.number;
  const scheme = filingScheme(model) ?? model.items[0]?.scheme ?? 'current';
  for (const value of model.header?.itemInformation ?? []) {
    if (contains(value.range, offset)) return itemNumberOfHeaderValue(value.value, scheme);
  }
  return itemMentions(model).find((m) => contains(m.range, offset))?.number;
}

function itemHighlights(ctx: FeatureContext, number: string): DocumentHighlight[] {
  const { model } = ctx;
  const out: { range: Range; kind: DocumentHighlightKind }[] = [];
  const headings = model.items.filter((i) => i.number === number);
  for (const heading of headings) out.push({ range: heading.numberRange, kind: DocumentHighlightKind.Write });
  const scheme = filingScheme(model) ?? model.items[0]?.scheme ?? 'current';
  for (const value of model.header?.itemInformation ?? []) {
    if (itemNumberOfHeaderValue(value.value, scheme) === number) out.push({ range: value.range, kind: DocumentHighlightKind.Read });
  }
  for (const mention of itemMentions(model)) {
    if (mention.number !== number) continue;
    // A heading is found by the mention scan too: it is already there as a heading.
    if (headings.some((h) => overlaps(h.numberRange, mention.range))) continue;
    out.push({ range: mention.range, kind: DocumentHighlightKind.Read });
  }
  return out
    .sort((a, b) => a.range.start - b.range.start)
    .map((h) => ({ range: toLspRange(ctx, h.range), kind: h.kind }));
}

// "Item 2.02", "Items 5.02", "ITEM 7": the number's place in the visible text.
const ITEM_MENTION = /\bItems?[ \t\u00a0]+(\d{1,2}(?:\.\d{2})?)(?!\d)(?!\.\d)/gi;

/** References to items in the main document's visible text, as source ranges of their numbers. */
function itemMentions(model: FilingModel): ItemMention[] {
  const view = model.mainView;
  if (!view) return [];
  const out: ItemMention[] = [];
  ITEM_MENTION.lastIndex = 0;
  for (let m = ITEM_MENTION.exec(view.text); m; m = ITEM_MENTION.exec(view.text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ number: m[1], range: view.toSourceRange(start, start + m[1].length) });
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

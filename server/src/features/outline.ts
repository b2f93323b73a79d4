/**
 * The outline: SEC header (fields and groups), each document of a submission,
 * and in the main document the cover page, every item with its official
 * title, the signatures and the exhibit list. Selection ranges are the
 * headings (the TYPE of a document, the heading line of an item).
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { FilingModel, HeaderField, HeaderGroup, Range, SecHeader } from '../service/model';
import type { TextSource } from '../service/textSource';
import { toLspRange, type FeatureContext } from './context';
import { checkBoxLabel, coverFields, itemDetail, itemLabel, signatureFields } from './modelLabels';

/** A symbol in offsets, before it is made consistent and turned into LSP positions. */
interface OutlineNode {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Range;
  selection: Range;
  children: OutlineNode[];
}

export function provideDocumentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  return outlineNodes(ctx).map((n) => toDocumentSymbol(ctx, n));
}

/** The same symbols flat, for clients without hierarchical document symbols. */
export function provideSymbolInformation(ctx: FeatureContext): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (n: OutlineNode, container: string | undefined) => {
    const info: SymbolInformation = {
      name: n.name,
      kind: n.kind,
      location: { uri: ctx.uri, range: toLspRange(ctx, n.range) },
    };
    if (container) info.containerName = container;
    out.push(info);
    for (const c of n.children) visit(c, n.name);
  };
  for (const n of outlineNodes(ctx)) visit(n, undefined);
  return out;
}

function outlineNodes(ctx: FeatureContext): OutlineNode[] {
  // The source, read in windows: an outline after an edit never joins the whole text.
  const { model, source: text } = ctx;
  if (model.kind === 'not-a-filing' && !model.header && model.documents.length === 0) return [];
  const top: OutlineNode[] = [];
  if (model.header) top.push(headerNode(text, model.header));

  const body = bodyNodes(text, model);
  const main = model.documents[model.mainDocumentIndex];
  for (const d of model.documents) {
    const detail = [d.filename, d.description].filter((s): s is string => !!s).join(' – ');
    top.push(node(d.type || 'DOCUMENT', detail, SymbolKind.File, d.range, d.typeRange, d === main ? body : []));
  }
  if (!main) top.push(...body);
  return top.map(consistent);
}

// ---------------------------------------------------------------- header

function headerNode(text: TextSource, header: SecHeader): OutlineNode {
  const children = [
    ...header.fields.filter((f) => f.path.length === 0).map(fieldNode),
    ...header.groups.map(groupNode),
  ].sort(byStart);
  const detail = header.accessionNumber?.value ?? header.submissionType?.value ?? '';
  return node('SEC Header', detail, SymbolKind.Namespace, header.range, firstLine(text, header.range), children);
}

function groupNode(group: HeaderGroup): OutlineNode {
  const children = [...group.fields.map(fieldNode), ...group.groups.map(groupNode)].sort(byStart);
  return node(group.name, '', SymbolKind.Struct, group.range, group.nameRange, children);
}

function fieldNode(field: HeaderField): OutlineNode {
  const range = { start: field.keyRange.start, end: Math.max(field.keyRange.end, field.valueRange.end) };
  return node(field.key, field.value, SymbolKind.Field, range, field.keyRange, []);
}

// ------------------------------------------------------------------ body

/** Cover, items, signatures and exhibit list; the list goes inside the item whose section holds it (Item 9.01). */
function bodyNodes(text: TextSource, model: FilingModel): OutlineNode[] {
  const flat: OutlineNode[] = [];
  const { cover, signatures } = model;
  if (cover) {
    const fields = coverFields(cover).map((f) =>
      node(f.label, f.located.raw || f.located.value, SymbolKind.Property, f.located.range, f.located.range, []),
    );
    const boxes = cover.checkBoxes.map((b) =>
      node(checkBoxLabel(b.rule), b.checked ? 'checked' : 'not checked', SymbolKind.Boolean, b.range, b.boxRange, []),
    );
    const securities = cover.securities12b.map((s) =>
      node(s.title || 'Security', [s.symbol, s.exchange].filter(Boolean).join(' · '), SymbolKind.Constant, s.range, s.range, []),
    );
    const children = [...fields, ...boxes, ...securities].sort(byStart);
    flat.push(node('Cover Page', cover.registrant?.raw ?? '', SymbolKind.Object, cover.range, firstLine(text, cover.range), children));
  }
  const items = model.items.map((item) =>
    node(itemLabel(item), itemDetail(item), SymbolKind.Event, item.sectionRange, item.headingRange, []),
  );
  flat.push(...items);
  if (signatures) {
    const children = signatureFields(signatures).map((f) =>
      node(f.label, f.located.raw || f.located.value, SymbolKind.Property, f.located.range, f.located.range, []),
    );
    const detail = [signatures.signer?.raw, signatures.date?.value].filter(Boolean).join(' · ');
    flat.push(node('Signatures', detail, SymbolKind.Object, signatures.range, signatures.headingRange, children.sort(byStart)));
  }
  if (model.exhibits.length > 0) {
    const children = model.exhibits.map((e) =>
      node(`Exhibit ${e.number}`, e.description, SymbolKind.EnumMember, e.range, e.numberRange, []),
    );
    const range = { start: Math.min(...model.exhibits.map((e) => e.range.start)), end: Math.max(...model.exhibits.map((e) => e.range.end)) };
    const list = node('Exhibits', `${children.length}`, SymbolKind.Array, range, model.exhibits[0].numberRange, children);
    const holder = [...items].reverse().find((i) => inside(range, i.range));
    if (holder) holder.children.push(list);
    else flat.push(list);
  }
  return flat.sort(byStart);
}

// --------------------------------------------------------------- helpers

function node(name: string, detail: string, kind: SymbolKind, range: Range, selection: Range, children: OutlineNode[]): OutlineNode {
  // Editors reject symbols with empty names.
  return { name: collapseSpaces(name) || '(untitled)', detail: collapseSpaces(detail), kind, range, selection, children };
}

/** White space other than a lone space between words, or at either end: what collapsing would change. */
const UNCOLLAPSED = /[^\S ]| \s|^ | $/;

/** `s.replace(/\s+/g, ' ').trim()`, without a copy of the many names and details that are already so. */
export function collapseSpaces(s: string): string {
  return UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * Makes a node what editors require: the range covers the children and the
 * selection lies inside the range.
 */
function consistent(n: OutlineNode): OutlineNode {
  const children = n.children.map(consistent);
  let { start, end } = n.range;
  if (end < start) end = start;
  for (const c of children) {
    start = Math.min(start, c.range.start);
    end = Math.max(end, c.range.end);
  }
  const selStart = Math.min(Math.max(n.selection.start, start), end);
  const selEnd = Math.min(Math.max(n.selection.end, selStart), end);
  return { ...n, range: { start, end }, selection: { start: selStart, end: selEnd }, children };
}

function toDocumentSymbol(ctx: FeatureContext, n: OutlineNode): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: n.name,
    kind: n.kind,
    range: toLspRange(ctx, n.range),
    selectionRange: toLspRange(ctx, n.selection),
    children: n.children.map((c) => toDocumentSymbol(ctx, c)),
  };
  if (n.detail) symbol.detail = n.detail;
  return symbol;
}

/** The first line of a range with text on it, trimmed, within the range. */
function firstLine(text: TextSource, range: Range): Range {
  const isSpace = (i: number) => i < text.length && /\s/.test(text.slice(i, i + 1));
  let start = range.start;
  while (start < range.end && isSpace(start)) start++;
  // The line break is looked for a window at a time: a range can be long, its first line is not.
  let end = -1;
  for (let from = start; end === -1 && from < Math.min(range.end, text.length); from += LINE_WINDOW) {
    const at = text.slice(from, from + LINE_WINDOW).indexOf('\n');
    if (at !== -1) end = from + at;
  }
  if (end === -1 || end > range.end) end = range.end;
  while (end > start && isSpace(end - 1)) end--;
  return { start, end };
}

const LINE_WINDOW = 2048;

function inside(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function byStart(a: { range: Range }, b: { range: Range }): number {
  return a.range.start - b.range.start || b.range.end - a.range.end;
}

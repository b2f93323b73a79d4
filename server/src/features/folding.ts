/**
 * Folding ranges: the SEC header (as "imports", so editors that fold imports
 * by default fold it away), each document of a submission, the cover page,
 * each item's section, the signatures and the exhibit list.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Range } from '../service/model';
import type { FeatureContext } from './context';
import { itemLabel } from './modelLabels';

export function provideFoldingRanges(ctx: FeatureContext): FoldingRange[] {
  const { model } = ctx;
  const out: FoldingRange[] = [];
  const add = (range: Range, kind: string | undefined, collapsedText?: string) => {
    const lines = lineSpan(ctx, range);
    if (!lines) return;
    const fold: FoldingRange = { startLine: lines.start, endLine: lines.end };
    if (kind) fold.kind = kind;
    if (collapsedText) fold.collapsedText = collapsedText;
    out.push(fold);
  };

  if (model.header) add(model.header.range, FoldingRangeKind.Imports, 'SEC Header');
  for (const d of model.documents) add(d.range, FoldingRangeKind.Region, d.filename ? `${d.type} ${d.filename}` : d.type);
  if (model.cover) add(model.cover.range, FoldingRangeKind.Region, 'Cover Page');
  for (const item of model.items) add(item.sectionRange, FoldingRangeKind.Region, itemLabel(item));
  if (model.signatures) add(model.signatures.range, FoldingRangeKind.Region, 'Signatures');
  if (model.exhibits.length > 1) {
    const start = Math.min(...model.exhibits.map((e) => e.range.start));
    const end = Math.max(...model.exhibits.map((e) => e.range.end));
    add({ start, end }, FoldingRangeKind.Region, 'Exhibits');
  }

  // Editors keep one range per start line: the outer one first.
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.filter((f, i) => i === 0 || f.startLine !== out[i - 1].startLine || f.endLine !== out[i - 1].endLine);
}

/** The lines from the first to the last non-blank character of a range; undefined when that is a single line. */
function lineSpan(ctx: FeatureContext, range: Range): { start: number; end: number } | undefined {
  const text = ctx.source; // read in windows: an edited document is not joined for its folds
  let start = range.start;
  let end = Math.min(range.end, text.length);
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return undefined;
  const first = ctx.lines.position(start).line;
  const last = ctx.lines.position(end - 1).line;
  return last > first ? { start: first, end: last } : undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0;
}

/**
 * Selection ranges (Expand Selection, Shift+Alt+Right in VS Code): from what
 * the cursor is on outward through the filing's structure. An identifier or
 * date; an item's number, its heading, its section; an exhibit entry; the
 * cover page or the signatures; a header field, its group, the SEC header;
 * a document's text, the whole document; the file. Each range holds the one
 * before it: a step that would not grow the selection, or would not hold
 * it, is left out.
 */
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { FilingModel, Range } from '../service/model';
import { contains, toLspRange, toOffset, type FeatureContext } from './context';

export function provideSelectionRanges(ctx: FeatureContext, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => selectionAt(ctx, position));
}

function selectionAt(ctx: FeatureContext, position: Position): SelectionRange {
  const offset = toOffset(ctx, position);
  // Outermost first, so that each range becomes the parent of the next one it holds.
  const around = rangesAround(ctx.model, offset, ctx.source.length).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  let innermost: SelectionRange | undefined;
  let held: Range | undefined;
  for (const range of around) {
    if (held && (range.start < held.start || range.end > held.end)) continue;
    if (held && range.start === held.start && range.end === held.end) continue;
    innermost = innermost ? { range: toLspRange(ctx, range), parent: innermost } : { range: toLspRange(ctx, range) };
    held = range;
  }
  return innermost ?? { range: { start: position, end: position } };
}

/** Every range of the model's structure that the offset lies in, in no particular order. */
function rangesAround(model: FilingModel, offset: number, length: number): Range[] {
  const out: Range[] = [{ start: 0, end: length }];
  const add = (range: Range | undefined) => {
    if (range && range.end > range.start && contains(range, offset)) out.push(range);
  };
  for (const id of model.identifiers) add(id.range);
  for (const item of model.items) {
    add(item.numberRange);
    add(item.titleRange);
    add(item.headingRange);
    add(item.sectionRange);
  }
  for (const exhibit of model.exhibits) {
    add(exhibit.numberRange);
    add(exhibit.range);
  }
  add(model.cover?.range);
  add(model.signatures?.headingRange);
  add(model.signatures?.range);
  const header = model.header;
  if (header && contains(header.range, offset)) {
    add(header.range);
    for (const group of header.groups) add(group.range);
    for (const field of header.fields) {
      add(field.valueRange);
      if (contains(field.keyRange, offset) || contains(field.valueRange, offset)) {
        add({ start: field.keyRange.start, end: Math.max(field.keyRange.end, field.valueRange.end) });
      }
    }
  }
  for (const document of model.documents) {
    if (!contains(document.range, offset)) continue;
    add(document.range);
    add(document.textRange);
    add(document.typeRange);
    add(document.filenameRange);
  }
  return out;
}

/**
 * The SGML tags of a full submission (<SEC-HEADER>, <DOCUMENT>, <TYPE> ...),
 * found only where they can stand: in the header and in each document's
 * metadata before <TEXT> and after </TEXT>, never inside a document's content
 * (whose HTML tags are the HTML's business).
 */
import type { FilingModel, Range } from '../service/model';
import type { TextSource } from '../service/textSource';

export interface SgmlTag {
  /** Upper case, without brackets or slash: "DOCUMENT". */
  name: string;
  closing: boolean;
  /** From '<' to '>' inclusive. */
  range: Range;
  /** The value written after an opening tag on its line, trimmed (may be empty). */
  valueRange: Range;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,39})>/g;

/**
 * Every SGML tag of the submission, in document order; with `window` (whole
 * lines: tags never cross one), those inside it.
 */
export function sgmlTags(text: TextSource, model: FilingModel, window?: Range): SgmlTag[] {
  const tags: SgmlTag[] = [];
  for (const region of sgmlRegions(text, model)) {
    if (!window) scanRegion(text, region, tags);
    else {
      const start = Math.max(region.start, window.start);
      const end = Math.min(region.end, window.end);
      if (end > start) scanRegion(text, { start, end }, tags);
    }
  }
  return tags;
}

/** The tag whose brackets or name hold the offset, if any. */
export function sgmlTagAt(text: string, model: FilingModel, offset: number): SgmlTag | undefined {
  const region = sgmlRegions(text, model).find((r) => offset >= r.start && offset <= r.end);
  if (!region) return undefined;
  // Scan just the line around the offset: tags never span lines.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl === -1 ? text.length : nl;
  const tags: SgmlTag[] = [];
  scanRegion(text, { start: Math.max(region.start, lineStart), end: Math.min(region.end, lineEnd) }, tags);
  return tags.find((t) => offset >= t.range.start && offset < t.range.end);
}

function sgmlRegions(text: TextSource, model: FilingModel): Range[] {
  if (!model.header && model.documents.length === 0) return [];
  const regions: Range[] = [];
  // Everything before the first document is the header's (and its frame's).
  const headerEnd = model.documents.length > 0 ? model.documents[0].range.start : (model.header?.range.end ?? 0);
  regions.push({ start: 0, end: headerEnd });
  for (const doc of model.documents) {
    // Without <TEXT> the analysis puts an empty text range at the document's start.
    if (doc.textRange.start === doc.range.start) {
      regions.push(doc.range);
      continue;
    }
    regions.push({ start: doc.range.start, end: doc.textRange.start });
    regions.push({ start: doc.textRange.end, end: doc.range.end });
  }
  // Between documents and after the last one: closing tags of the submission.
  const last = model.documents[model.documents.length - 1];
  if (last) regions.push({ start: last.range.end, end: Math.min(text.length, last.range.end + 256) });
  return regions.filter((r) => r.end > r.start);
}

function scanRegion(text: TextSource, region: Range, out: SgmlTag[]): void {
  const slice = text.slice(region.start, region.end);
  const base = region.start;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(slice); m; m = TAG.exec(slice)) {
    const end = m.index + m[0].length;
    const closing = m[1] === '/';
    const value = closing ? { start: end, end } : valueAfter(slice, end, slice.length);
    out.push({
      name: m[2].toUpperCase(),
      closing,
      range: { start: base + m.index, end: base + end },
      valueRange: { start: base + value.start, end: base + value.end },
    });
  }
}

/** The value after a tag: up to the next '<' or line end, trimmed. */
function valueAfter(text: string, from: number, limit: number): Range {
  let e = from;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c === 0x3c || c === 0x0a || c === 0x0d) break;
    e++;
  }
  let s = from;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  return { start: s, end: e };
}

/**
 * Plain text wrapped in HTML: some filers (and converters) put a text filing
 * inside <html><body><div> without <pre>. A browser runs it into one
 * paragraph, but its lines are the filing's structure (headings, signature
 * block, exhibit list), so the view keeps them, as in <pre>.
 */

const LT = 60;
const NL = 10;

/** Block tags that lay out a real HTML document. */
const BLOCK_TAG = /^<\/?(p|div|br|tr|td|th|li|h[1-6]|table|center|blockquote)[\s>/]/i;

/** Line breaks per block tag above which the text, not the markup, makes the lines. */
const LINES_PER_BLOCK = 10;
const MIN_LINES = 40;

export function textKeepsItsLines(source: string, start: number, end: number): boolean {
  let lines = 0;
  let blocks = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === NL) lines++;
    else if (c === LT && BLOCK_TAG.test(source.slice(i, i + 13))) blocks++;
  }
  return lines >= MIN_LINES && blocks * LINES_PER_BLOCK < lines;
}

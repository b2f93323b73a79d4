/**
 * Plain text wrapped in HTML: some filers (and converters) put a text filing
 * inside <html><body><div> without <pre>. A browser runs it into one
 * paragraph, but its lines are the filing's structure (headings, signature
 * block, exhibit list), so the view keeps them, as in <pre>.
 */

/**
 * The '<' of a block tag that lays out a real HTML document (the longest,
 * "</blockquote>", is 13 characters). The rest is a lookahead, so that a
 * match is one character long: `test` then tells where it starts without a
 * match array.
 */
const BLOCK_TAG = /<(?=\/?(?:p|div|br|tr|td|th|li|h[1-6]|table|center|blockquote)[\s>/])/gi;
const LONGEST_BLOCK_TAG = 13;

/** Line breaks per block tag above which the text, not the markup, makes the lines. */
const LINES_PER_BLOCK = 10;
const MIN_LINES = 40;

/** Counts with native searches: line feeds in [start, end), and block tags starting there. */
export function textKeepsItsLines(source: string, start: number, end: number): boolean {
  let lines = 0;
  for (let i = source.indexOf('\n', start); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) lines++;
  if (lines < MIN_LINES) return false;
  // A tag that starts before `end` is read whole, as far as it goes.
  const window = source.slice(start, Math.min(source.length, end + LONGEST_BLOCK_TAG - 1));
  const last = end - start;
  // Real HTML has a block tag every few lines: counting stops as soon as the answer is no.
  let blocks = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.test(window) && BLOCK_TAG.lastIndex - 1 < last) {
    if (++blocks * LINES_PER_BLOCK >= lines) return false;
  }
  return true;
}

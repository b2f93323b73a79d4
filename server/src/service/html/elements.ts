/**
 * What each HTML element does to the view. Names are lower case. An element
 * that is in none of these sets is inline: transparent to the text.
 */

/** Elements whose start and end tags end a line. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main',
  'menu', 'nav', 'ol', 'option', 'p', 'plaintext', 'pre', 'section', 'summary', 'tbody', 'tfoot',
  'thead', 'title', 'ul', 'xmp',
]);

/** Elements whose content keeps its line breaks. */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Elements whose content is raw text and never shown: skipped up to their end tag. */
export const RAW_SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noembed', 'noframes', 'template']);

/** What may stand in <head>; any other start tag ends the head, as in a browser. */
export const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title',
]);

/**
 * Elements that may carry style="display:none". Only elements that are always
 * closed explicitly, since hiding counts start and end tags of the same name.
 */
export const HIDEABLE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'b', 'blockquote', 'center', 'div', 'em', 'font', 'i', 'section', 'small', 'span', 'strong', 'table', 'u',
]);

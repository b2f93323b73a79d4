/**
 * Writing into the source of a filing: HTML documents get entity-encoded,
 * ASCII-only text (EDGAR accepts only ASCII in HTML documents); text
 * documents get typographic punctuation folded to ASCII. Also where the
 * visible text of an HTML range lies between its tags.
 */
import type { Range } from '../service/model';
import type { TextSource } from '../service/textSource';
import type { FeatureContext } from './context';

/** True when the offset lies in HTML content: an HTML file, or the main document of a submission when it is HTML. */
export function isHtmlAt(ctx: FeatureContext, offset: number): boolean {
  const { model } = ctx;
  if (model.kind === 'html') return true;
  const main = model.documents[model.mainDocumentIndex];
  return main?.contentKind === 'html' && offset >= main.textRange.start && offset <= main.textRange.end;
}

/** Text for an HTML document: markup characters and everything beyond ASCII as character references. */
export function htmlEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (code > 126) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

const ASCII_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '--',
  '\u00a0': ' ',
};

/** Text for a plain-text document: curly quotes and dashes as ASCII. */
export function asciiFold(text: string): string {
  return text.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/g, (c) => ASCII_FOLDS[c]);
}

/**
 * The stretches of `range` outside markup: text between tags, comments and
 * declarations. Reads the range (and the three characters after it, where a
 * comment's "-->" may end) as one window: a tag whose end lies beyond it
 * ends the range's text anyway.
 */
export function textSegments(text: TextSource, range: Range): Range[] {
  const segments: Range[] = [];
  const base = range.start;
  const source = text.slice(base, Math.min(text.length, range.end + 3));
  const end = range.end - base;
  let p = 0;
  while (p < end) {
    const lt = source.indexOf('<', p);
    const textEnd = lt === -1 || lt > end ? end : lt;
    if (textEnd > p) segments.push({ start: base + p, end: base + textEnd });
    if (textEnd === end) break;
    const comment = source.startsWith('<!--', lt);
    const close = comment ? source.indexOf('-->', lt + 4) : source.indexOf('>', lt + 1);
    if (close === -1) break;
    p = close + (comment ? 3 : 1);
  }
  return segments;
}

/** True when a stretch of HTML source shows nothing: white space and no-break spaces only. */
export function isBlankHtml(text: string): boolean {
  return /^(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0)*$/i.test(text);
}

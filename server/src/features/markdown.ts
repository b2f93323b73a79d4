/**
 * Markdown for hovers and documentation. Filing text is untrusted: it goes
 * through `escapeMarkdown`, so a heading written "**[x](command:...)**" is
 * shown as written and never becomes a link, emphasis or HTML.
 */

/** Longest stretch of filing text quoted in a hover. */
const MAX_QUOTED = 200;

/** Filing text as literal markdown: white space collapsed, cut to a readable length, every ASCII punctuation mark escaped. */
export function escapeMarkdown(text: string, max = MAX_QUOTED): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.length > max) t = `${t.slice(0, max)}…`;
  // CommonMark lets a backslash escape any ASCII punctuation character.
  return t.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A markdown link whose address we built ourselves (never from filing text alone). */
export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${url})`;
}

/** An address shown as itself and clickable (a CommonMark autolink); only for addresses we built. */
export function markdownAutolink(url: string): string {
  return `<${url}>`;
}

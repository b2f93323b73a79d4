/**
 * The text a person reads on an HTML filing, with a map back to the source,
 * and the inline XBRL facts, in one linear pass over the markup.
 *
 * View conventions (the item, cover and signature finders read it line by line):
 * - Block elements (p, div, br, li, h1-h6, table, hr, center, pre, title in the
 *   body, dt/dd ...) end a line; runs of breaks collapse into one '\n'.
 * - Table rows end lines; within a row one '\t' separates two cells that have
 *   text, empty cells write nothing (see LineWriter).
 * - Inline and unknown elements are transparent; white space runs (and
 *   no-break spaces) collapse to one space; lines have no outer spaces.
 * - Character references are decoded; soft hyphens and zero-width characters
 *   vanish; unknown references stay as written.
 * - Not shown: <head>, <script>, <style>, comments, declarations, CDATA,
 *   ix:header, and elements styled display:none. Facts in them are still
 *   collected.
 *
 * The pass is a small hand-written tokenizer (one sticky pattern reads each
 * run of text; tags, references and white space are read by hand): text runs
 * are copied verbatim, character references and white space are
 * synthesized, and tags change state (hidden regions, tables, facts). It
 * follows browsers where that is cheap (implicit end of <head>, raw text in
 * <script>/<style>, Windows-1252 numeric references) and never throws.
 */
import type { TextView, XbrlFact } from '../model';
import { ViewBuilder } from '../textView';
import { CharKind, charKind, isAsciiLetter, isHtmlSpace, textRunEnd } from './chars';
import { CharRefReader } from './charRefs';
import { FactCollector } from './factCollector';
import { LineWriter } from './lineWriter';
import { attributeValues, BoundedSearch, NeedleSearch, parseAttributes, readTag, skipRawText, Tag } from './tagScanner';
import { NameFlag, TagNameTable } from './tagNames';
import { hasDisplayNone, inlineXbrlPrefixes } from './attributes';
import { textKeepsItsLines } from './layout';

export interface HtmlViewResult {
  view: TextView;
  facts: XbrlFact[];
}

/** Analyses source[start, end); every range in the result is an offset into `source`. */
export function htmlView(source: string, start = 0, end = source.length): HtmlViewResult {
  const limit = clampInt(end, 0, source.length, source.length);
  const from = clampInt(start, 0, limit, 0);
  return new HtmlPass(source, from, limit).run();
}

function clampInt(n: number, lo: number, hi: number, ifNaN: number): number {
  if (Number.isNaN(n)) n = ifNaN;
  n = Math.floor(n);
  return n < lo ? lo : n > hi ? hi : n;
}

const LT = 60;
const AMP = 38;

/** A tag name is described the same in every page, so one table of names serves every pass. */
const TAG_NAMES = new TagNameTable();

/** What a fact's start tag tells besides its element: the concept and the value's format. */
const FACT_ATTRIBUTES = ['name', 'format'] as const;

class HtmlPass {
  private readonly builder: ViewBuilder;
  private readonly writer: LineWriter;
  private readonly facts = new FactCollector();
  private readonly search: BoundedSearch;
  private readonly ltSearch: NeedleSearch;
  private readonly xmlnsSearch: NeedleSearch;
  /** The tag being handled (one object, refilled for every tag). */
  private readonly tag = new Tag();
  private readonly refs = new CharRefReader();

  private inHead = false;
  /** Text is shown: not in <head>, nor in a hidden element, nor in ix:header (kept up to date by refreshShown). */
  private shown = true;
  /** Depth of the display:none element being skipped, counted by tags named hiddenTag. */
  private hiddenDepth = 0;
  private hiddenTag = '';
  private ixHeaderDepth = 0;
  private ixHiddenDepth = 0;
  private preDepth = 0;
  /** Namespace prefixes bound to inline XBRL ("" for the default namespace). */
  private readonly ixPrefixes = new Set<string>(['ix']);
  /** ixPrefixes has "": unprefixed elements are inline XBRL (most tags have no prefix, so this is asked first). */
  private ixDefault = false;

  constructor(
    private readonly source: string,
    private readonly start: number,
    private readonly limit: number,
  ) {
    this.builder = new ViewBuilder(source);
    this.writer = new LineWriter(this.builder, source);
    this.search = new BoundedSearch(source, limit);
    this.ltSearch = new NeedleSearch(source, limit, '<');
    this.xmlnsSearch = new NeedleSearch(source, limit, 'xmlns');
    if (textKeepsItsLines(source, start, limit)) this.preDepth = 1;
  }

  run(): HtmlViewResult {
    const { source, limit } = this;
    let i = this.start;
    while (i < limit) {
      if (!this.shown && !this.inHead && !this.facts.collecting) {
        // Nothing to read until the next tag.
        const next = this.ltSearch.indexOf(i);
        if (next < 0) break;
        i = this.onLt(next);
        continue;
      }
      const c = source.charCodeAt(i);
      if (c === LT) {
        i = this.onLt(i);
        continue;
      }
      if (c === AMP) {
        i = this.onAmp(i);
        continue;
      }
      const kind = charKind(c);
      if (kind === CharKind.Text) {
        const j = textRunEnd(source, i, limit);
        this.text(i, j);
        i = j;
      } else if (kind === CharKind.Invisible) {
        i++;
      } else {
        i = this.onSpace(i);
      }
    }
    this.writer.finish();
    return { view: this.builder.build(this.start), facts: this.facts.finish(limit) };
  }

  private refreshShown(): void {
    this.shown = !this.inHead && this.hiddenDepth === 0 && this.ixHeaderDepth === 0;
  }

  private setInHead(inHead: boolean): void {
    this.inHead = inHead;
    this.refreshShown();
  }

  // ------------------------------------------------------------------ text

  /** Verbatim text at source[start, end). */
  private text(start: number, end: number): void {
    // Text in <head> outside its elements starts the body, as in a browser.
    if (this.inHead) this.setInHead(false);
    if (this.shown) this.writer.copy(start, end);
    if (this.facts.collecting) this.facts.text(this.source.slice(start, end));
  }

  /** A run of white space from i; in preformatted text a line break ends it. */
  private onSpace(i: number): number {
    const { source, limit } = this;
    const inPre = this.preDepth > 0 && this.shown;
    let j = i;
    while (j < limit) {
      const c = source.charCodeAt(j);
      // ASCII white space is told without charKind (the same answer for codes below 128).
      if (c < 128 ? !isHtmlSpace(c) : charKind(c) !== CharKind.Space) break;
      if (inPre && (c === 10 || c === 13)) break;
      j++;
    }
    if (j > i) {
      if (this.shown) this.writer.space(i, j);
      this.facts.space();
      return j;
    }
    // A line break in <pre>: \r\n, \r or \n.
    const k = source.charCodeAt(i) === 13 && i + 1 < limit && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    this.writer.lineBreak(i, k);
    this.facts.space();
    return k;
  }

  private onAmp(i: number): number {
    const refs = this.refs;
    if (!refs.read(this.source, i, this.limit)) {
      this.text(i, i + 1); // an '&' that is just text
      return i + 1;
    }
    const { code, end } = refs;
    const kind = charKind(code);
    if (kind === CharKind.Space) {
      if (this.shown) this.writer.space(i, end);
      this.facts.space();
    } else if (kind === CharKind.Text) {
      if (this.inHead) this.setInHead(false);
      if (this.shown) this.writer.char(code, i, end);
      if (this.facts.collecting) this.facts.text(String.fromCodePoint(code));
    }
    return end;
  }

  // ---------------------------------------------------------------- markup

  /** At a '<': a tag, a comment, a declaration, or just text. Returns where to go on. */
  private onLt(i: number): number {
    const { source, limit } = this;
    const next = i + 1 < limit ? source.charCodeAt(i + 1) : -1;
    if (next === 33 /* ! */) return this.skipDeclaration(i);
    if (next === 63 /* ? */) return this.skipTo('>', i + 2);
    const isEnd = next === 47; /* / */
    const nameAt = isEnd ? i + 2 : i + 1;
    if (nameAt < limit && isAsciiLetter(source.charCodeAt(nameAt))) {
      const tag = this.tag;
      if (readTag(source, i, limit, this.search, TAG_NAMES, tag)) {
        return tag.closing ? this.onEndTag(tag) : this.onStartTag(tag);
      }
    } else if (isEnd && nameAt < limit && source.charCodeAt(nameAt) === 62) {
      return nameAt + 1; // "</>" is ignored
    }
    this.text(i, i + 1); // a '<' that is just text
    return i + 1;
  }

  /** <!-- comments --> (also unterminated), <![CDATA[ ]]>, <!DOCTYPE ...>. */
  private skipDeclaration(i: number): number {
    const { source } = this;
    if (source.startsWith('<!--', i)) {
      // "<!-->" and "<!--->" are empty comments.
      if (source.startsWith('>', i + 4)) return i + 5;
      if (source.startsWith('->', i + 4)) return i + 6;
      const close = this.search.indexOf('-->', i + 4);
      return close < 0 ? this.limit : close + 3;
    }
    if (source.startsWith('<![CDATA[', i)) {
      const close = this.search.indexOf(']]>', i + 9);
      return close < 0 ? this.limit : close + 3;
    }
    return this.skipTo('>', i + 2);
  }

  private skipTo(needle: string, from: number): number {
    const at = this.search.indexOf(needle, from);
    return at < 0 ? this.limit : at + needle.length;
  }

  private onStartTag(tag: Tag): number {
    const { name, flags } = tag.info;
    if (this.inHead && (flags & (NameFlag.HeadElement | NameFlag.Head)) === 0) this.setInHead(false);

    if ((flags & NameFlag.RawSkipped) !== 0 || ((flags & NameFlag.Title) !== 0 && this.inHead)) {
      return tag.selfClosing ? tag.end : skipRawText(this.source, name, tag.end, this.limit, this.search);
    }
    if ((flags & NameFlag.Head) !== 0) {
      if (!tag.selfClosing) this.setInHead(true);
      return tag.end;
    }
    const xmlns = this.xmlnsSearch.indexOf(tag.attrStart);
    if (xmlns >= 0 && xmlns + 5 <= tag.attrEnd) {
      for (const prefix of inlineXbrlPrefixes(parseAttributes(this.source, tag.attrStart, tag.attrEnd))) {
        this.ixPrefixes.add(prefix);
        if (prefix === '') this.ixDefault = true;
      }
    }
    const ixLocal = this.inlineXbrlLocalName(tag);
    if (ixLocal !== null) {
      this.onInlineXbrlStart(tag, ixLocal);
      return tag.end;
    }

    if (this.hiddenDepth > 0 && name === this.hiddenTag && !tag.selfClosing) this.hiddenDepth++;
    this.layout(tag);
    if (
      this.hiddenDepth === 0 &&
      !tag.selfClosing &&
      (flags & NameFlag.Hideable) !== 0 &&
      hasDisplayNone(this.source, tag.attrStart, tag.attrEnd)
    ) {
      this.hiddenTag = name;
      this.hiddenDepth = 1;
      this.refreshShown();
    }
    return tag.end;
  }

  private onEndTag(tag: Tag): number {
    const { name, flags } = tag.info;
    if (this.inHead) {
      if ((flags & (NameFlag.EndsHead | NameFlag.Br)) !== 0) this.setInHead(false);
      if ((flags & NameFlag.Br) === 0) return tag.end;
    }
    const ixLocal = this.inlineXbrlLocalName(tag);
    if (ixLocal !== null) {
      this.onInlineXbrlEnd(tag, ixLocal);
      return tag.end;
    }
    if (this.hiddenDepth > 0 && name === this.hiddenTag) {
      this.hiddenDepth--;
      this.refreshShown();
    }
    this.layout(tag);
    return tag.end;
  }

  /** What a start or end tag does to lines and cells. */
  private layout(tag: Tag): void {
    const flags = tag.info.flags;
    if ((flags & (NameFlag.Block | NameFlag.Table | NameFlag.Row | NameFlag.Cell)) === 0) return;
    const visible = this.shown;
    if ((flags & NameFlag.Table) !== 0) {
      if (tag.closing) this.writer.tableEnd(tag.start, tag.end, visible);
      else if (!tag.selfClosing) this.writer.tableStart(tag.start, tag.end, visible);
      this.facts.space();
      return;
    }
    if ((flags & NameFlag.Row) !== 0) {
      if (visible) this.writer.rowBoundary(tag.start, tag.end);
      this.facts.space();
      return;
    }
    if ((flags & NameFlag.Cell) !== 0) {
      if (visible && !tag.closing) this.writer.cellStart(tag.start, tag.end);
      this.facts.space();
      return;
    }
    if ((flags & NameFlag.Preformatted) !== 0) {
      if (tag.closing) this.preDepth = Math.max(0, this.preDepth - 1);
      else if (!tag.selfClosing) this.preDepth++;
    }
    if (visible) this.writer.lineBreak(tag.start, tag.end);
    this.facts.space();
  }

  // ----------------------------------------------------------- inline XBRL

  /** The lower-case local name of an element in an inline XBRL namespace, or null. */
  private inlineXbrlLocalName(tag: Tag): string | null {
    const prefix = tag.info.prefix;
    if (prefix === '' ? !this.ixDefault : !this.ixPrefixes.has(prefix)) return null;
    return tag.info.local;
  }

  private onInlineXbrlStart(tag: Tag, local: string): void {
    switch (local) {
      case 'header':
        if (!tag.selfClosing) {
          this.ixHeaderDepth++;
          this.refreshShown();
        }
        return;
      case 'hidden':
        if (!tag.selfClosing) this.ixHiddenDepth++;
        return;
      case 'exclude':
        if (!tag.selfClosing) this.facts.enterExclude();
        return;
      case 'nonnumeric':
      case 'nonfraction': {
        const { source } = this;
        const [name, format] = attributeValues(source, tag.attrStart, tag.attrEnd, FACT_ATTRIBUTES);
        this.facts.start(
          source.slice(tag.nameStart, tag.nameEnd),
          local,
          name ?? '',
          format,
          this.ixHiddenDepth > 0,
          tag.start,
          tag.end,
          tag.selfClosing,
        );
        return;
      }
      default:
        return; // ix:continuation, ix:footnote...: transparent
    }
  }

  private onInlineXbrlEnd(tag: Tag, local: string): void {
    switch (local) {
      case 'header':
        if (this.ixHeaderDepth > 0) {
          this.ixHeaderDepth--;
          this.refreshShown();
        }
        return;
      case 'hidden':
        if (this.ixHiddenDepth > 0) this.ixHiddenDepth--;
        return;
      case 'exclude':
        this.facts.leaveExclude();
        return;
      case 'nonnumeric':
      case 'nonfraction':
        this.facts.end(local, tag.start, tag.end);
        return;
      default:
        return;
    }
  }
}

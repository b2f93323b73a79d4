/**
 * The server's text documents: a TextDocument (positions as editors count
 * them, like vscode-languageserver-textdocument's) that is immutable, keeps
 * its text as the pieces edits leave (no copy of the whole text per
 * keystroke, see ../service/textSource.ts) and its line index up to date by
 * splicing instead of recounting the lines of the whole text, and remembers
 * the edits that made it from the previous version, in offsets, so the
 * analysis can follow them (see ../service/incremental.ts).
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { LineIndex } from '../service/lineIndex';
import type { TextEdit } from '../service/incremental';
import { PieceText, type TextSource } from '../service/textSource';

export class FilingDocument implements TextDocument {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text, read in windows without joining its pieces. */
    readonly source: PieceText,
    readonly lines: LineIndex,
    /**
     * The edits from version `previousVersion` to this one, in order, each in
     * offsets of the text the previous edit left; undefined when the whole
     * text was replaced (or the document was just opened).
     */
    readonly edits?: readonly TextEdit[],
    readonly previousVersion?: number,
  ) {}

  static create(uri: string, languageId: string, version: number, text: string): FilingDocument {
    return new FilingDocument(uri, languageId, version, PieceText.of(text), new LineIndex(text));
  }

  get length(): number {
    return this.source.length;
  }

  /** The document after `changes` (LSP content changes, applied in order). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): FilingDocument {
    let text = this.source;
    let lines = this.lines;
    let edits: TextEdit[] | undefined = [];
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        text = PieceText.of(change.text);
        lines = new LineIndex(change.text);
        edits = undefined;
        continue;
      }
      let a = offsetIn(lines, text.length, change.range.start);
      let b = offsetIn(lines, text.length, change.range.end);
      if (b < a) [a, b] = [b, a];
      text = text.replaced(a, b, change.text);
      lines = lines.edited(text, { start: a, end: b, length: change.text.length });
      edits?.push({ start: a, end: b, text: change.text });
    }
    return new FilingDocument(this.uri, this.languageId, version, text, lines, edits, this.version);
  }

  /** The whole text (joined from its pieces the first time it is asked for). */
  getText(range?: Range): string {
    if (!range) return this.source.toString();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.source.slice(Math.min(a, b), Math.max(a, b));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.source.length));
    const line = this.lines.lineAt(o);
    const start = this.lines.lineStart(line);
    return { line, character: beforeLineBreak(this.source, o, start) - start };
  }

  offsetAt(position: Position): number {
    return offsetIn(this.lines, this.source.length, position);
  }

  getLineRange(line: number): Range {
    const last = this.lines.lineCount - 1;
    const l = Math.max(0, Math.min(line, last));
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = this.lines.lineStart(l);
    const next = l < last ? this.lines.lineStart(l + 1) : this.source.length;
    return { start: { line: l, character: 0 }, end: { line: l, character: beforeLineBreak(this.source, next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.lineCount) return '';
    const start = this.lines.lineStart(line);
    const next = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.source.length;
    return this.source.slice(beforeLineBreak(this.source, next, start), next);
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }
}

/** How TextDocuments makes and updates FilingDocuments. */
export const FILING_DOCUMENTS: TextDocumentsConfiguration<FilingDocument> = {
  create: (uri, languageId, version, content) => FilingDocument.create(uri, languageId, version, content),
  update: (document, changes, version) => document.update(changes, version),
};

/** An editor position to an offset: out-of-range lines and characters are clamped to the text. */
function offsetIn(lines: LineIndex, length: number, position: Position): number {
  if (position.line >= lines.lineCount) return length;
  if (position.line < 0) return 0;
  return lines.offset(position.line, position.character);
}

/** `offset` moved back over the line break that ends at it. */
function beforeLineBreak(text: TextSource, offset: number, lineStart: number): number {
  let o = offset;
  while (o > lineStart) {
    const c = text.charCodeAt(o - 1);
    if (c !== 10 && c !== 13) break;
    o--;
  }
  return o;
}

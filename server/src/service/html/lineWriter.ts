/**
 * Lays the visible text out in lines on top of a ViewBuilder.
 *
 * Separators are not written when they are asked for but when the next
 * visible character comes: a pending space, tab or line break, the strongest
 * asked for since the last character. So a line never starts or ends with a
 * separator, runs of breaks collapse into one, and empty table cells leave no
 * trace.
 *
 * Table convention: within a row, a tab separates two cells that both have
 * text; empty cells (nothing, or only white space) write nothing. Rows end
 * lines. A row of three values over a row of three labels therefore lines up
 * column for column when both rows fill the same cells, whatever spacer cells
 * the layout puts between them. Line breaks inside a cell (<p>, <div>, <br>)
 * stay line breaks, except before the cell's first text, where the tab wins.
 */
import type { ViewBuilder } from '../textView';

const enum Sep {
  None = 0,
  Space = 1,
  Tab = 2,
  Line = 3,
}

interface TableContext {
  /** The current row has a non-empty cell. */
  rowHasText: boolean;
  /** Any text was written inside this table. */
  hadText: boolean;
}

export class LineWriter {
  private pending = Sep.None;
  private pendingStart = 0;
  private pendingEnd = 0;
  /** Set by a cell start: block breaks before the cell's first text do not replace the tab. */
  private tabLocked = false;
  private readonly tables: TableContext[] = [];
  /** The innermost table, or undefined outside tables. */
  private table: TableContext | undefined;
  // Verbatim text waiting to be handed to the builder: contiguous copies are
  // joined first, so the builder gets one piece per run, not one per word.
  private copyStart = -1;
  private copyEnd = -1;

  constructor(
    private readonly builder: ViewBuilder,
    private readonly source: string,
  ) {}

  /** Writes source[start, end) as it is (no white space in it). */
  copy(start: number, end: number): void {
    this.flush();
    this.deferCopy(start, end);
    this.markText();
  }

  /** Writes the character `code` (a code point) that stands for source[start, end) (a decoded reference). */
  char(code: number, start: number, end: number): void {
    this.flush();
    this.commitCopy();
    this.builder.emitChar(code, start, end);
    this.markText();
  }

  /** Hands what is pending to the builder; call before building the view. */
  finish(): void {
    this.commitCopy();
  }

  private deferCopy(start: number, end: number): void {
    if (this.copyEnd !== start) {
      this.commitCopy();
      this.copyStart = start;
    }
    this.copyEnd = end;
  }

  private commitCopy(): void {
    if (this.copyStart >= 0) this.builder.copyRange(this.copyStart, this.copyEnd);
    this.copyStart = this.copyEnd = -1;
  }

  /** White space at source[start, end). */
  space(start: number, end: number): void {
    this.request(Sep.Space, start, end);
  }

  /** A block boundary: the tag at source[start, end) ends the line. */
  lineBreak(start: number, end: number): void {
    if (this.tabLocked) return;
    this.request(Sep.Line, start, end);
  }

  /** <tr> or </tr>: ends the line and starts a new row. */
  rowBoundary(start: number, end: number): void {
    this.forceLine(start, end);
    if (this.table) this.table.rowHasText = false;
  }

  /** <td> or <th>. */
  cellStart(start: number, end: number): void {
    const afterText = this.table ? this.table.rowHasText : !this.atLineStart();
    if (!afterText) return;
    this.pending = Sep.Tab;
    this.pendingStart = start;
    this.pendingEnd = end;
    this.tabLocked = true;
  }

  tableStart(start: number, end: number, visible: boolean): void {
    if (visible) this.forceLine(start, end);
    this.table = { rowHasText: false, hadText: false };
    this.tables.push(this.table);
  }

  tableEnd(start: number, end: number, visible: boolean): void {
    const { tables } = this;
    const inner = tables.pop();
    // Not tables[-1] on an empty stack: reading a negative index is a slow property lookup.
    const outer = (this.table = tables.length > 0 ? tables[tables.length - 1] : undefined);
    if (visible) this.forceLine(start, end);
    // A cell holding a nested table with text is not empty.
    if (inner?.hadText && outer) {
      outer.rowHasText = true;
      outer.hadText = true;
    }
  }

  private forceLine(start: number, end: number): void {
    this.tabLocked = false;
    this.request(Sep.Line, start, end);
  }

  private request(sep: Sep, start: number, end: number): void {
    if (sep > this.pending) {
      this.pending = sep;
      this.pendingStart = start;
      this.pendingEnd = end;
    }
  }

  private atLineStart(): boolean {
    if (this.copyStart >= 0) return false; // verbatim text holds no line breaks
    return this.builder.viewLength === 0 || this.builder.lastCode === 10;
  }

  private flush(): void {
    const sep = this.pending;
    if (sep !== Sep.None && !this.atLineStart()) {
      const afterTab = this.copyStart < 0 && this.builder.lastCode === 9;
      if (sep === Sep.Space && this.pendingEnd - this.pendingStart === 1 && this.source.charCodeAt(this.pendingStart) === 32) {
        // A lone space is copied, so that a run of words stays one piece.
        if (!afterTab) this.deferCopy(this.pendingStart, this.pendingEnd);
      } else if (sep !== Sep.Space || !afterTab) {
        this.commitCopy();
        this.builder.emitChar(sep === Sep.Line ? 10 : sep === Sep.Tab ? 9 : 32, this.pendingStart, this.pendingEnd);
      }
    }
    this.pending = Sep.None;
    this.tabLocked = false;
  }

  private markText(): void {
    const table = this.table;
    if (table !== undefined && !table.rowHasText) {
      table.rowHasText = true;
      table.hadText = true;
    }
  }
}

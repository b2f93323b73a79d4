/**
 * The Section 12(b) table: "Title of each class | Trading Symbol(s) | Name of
 * each exchange on which registered", one row per class. HTML rows come as
 * tab-separated cells (or, when each cell is its own line, as a title, a
 * symbol and an exchange in turn); plain text as columns.
 */
import type { Security12b } from '../model';
import type { Captions } from './captions';
import { cellsOf, collapse, type Cell, type CoverText, type Span } from './coverText';

const MAX_LINES = 40;
const STOP = /indicate\s+by\s+check|emerging\s+growth|check\s+the\s+appropriate|section\s+12\s?\(\s?g\s?\)/i;
const HEADER = /^(?:title(?:s)?\s+of\s+(?:each\s+)?class(?:es)?|trading(?:\s+symbols?(?:\(s\))?)?|symbols?(?:\(s\))?|name\s+of\s+(?:each\s+)?exchange(?:\s+on\s+which\s+registered)?|on\s+which\s+registered)\s*:?$/i;
const EXCHANGE = /exchange|nasdaq|nyse|\bmarket\b|\bcboe\b|\bbats\b|\bllc\b/i;
const SYMBOL = /^[A-Z][A-Z0-9.\-]{0,6}(?:\s[A-Z0-9]{1,4})?$/;
const NONE = /^(?:none|n\/a|not\s+applicable|[-\u2010-\u2015]+)\.?$/i;

export function findSecurities12b(cover: CoverText, captions: Captions): Security12b[] {
  const caption = captions.first('securities12b');
  if (!caption) return [];
  const captionLine = cover.lines[caption.line];
  if (/\bnone\b/i.test(cover.text.slice(caption.end, captionLine.end))) return [];

  const rows: Security12b[] = [];
  let pending: Cell[] = [];
  let symbol: Cell | undefined;
  const add = (title: readonly Cell[], sym: Cell | undefined, exchange: Cell | undefined) => {
    const cells = [...title, sym, exchange].filter((c): c is Cell => c !== undefined);
    if (title.length === 0 || NONE.test(title.map((c) => c.text).join(' ').trim())) return;
    const span: Span = { start: cells[0].start, end: cells[cells.length - 1].end };
    rows.push({
      title: collapse(title.map((c) => c.text).join(' ')),
      symbol: sym && !NONE.test(sym.text) ? collapse(sym.text) : undefined,
      exchange: exchange && !NONE.test(exchange.text) ? collapse(exchange.text) : undefined,
      range: cover.view.toSourceRange(span.start, span.end),
    });
  };

  // Title cells, then the symbol, then the exchange; a title may take several cells ("Class A Common Stock | Par Value | $0.10").
  const addRow = (cells: readonly Cell[]) => {
    if (cells.every((c) => NONE.test(c.text.trim()))) return;
    let end = cells.length;
    const exchange = EXCHANGE.test(cells[end - 1].text) ? cells[--end] : undefined;
    const symbolText = end > 1 ? cells[end - 1].text.trim() : '';
    const sym = SYMBOL.test(symbolText) || (exchange && NONE.test(symbolText)) ? cells[--end] : undefined;
    if (!exchange && !sym && end > 1) add(cells.slice(0, end - 1), cells[end - 1], undefined);
    else add(cells.slice(0, end), sym, exchange);
  };

  for (let i = caption.line + 1; i < cover.lines.length && i <= caption.line + MAX_LINES; i++) {
    const line = cover.lines[i];
    if (line.blank) continue;
    if (STOP.test(line.text)) break;
    const cells = cellsOf(line);
    if (cells.every((c) => HEADER.test(c.text.trim()))) continue;
    if (cells.length >= 2) {
      pending = [];
      symbol = undefined;
      addRow(cells);
      continue;
    }
    const cell = cells[0];
    if (NONE.test(cell.text) && pending.length === 0) {
      if (rows.length === 0) break;
      continue;
    }
    if (pending.length > 0 && EXCHANGE.test(cell.text) && !SYMBOL.test(cell.text)) {
      add(pending, symbol, cell);
      pending = [];
      symbol = undefined;
    } else if (pending.length > 0 && !symbol && SYMBOL.test(cell.text)) {
      symbol = cell;
    } else {
      pending.push(cell);
    }
  }
  return rows;
}

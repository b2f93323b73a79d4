/**
 * Collects inline XBRL facts (ix:nonNumeric, ix:nonFraction) while the page is
 * read. Facts may nest: the text of an inner fact also belongs to the outer
 * one, so all open facts share one list of text pieces and each remembers
 * where its value starts in it. Joining only a fact's own pieces at its end
 * keeps a text block holding many small facts linear.
 */
import type { XbrlFact } from '../model';

interface OpenFact {
  fact: XbrlFact;
  /** Lower-case local name of the element, to match its end tag. */
  localName: string;
  /** Index of the fact's first piece in the shared list. */
  firstPiece: number;
}

export class FactCollector {
  readonly facts: XbrlFact[] = [];
  private readonly open: OpenFact[] = [];
  private readonly pieces: string[] = [];
  private pendingSpace = false;
  /** Inside ix:exclude: shown, but not part of any fact's value. */
  private excludeDepth = 0;

  /** True while text belongs to some fact. */
  get collecting(): boolean {
    return this.open.length > 0 && this.excludeDepth === 0;
  }

  get isOpen(): boolean {
    return this.open.length > 0;
  }

  text(value: string): void {
    if (!this.collecting) return;
    if (this.pendingSpace && this.pieces.length > 0) this.pieces.push(' ');
    this.pendingSpace = false;
    this.pieces.push(value);
  }

  /** White space, or a block or cell boundary, inside a fact's value. */
  space(): void {
    if (this.collecting) this.pendingSpace = true;
  }

  enterExclude(): void {
    this.excludeDepth++;
  }

  leaveExclude(): void {
    if (this.excludeDepth > 0) this.excludeDepth--;
  }

  /** A fact's start tag source[start, end); a self-closing tag is closed at once. */
  start(
    element: string,
    localName: string,
    name: string,
    format: string | undefined,
    hidden: boolean,
    start: number,
    end: number,
    selfClosing: boolean,
  ): void {
    const fact: XbrlFact = {
      name,
      value: '',
      range: { start, end },
      valueRange: { start: end, end },
      hidden,
      element,
    };
    if (format !== undefined) fact.format = format;
    this.facts.push(fact); // in document order of start tags
    if (selfClosing) return;
    this.open.push({ fact, localName, firstPiece: this.pieces.length });
  }

  /** An end tag source[start, end) of an ix element named localName: closes the innermost such open fact. */
  end(localName: string, start: number, end: number): void {
    let i = this.open.length - 1;
    while (i >= 0 && this.open[i].localName !== localName) i--;
    if (i < 0) return;
    // Facts opened inside it and never closed end here too.
    while (this.open.length > i) this.close(start, end);
  }

  /** Closes what is still open at the end of the region. */
  finish(limit: number): XbrlFact[] {
    while (this.open.length > 0) this.close(limit, limit);
    return this.facts;
  }

  private close(valueEnd: number, end: number): void {
    const top = this.open.pop();
    if (!top) return;
    top.fact.value = this.pieces.slice(top.firstPiece).join('').trim();
    top.fact.valueRange = { start: top.fact.valueRange.start, end: Math.max(top.fact.valueRange.start, valueEnd) };
    top.fact.range = { start: top.fact.range.start, end: Math.max(top.fact.range.start, end) };
    if (this.open.length === 0) {
      this.pieces.length = 0;
      this.pendingSpace = false;
      this.excludeDepth = 0;
    }
  }
}

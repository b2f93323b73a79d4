/**
 * Collects inline XBRL facts (ix:nonNumeric, ix:nonFraction) while the page is
 * read. Facts may nest: the text of an inner fact also belongs to the outer
 * one, so all open facts share one list of text pieces, and each fact notes
 * the character span of its value in it. The values are cut out when the
 * outermost fact closes, from one joined string: slices of one string cost
 * little, so deep nesting stays linear.
 */
import type { XbrlFact } from '../model';

interface OpenFact {
  fact: XbrlFact;
  /** Lower-case local name of the element, to match its end tag. */
  localName: string;
  /** Where the value starts, in characters of the shared text. */
  valueStart: number;
}

export class FactCollector {
  readonly facts: XbrlFact[] = [];
  private readonly open: OpenFact[] = [];
  private readonly pieces: string[] = [];
  private textLength = 0;
  private pendingSpace = false;
  /** Closed facts whose value is still to be cut out: fact, start, end. */
  private readonly closed: Array<[XbrlFact, number, number]> = [];
  /** Inside ix:exclude: shown, but not part of any fact's value. */
  private excludeDepth = 0;

  /** True while text belongs to some fact. */
  get collecting(): boolean {
    return this.open.length > 0 && this.excludeDepth === 0;
  }

  text(value: string): void {
    if (!this.collecting) return;
    if (this.pendingSpace && this.textLength > 0) this.append(' ');
    this.pendingSpace = false;
    this.append(value);
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
    this.open.push({ fact, localName, valueStart: this.textLength });
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

  private append(value: string): void {
    this.pieces.push(value);
    this.textLength += value.length;
  }

  private close(valueEnd: number, end: number): void {
    const top = this.open.pop();
    if (!top) return;
    const fact = top.fact;
    fact.valueRange = { start: fact.valueRange.start, end: Math.max(fact.valueRange.start, valueEnd) };
    fact.range = { start: fact.range.start, end: Math.max(fact.range.start, end) };
    this.closed.push([fact, top.valueStart, this.textLength]);
    if (this.open.length === 0) this.cutValues();
  }

  private cutValues(): void {
    const text = this.pieces.join('');
    for (const [fact, start, end] of this.closed) fact.value = text.slice(start, end).trim();
    this.closed.length = 0;
    this.pieces.length = 0;
    this.textLength = 0;
    this.pendingSpace = false;
    this.excludeDepth = 0;
  }
}

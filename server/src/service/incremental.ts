/**
 * Re-analysis after an edit, reusing what the edit cannot have changed.
 *
 * A full submission is a header and a row of <DOCUMENT>s, and the analysis
 * reads the header, the documents' metadata and the main document's content;
 * the other documents' content only through their content kind. So an edit
 * inside the TEXT of one document, away from any SGML delimiter, changes:
 *
 * - that document's content kind (read again from its first kilobytes) and
 *   the end of its ranges, and the position of every document after it
 *   (shifted);
 * - the main document's content only when the edit falls in it (analysed
 *   again, alone); when the main document comes after the edited one its
 *   findings are shifted, when it comes before they are kept;
 * - what follows from the whole model (form, kind, checks), which is cheap
 *   and recomputed.
 *
 * Everything else (an edit in the header, across or near a delimiter, in an
 * HTML or text file that is one document, or anything that changes how the
 * file sniffs) is analysed again in full. Either way the result equals a
 * fresh analyzeFiling of the new text: test/unit/incremental.test.ts checks
 * that property over random edits of corpus filings.
 */
import type { FilingModel, Range, SubmissionDocument, TextView } from './model';
import { shiftRangesFrom, shiftedView } from './shift';
import { SNIFF_WINDOW, skipBomAndSpace, sniffContainer } from './sniff';
import type { TextSource } from './textSource';
import { CONTENT_SAMPLE, contentKind, documentOf, readMetadata, type Metadata, type TagValue } from './sgml/documents';
import {
  analyzeMain,
  assembleModel,
  binaryModel,
  completeStructure,
  readStructure,
  type AnalyzeOptions,
  type MainContent,
  type Structure,
} from './analyze';

/** A replacement of text[start, end) by `text`, offsets into the text before it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** What an edit (or several, merged) did: text[start, end) of the old text became `length` characters. */
export interface EditSpan {
  start: number;
  end: number;
  length: number;
}

/**
 * How much of the previous analysis an edit could reuse: nothing; the
 * structure (the main document analysed again); the structure and the main
 * document's findings, the edit inside another document's text only moving
 * what was found ('structure-and-main'), or inside another document's tags,
 * which were read again ('tags-and-main': what was found there changed).
 */
export type Reuse = 'none' | 'structure' | 'structure-and-main' | 'tags-and-main';

interface State {
  options: AnalyzeOptions;
  /** Undefined for binary content. */
  structure?: Structure;
  /** The main document's findings, at their current offsets, except the view: */
  content?: MainContent;
  /** The main document's view as built, and how far its text has moved since. */
  view?: TextView;
  viewShift: number;
}

export class FilingAnalysis {
  private constructor(
    /** The text analysed: a string, or the pieces of an edited document (read only in windows here). */
    readonly text: TextSource,
    readonly model: FilingModel,
    readonly reuse: Reuse,
    private readonly state: State,
    /** The edit this analysis followed, when it reused the previous one. */
    readonly span?: EditSpan,
  ) {}

  /** The main document is above the size limit: only the header and the documents were analysed. */
  get mainTooLarge(): boolean {
    return this.state.content?.notice !== undefined;
  }

  /** A fresh analysis: the same model as analyzeFiling(text, options). */
  static of(text: string, options: AnalyzeOptions = {}): FilingAnalysis {
    const sniffed = sniffContainer(text);
    if (sniffed.container === 'binary') {
      return new FilingAnalysis(text, binaryModel(text, sniffed.reason), 'none', { options, viewShift: 0 });
    }
    const structure = readStructure(text, sniffed.container);
    const content = analyzeMain(text, structure, options);
    return new FilingAnalysis(text, assembleModel(structure, content), 'none', { options, structure, content, view: content.view, viewShift: 0 });
  }

  /** The analysis of `text`, this analysis's text after `edits` (applied in order, each to the text the previous one left). */
  withEdits(text: TextSource, edits: readonly TextEdit[]): FilingAnalysis {
    const span = spanOfEdits(edits);
    return span ? this.edited(text, span) : FilingAnalysis.of(text.toString(), this.state.options);
  }

  /** The analysis of `text`, which is this analysis's text with `span` replaced. */
  edited(text: TextSource, span: EditSpan): FilingAnalysis {
    const { options, structure, content } = this.state;
    const old = this.text;
    const delta = text.length - old.length;
    const fresh = () => FilingAnalysis.of(text.toString(), options);
    if (!structure || !content || delta !== span.length - (span.end - span.start)) return fresh();
    if (structure.container !== 'submission' && structure.container !== 'document') return fresh();
    // Sniffing reads no further than SNIFF_WINDOW: the window sniffs as the whole text would.
    if (sniffContainer(text.slice(0, SNIFF_WINDOW)).container !== structure.container) return fresh();

    // An edit inside a document's text, or inside its tags before <TEXT> (its type, filename, description).
    let k = documentHolding(structure.documents, span);
    const inMetadata = k < 0;
    if (inMetadata) k = metadataHolding(structure.documents, span);
    if (k < 0 || touchesDelimiter(old, text, span)) return fresh();

    const edited = inMetadata ? withMetadataReread(text, structure.documents[k], delta) : stretched(text, structure.documents[k], delta);
    if (!edited) return fresh();
    const documents = structure.documents.map((d, i) => (i < k ? d : i === k ? edited : shiftedDocument(d, delta)));
    const next: Structure = { ...structure, documents };
    completeStructure(text, next);
    // A new type can make another document the main one: its content was never read.
    if (inMetadata && next.mainDocumentIndex !== structure.mainDocumentIndex) return fresh();

    if (next.mainDocumentIndex === k) {
      // The main document itself changed: analyse it again, alone (read from the pieces, the rest not joined).
      const content = analyzeMain(text, next, options);
      const state = { options, structure: next, content, view: content.view, viewShift: 0 };
      return new FilingAnalysis(text, assembleModel(next, content), 'structure', state, span);
    }
    // Findings after the edit (the main document's, when it comes later) move with it;
    // those before it (the main document's when it comes first, the header's) stay.
    const after = next.mainDocumentIndex > k;
    const viewShift = this.state.viewShift + (after ? delta : 0);
    const data: MainContent = { ...content };
    delete data.view;
    const moved = after ? shiftRangesFrom(data, span.end, delta) : data;
    const view = this.state.view && viewShift !== 0 ? shiftedView(this.state.view, viewShift) : this.state.view;
    if (view) moved.view = view;
    const state = { options, structure: next, content: moved, view: this.state.view, viewShift };
    return new FilingAnalysis(text, assembleModel(next, moved), inMetadata ? 'tags-and-main' : 'structure-and-main', state, span);
  }
}

/**
 * One span covering edits applied in order (LSP content changes): the
 * stretch of the old text they replaced and its length in the new text.
 * Undefined for no edits.
 */
export function spanOfEdits(edits: readonly TextEdit[]): EditSpan | undefined {
  let span: EditSpan | undefined;
  for (const e of edits) {
    const start = Math.min(e.start, e.end);
    const end = Math.max(e.start, e.end);
    if (!span) {
      span = { start, end, length: e.text.length };
      continue;
    }
    // The current text is old[0, span.start) + (span.length characters) + old[span.end, ...).
    const spanEndNow = span.start + span.length;
    const coveredEndNow = Math.max(spanEndNow, end);
    const newStart = Math.min(span.start, start);
    const oldEnd = span.end + (coveredEndNow - spanEndNow);
    const lengthNow = coveredEndNow - newStart + e.text.length - (end - start);
    span = { start: newStart, end: oldEnd, length: lengthNow };
  }
  return span;
}

// ------------------------------------------------------------ documents

/** The last document starting at or before `offset` (0 when none does; documents may be empty). */
function lastStartingAtOrBefore(documents: readonly SubmissionDocument[], offset: number): number {
  let lo = 0;
  let hi = documents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (documents[mid].range.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The document whose TEXT holds the whole span, or -1. */
function documentHolding(documents: readonly SubmissionDocument[], span: EditSpan): number {
  const k = lastStartingAtOrBefore(documents, span.start);
  const d = documents[k];
  if (!d || d.textRange.end <= d.textRange.start) return -1;
  return d.textRange.start <= span.start && span.end <= d.textRange.end ? k : -1;
}

const OPEN_DOCUMENT_LENGTH = '<DOCUMENT>'.length;
const TEXT_TAG_LENGTH = '<TEXT>'.length;

/** The document whose tags between <DOCUMENT> and <TEXT> hold the whole span, or -1. */
function metadataHolding(documents: readonly SubmissionDocument[], span: EditSpan): number {
  const k = lastStartingAtOrBefore(documents, span.start);
  const d = documents[k];
  // Without <TEXT> (textRange empty at the block's start) the tags run on to </DOCUMENT>: not this case.
  if (!d || d.textRange.start <= d.range.start) return -1;
  return d.range.start + OPEN_DOCUMENT_LENGTH <= span.start && span.end <= d.textRange.start - TEXT_TAG_LENGTH ? k : -1;
}

/**
 * The document after an edit inside its tags: the tags read again from the
 * edited text, everything after them moved by the edit. Undefined when its
 * <TEXT> is not where the edit moved it (the tags now read otherwise).
 */
function withMetadataReread(text: TextSource, d: SubmissionDocument, delta: number): SubmissionDocument | undefined {
  const base = d.range.start;
  const textStart = d.textRange.start + delta;
  // The block up to just past <TEXT>: reading stops there, as it does in the whole text.
  const block = text.slice(base, textStart);
  const meta = readMetadata(block, OPEN_DOCUMENT_LENGTH, block.length);
  if (meta.textStart !== block.length) return undefined;
  const placed = (v: TagValue | undefined): TagValue | undefined => v && { value: v.value, range: shiftRange(v.range, base) };
  const inText: Metadata = {
    type: placed(meta.type),
    sequence: placed(meta.sequence),
    filename: placed(meta.filename),
    description: placed(meta.description),
    textStart,
    end: meta.end + base,
  };
  return documentOf(inText, { start: base, end: d.range.end + delta }, shiftRange(d.textRange, delta), d.contentKind);
}

/** The delimiters that decide where documents and their texts begin and end. */
const DELIMITER = /<\/?(?:DOCUMENT|TEXT)>/;
const LONGEST_DELIMITER = '</DOCUMENT>'.length;

/** True when the span, before or after the edit, overlaps or touches a delimiter. */
function touchesDelimiter(old: TextSource, text: TextSource, span: EditSpan): boolean {
  const from = Math.max(0, span.start - LONGEST_DELIMITER);
  return (
    DELIMITER.test(old.slice(from, span.end + LONGEST_DELIMITER)) ||
    DELIMITER.test(text.slice(from, span.start + span.length + LONGEST_DELIMITER))
  );
}

/** The edited document: its ends moved, its content kind read again. */
function stretched(text: TextSource, d: SubmissionDocument, delta: number): SubmissionDocument {
  const textRange = { start: d.textRange.start, end: d.textRange.end + delta };
  return { ...d, range: { start: d.range.start, end: d.range.end + delta }, textRange, contentKind: contentKindIn(text, textRange) };
}

/** contentKind, reading only the document's first characters (its sample) from the text. */
function contentKindIn(text: TextSource, range: Range): SubmissionDocument['contentKind'] {
  const start = skipBomAndSpace(text, range.start);
  if (start >= range.end) return 'empty';
  const sample = text.slice(start, Math.min(range.end, start + CONTENT_SAMPLE));
  return contentKind(sample, { start: 0, end: sample.length });
}

function shiftedDocument(d: SubmissionDocument, delta: number): SubmissionDocument {
  const moved: SubmissionDocument = {
    ...d,
    range: shiftRange(d.range, delta),
    typeRange: shiftRange(d.typeRange, delta),
    textRange: shiftRange(d.textRange, delta),
  };
  if (d.filenameRange) moved.filenameRange = shiftRange(d.filenameRange, delta);
  return moved;
}

function shiftRange(r: Range, delta: number): Range {
  return { start: r.start + delta, end: r.end + delta };
}


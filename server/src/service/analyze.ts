/**
 * The language service's entry point: text in, filing model out. Pure (no
 * I/O, no LSP types), deterministic, linear in the size of the text. Callers
 * cache the result per document version (see server/src/lsp/documentCache.ts).
 */
import type { FilingModel, Range, SubmissionDocument, TextView } from './model';
import { sniffContainer, type Container } from './sniff';
import { parseSubmission } from './sgml/submission';
import { htmlView } from './html/htmlView';
import { plainView } from './textView';
import { findCover } from './cover';
import { findBody } from './body';
import { findIdentifiers } from './identifiers';
import { detectForm } from './form';
import { checkFiling } from './checks';
import { CURRENT_SCHEME_EFFECTIVE } from './data/items';

export interface AnalyzeOptions {
  /**
   * A main document longer than this gets only the cheap parts (header,
   * documents); default 64 MiB. It is the main document that counts: a huge
   * submission whose 8-K is small (exhibits, XBRL, images) is analysed fully.
   */
  maxFullAnalysisLength?: number;
}

const DEFAULT_MAX_FULL = 64 * 1024 * 1024;

export function analyzeFiling(text: string, options: AnalyzeOptions = {}): FilingModel {
  const model: FilingModel = {
    kind: 'not-a-filing',
    form: null,
    documents: [],
    mainDocumentIndex: -1,
    mainRange: { start: 0, end: text.length },
    xbrlFacts: [],
    items: [],
    exhibits: [],
    identifiers: [],
    diagnostics: [],
  };
  const sniffed = sniffContainer(text);
  if (sniffed.container === 'binary') {
    model.notice = sniffed.reason ?? 'binary content';
    return model;
  }

  let mainIsHtml = sniffed.container === 'html';
  if (sniffed.container === 'submission' || sniffed.container === 'document') {
    const submission = parseSubmission(text);
    model.header = submission.header;
    model.documents = submission.documents;
    model.mainDocumentIndex = pickMainDocument(submission.documents, submission.header?.submissionType?.value);
    const main = submission.documents[model.mainDocumentIndex];
    if (main) {
      model.mainRange = main.textRange;
      mainIsHtml = main.contentKind === 'html';
    } else if (submission.header) {
      model.mainRange = { start: submission.header.range.end, end: text.length };
    }
  }

  const mainLength = model.mainRange.end - model.mainRange.start;
  const tooLarge = mainLength > (options.maxFullAnalysisLength ?? DEFAULT_MAX_FULL);
  if (tooLarge) {
    model.notice = `The main document is ${(mainLength / 1048576).toFixed(0)} MB: only the header and the list of documents were analysed.`;
  } else {
    const { start, end } = model.mainRange;
    let view: TextView;
    if (mainIsHtml) {
      const html = htmlView(text, start, end);
      view = html.view;
      model.xbrlFacts = html.facts;
    } else {
      view = plainView(text, start, end);
    }
    model.mainView = view;

    const scheme = schemeHint(model);
    const body = findBody(view, { scheme });
    model.items = body.items;
    model.signatures = body.signatures;
    model.exhibits = body.exhibits;
    const coverEnd = body.coverEndInView;
    model.cover = findCover(view, coverEnd, { header: model.header, facts: model.xbrlFacts });
    model.identifiers = findIdentifiers(text, view, model);
  }

  model.form = detectForm(model);
  model.kind = fileKind(sniffed.container, mainIsHtml, model);
  // A model cut short would report everything it did not look at as missing.
  if (model.kind !== 'not-a-filing' && !tooLarge) model.diagnostics = checkFiling(model);
  return model;
}

/** The document whose items count: the first one of the submission's form type, else the first. */
function pickMainDocument(documents: SubmissionDocument[], submissionType: string | undefined): number {
  if (documents.length === 0) return -1;
  const wanted = (submissionType ?? '').trim().toUpperCase();
  if (wanted) {
    const i = documents.findIndex((d) => d.type.trim().toUpperCase() === wanted);
    if (i >= 0) return i;
  }
  const eightK = documents.findIndex((d) => /^8-K/i.test(d.type.trim()));
  return eightK >= 0 ? eightK : 0;
}

/** Legacy or current numbering, from the dates the header gives; undefined lets the finder decide. */
function schemeHint(model: FilingModel): 'current' | 'legacy' | undefined {
  const date = model.header?.filedAsOf?.value ?? model.header?.periodOfReport?.value;
  if (!date) return undefined;
  return date < CURRENT_SCHEME_EFFECTIVE ? 'legacy' : 'current';
}

function fileKind(container: Container, mainIsHtml: boolean, model: FilingModel): FilingModel['kind'] {
  if (container === 'submission') return 'full-submission';
  const looksLikeFiling = model.form !== null || model.cover !== undefined || model.items.length > 0;
  if (!looksLikeFiling) return 'not-a-filing';
  return mainIsHtml ? 'html' : 'text';
}

export type { Range };

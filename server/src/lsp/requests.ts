/**
 * How every request is answered: after pending notifications (a didChange
 * queued behind the request wins, so an older version is never analysed for
 * it), over the cached analysis of the document's current version, honouring
 * cancellation, and never failing: an error is logged and answered empty, as
 * is a request for a document that is unknown, closed or not a filing.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocuments } from 'vscode-languageserver/node';
import type { FilingDocument } from './filingDocument';
import type { FeatureContext } from '../features/context';
import { describe, type DocumentCache } from './documentCache';

export type Answer<T> = T | ResponseError<never>;

export function cancelledError(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Lets the connection dispatch what arrived meanwhile (changes, cancellations) before the work starts. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class RequestRunner {
  constructor(
    private readonly documents: TextDocuments<FilingDocument>,
    private readonly cache: DocumentCache,
    private readonly logError: (message: string) => void,
    /** Resolves when requests may be answered (the settings are in). */
    private readonly ready: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Runs a provider over the analysed current version of `uri`; `empty` when there is nothing to say. */
  async withContext<T>(
    method: string,
    uri: string | undefined,
    token: CancellationToken,
    empty: T,
    provide: (ctx: FeatureContext, doc: FilingDocument) => T | Promise<T>,
  ): Promise<Answer<T>> {
    return this.guard(method, token, empty, async () => {
      const doc = uri === undefined ? undefined : this.documents.get(uri);
      if (!doc) return empty;
      const ctx = this.cache.context(doc);
      if (!ctx) return empty;
      if (token.isCancellationRequested) return cancelledError();
      return provide(ctx, doc);
    });
  }

  /** Runs any work with the same yielding, cancellation and error handling. */
  async guard<T>(method: string, token: CancellationToken, empty: T, work: () => Answer<T> | Promise<Answer<T>>): Promise<Answer<T>> {
    try {
      await this.ready();
      await yieldToEventLoop();
      if (token.isCancellationRequested) return cancelledError();
      return await work();
    } catch (e) {
      this.logError(`${method} failed: ${describe(e)}`);
      return empty;
    }
  }
}

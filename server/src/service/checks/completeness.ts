/** A Form 8-K reports at least one item and is signed. */
import type { FilingModel } from '../model';
import type { DiagnosticReport } from './report';

export function checkCompleteness(model: FilingModel, report: DiagnosticReport): void {
  const anchor = model.cover?.formType?.range ?? model.header?.submissionType?.range ?? {
    start: model.mainRange.start,
    end: model.mainRange.start,
  };
  if (model.items.length === 0) report.add('no-items', anchor, 'No item heading was found: a Form 8-K reports at least one item.');
  if (!model.signatures) {
    const last = model.items[model.items.length - 1];
    const at = last ? { start: last.sectionRange.end, end: last.sectionRange.end } : anchor;
    report.add('no-signatures', at, 'No SIGNATURES block was found: a Form 8-K must be signed.', {
      insertAt: String(at.start),
    });
  }
}

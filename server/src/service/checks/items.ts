/** Checks of the item headings: known numbers, the right numbering, order, titles. */
import type { FilingModel, ItemScheme } from '../model';
import { officialTitle, titleMatches } from '../itemTitles';
import type { DiagnosticReport } from './report';

export function checkItems(model: FilingModel, filingScheme: ItemScheme | undefined, report: DiagnosticReport): void {
  const seen = new Set<string>();
  let previous = -1;
  for (const item of model.items) {
    const label = `Item ${item.number}`;
    if (!item.known) {
      report.add('unknown-item', item.numberRange, `${label} is not an item of Form 8-K (${item.scheme === 'legacy' ? 'pre-2004 numbering 1–12' : 'items 1.01–9.01'}).`);
      continue;
    }
    if (filingScheme === 'current' && item.scheme === 'legacy') {
      report.add('legacy-item', item.numberRange, `${label} uses the numbering replaced on 23 August 2004.`);
    } else if (filingScheme === 'legacy' && item.scheme === 'current') {
      report.add('current-item-in-legacy-filing', item.numberRange, `${label} uses a numbering that took effect on 23 August 2004, after this filing.`);
    }
    if (seen.has(item.number)) {
      report.add('item-repeated', item.numberRange, `${label} already has a heading above.`);
    }
    seen.add(item.number);
    const order = Number(item.number);
    if (order < previous) report.add('item-order', item.numberRange, `${label} comes after a higher-numbered item.`);
    previous = Math.max(previous, order);

    const official = officialTitle(item.number, item.scheme);
    if (official && item.title && item.titleRange && !titleMatches(item.title, item.number, item.scheme)) {
      report.add('item-title', item.titleRange, `The heading says “${shortened(item.title)}”; the official title of ${label} is “${official}”.`, {
        officialTitle: official,
      });
    }
  }
}

const MAX_QUOTED = 80;

/** A title as the message quotes it: white space collapsed, a long one cut. */
function shortened(title: string): string {
  const words = title.replace(/\s+/g, ' ').trim();
  return words.length <= MAX_QUOTED ? words : `${words.slice(0, MAX_QUOTED - 1).trimEnd()}…`;
}

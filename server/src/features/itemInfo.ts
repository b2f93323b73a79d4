/**
 * What the catalogue says about an item, as markdown: for the hover on a
 * heading, the documentation of an item completion and the tooltip of a
 * title hint.
 */
import { CURRENT_SCHEME_EFFECTIVE, SECTIONS, currentItem, legacyItem, type ItemDefinition } from '../service/data/items';
import type { ItemScheme } from '../service/model';
import { longDate } from './dateText';

/** The sentence a hover gives for an item's deadline rule. */
export function deadlineRuleText(item: ItemDefinition): string {
  switch (item.deadline) {
    case 'four-business-days':
      return item.deadlineNote ?? 'Due within four business days after the event (General Instruction B.1).';
    case 'regulation-fd':
      return item.deadlineNote ?? 'Timing follows Regulation FD, not the four-business-day rule.';
    case 'none':
      return item.deadlineNote ?? 'Voluntary: no deadline.';
    case 'with-triggering-item':
      return item.deadlineNote ?? 'Filed with the item whose financial statements or exhibits it carries, on that item’s deadline.';
  }
}

/** "Filed" or "Furnished, not filed" with what it means. */
function filedOrFurnishedText(item: ItemDefinition): string {
  return item.furnished
    ? '**Furnished**, not filed (General Instruction B.2): not subject to Exchange Act Section 18 liability, and not incorporated by reference into other filings unless they say so.'
    : '**Filed** (subject to Exchange Act Section 18).';
}

/** Markdown paragraphs describing a current item. */
function currentItemMarkdown(item: ItemDefinition): string[] {
  const section = item.number.split('.')[0];
  const lines = [
    `**Item ${item.number} ${item.title}**`,
    `Section ${section}: ${SECTIONS[section]}`,
    filedOrFurnishedText(item),
    `Deadline: ${deadlineRuleText(item)}`,
  ];
  if (item.since) lines.push(`In Form 8-K since ${longDate(item.since)}.`);
  return lines;
}

/** Markdown paragraphs describing an item of either numbering; undefined for a number neither knows. */
export function itemMarkdown(number: string, scheme: ItemScheme): string[] | undefined {
  if (scheme === 'current') {
    const item = currentItem(number);
    return item ? currentItemMarkdown(item) : undefined;
  }
  const legacy = legacyItem(number);
  if (!legacy) return undefined;
  const lines = [
    `**Item ${legacy.number} ${legacy.title}**`,
    `Numbering of Form 8-K before ${longDate(CURRENT_SCHEME_EFFECTIVE)}.`,
  ];
  if (legacy.note) lines.push(legacy.note);
  const successors = legacy.successors.map(currentItem).filter((i): i is ItemDefinition => i !== undefined);
  if (successors.length > 0) {
    const named = successors.map((i) => `Item ${i.number} ${i.title} (${i.furnished ? 'furnished' : 'filed'})`);
    lines.push(`Today’s counterpart: ${named.join('; ')}.`);
  }
  return lines;
}

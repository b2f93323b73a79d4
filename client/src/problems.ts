/** Problem counts: how many of the server's checks fall in a part of the filing. */
import type { SummaryCheck } from '../../server/src/protocol';
import { rangeContains, type Range } from './ranges';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  /** Information and hints. */
  infos: number;
}

export const NO_PROBLEMS: ProblemCounts = Object.freeze({ errors: 0, warnings: 0, infos: 0 });

/** The checks that start inside the range. */
export function checksIn(checks: readonly SummaryCheck[], range: Range): SummaryCheck[] {
  return checks.filter((c) => rangeContains(range, c.range.start));
}

export function countProblems(checks: readonly SummaryCheck[]): ProblemCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const c of checks) {
    if (c.severity === 'error') counts.errors++;
    else if (c.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function totalProblems(counts: ProblemCounts): number {
  return counts.errors + counts.warnings + counts.infos;
}

/** "1 error, 2 warnings"; "" when there is nothing. */
export function describeProblems(counts: ProblemCounts): string {
  const parts: string[] = [];
  if (counts.errors) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings) parts.push(plural(counts.warnings, 'warning'));
  if (counts.infos) parts.push(plural(counts.infos, 'note'));
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

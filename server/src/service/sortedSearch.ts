/** Binary search over ascending offsets: line starts, piece starts, view segments. */

/** Index of the last of the first `count` elements that is <= value (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number, count = sorted.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first element that is >= value (the length when none is). */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

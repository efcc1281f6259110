/**
 * Where one figure stands among the districts that report the same indicator for the same year: its rank
 * (largest first, ties sharing a rank: 1, 1, 3) of N, and the median of the N. Pure arithmetic over the
 * values; which values are peers is peerValues.ts's business.
 */
import type { Qualifier } from '../data/schema';

export interface Standing {
  /** 1 for the largest value; tied values share the better rank (1, 1, 3). */
  rank: number;
  /** How many districts report the indicator that year (the district itself among them). */
  of: number;
  median: number;
  /** `above`, `below` or `at` the median. */
  versusMedian: 'above' | 'below' | 'at';
  /** The district is the only one reporting the indicator that year: no rank is given then. */
  only: boolean;
  /** The district's figure is hedged (约, 余, 近): its rank is only as exact as the figure. */
  approximate: boolean;
}

/** The rank of `value` among `descending` (sorted largest first): one more than the count of larger values. */
export function rankAmong(descending: ArrayLike<number>, value: number): number {
  // Binary search for the first position whose value is not larger than `value`.
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle] > value) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

/** The median of sorted values (either direction); NaN when there are none. */
export function medianOf(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const middle = n >>> 1;
  return n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Sorts values largest first, as a new typed array (what rankAmong and medianOf read). */
export function sortDescending(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort().reverse();
}

/**
 * Where `value` stands among `descending`, the values of every reporting district (the district's own
 * among them), or undefined when there are none.
 */
export function standingOf(descending: ArrayLike<number>, value: number, qualifier: Qualifier): Standing | undefined {
  if (descending.length === 0) return undefined;
  const median = medianOf(descending);
  return {
    rank: rankAmong(descending, value),
    of: descending.length,
    median,
    versusMedian: value > median ? 'above' : value < median ? 'below' : 'at',
    only: descending.length === 1,
    approximate: qualifier !== 'exact',
  };
}

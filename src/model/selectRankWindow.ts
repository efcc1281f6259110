/**
 * Which rows of a comparison a ranking draws. Up to a couple of dozen districts, every one; beyond that
 * (a province, the whole country: 2,850 districts) the top and the bottom of the ranking with their
 * ranks, and one line saying how many sit between. Districts that did not report are counted, not drawn.
 * Any district can still be found: the filters narrow the comparison to a province or to named districts.
 */
import type { ComparisonRow } from './buildComparison';

/** A drawn row with its rank among the reported values (1 = largest), or the line standing for the middle. */
export type RankEntry = { type: 'row'; row: ComparisonRow; rank?: number } | { type: 'gap'; count: number };

export interface RankWindow {
  /** Entries top to bottom. */
  entries: RankEntry[];
  /** Whether only the top and bottom are drawn. */
  windowed: boolean;
  reported: number;
  notReported: number;
}

/** Up to this many rows, every row is drawn. */
export const RANK_WINDOW_LIMIT = 24;
/** How many districts are drawn at each end of a longer ranking. */
export const RANK_WINDOW_SIDE = 10;

/** Selects the rows to draw from comparison rows (reported ones sorted, largest first, then the gaps). */
export function selectRankWindow(rows: readonly ComparisonRow[], limit = RANK_WINDOW_LIMIT, side = RANK_WINDOW_SIDE): RankWindow {
  const reported = rows.filter((row) => row.value !== undefined);
  const notReported = rows.length - reported.length;
  const ranks = tiedRanks(reported);
  if (rows.length <= limit) {
    return { entries: rows.map((row, i) => ({ type: 'row', row, rank: row.value === undefined ? undefined : ranks[i] })), windowed: false, reported: reported.length, notReported };
  }
  const ranked = (from: number, to: number): RankEntry[] => reported.slice(from, to).map((row, i) => ({ type: 'row', row, rank: ranks[from + i] }));
  const entries =
    reported.length <= 2 * side + 1
      ? ranked(0, reported.length)
      : [...ranked(0, side), { type: 'gap' as const, count: reported.length - 2 * side }, ...ranked(reported.length - side, reported.length)];
  return { entries, windowed: true, reported: reported.length, notReported };
}

/**
 * The rank of each reported row, largest first: equal values share the rank of the first of them, and the
 * next value takes its place in the count (1, 1, 1, 4): six districts at 100 % are all first, not 1 to 6.
 */
function tiedRanks(reported: readonly ComparisonRow[]): number[] {
  const ranks: number[] = [];
  reported.forEach((row, i) => ranks.push(i > 0 && row.value === reported[i - 1].value ? ranks[i - 1] : i + 1));
  return ranks;
}

/**
 * Comparisons kept per selection. The overview's rankings and its brief rank the same districts on the
 * same headline figures: across the country each comparison goes through 2,850 reports, so it is built
 * once per selection (an array selectReports keeps per filter) and shared by every caller.
 */
import type { Dataset, Report } from '../data/dataset';
import type { Lang } from '../i18n/messages';
import { buildComparison, type Comparison } from './buildComparison';

const kept = new WeakMap<Dataset, WeakMap<readonly Report[], Map<string, Comparison | undefined>>>();

/** buildComparison, computed once per dataset, reports array, indicator, per-capita and language. Read it, never change it. */
export function comparisonOf(
  dataset: Dataset,
  reports: readonly Report[],
  indicatorId: string,
  perCapitaWanted: boolean,
  lang: Lang = 'zh',
): Comparison | undefined {
  let bySelection = kept.get(dataset);
  if (!bySelection) kept.set(dataset, (bySelection = new WeakMap()));
  let comparisons = bySelection.get(reports);
  if (!comparisons) bySelection.set(reports, (comparisons = new Map()));
  const id = `${indicatorId}|${perCapitaWanted}|${lang}`;
  if (!comparisons.has(id)) comparisons.set(id, buildComparison(dataset, reports, indicatorId, perCapitaWanted, lang));
  return comparisons.get(id);
}

/** Whether comparisonOf has the comparison already (it then costs nothing). */
export function hasComparison(dataset: Dataset, reports: readonly Report[], indicatorId: string, perCapitaWanted: boolean, lang: Lang = 'zh'): boolean {
  return kept.get(dataset)?.get(reports)?.has(`${indicatorId}|${perCapitaWanted}|${lang}`) ?? false;
}

/**
 * Comparisons kept per filter. The overview's rankings and its brief rank the same districts on the
 * same headline figures: across the country each comparison goes through 2,850 reports, so it is built
 * once per filter (its selection's id, selectionId) and shared by every caller.
 */
import type { Dataset } from '../data/dataset';
import type { Lang } from '../i18n/messages';
import { buildComparison, type Comparison } from './buildComparison';
import { selectionId, selectReports, type ReportFilter } from './selectReports';

const kept = new WeakMap<Dataset, Map<string, Map<string, Comparison | undefined>>>();
/** The comparisons of this many filters are kept; those of the filter asked for longest ago go first. */
const FILTERS_KEPT = 16;

/** buildComparison of the reports `filter` selects, computed once per dataset, filter, indicator, per-capita and language. Read it, never change it. */
export function comparisonOf(
  dataset: Dataset,
  filter: ReportFilter,
  indicatorId: string,
  perCapitaWanted: boolean,
  lang: Lang = 'zh',
): Comparison | undefined {
  let byFilter = kept.get(dataset);
  if (!byFilter) kept.set(dataset, (byFilter = new Map()));
  const selection = selectionId(filter);
  const comparisons = byFilter.get(selection) ?? new Map<string, Comparison | undefined>();
  // Kept as the most recent.
  byFilter.delete(selection);
  byFilter.set(selection, comparisons);
  if (byFilter.size > FILTERS_KEPT) byFilter.delete(byFilter.keys().next().value!);
  const id = `${indicatorId}|${perCapitaWanted}|${lang}`;
  if (!comparisons.has(id)) comparisons.set(id, buildComparison(dataset, selectReports(dataset, filter), indicatorId, perCapitaWanted, lang));
  return comparisons.get(id);
}

/** Whether comparisonOf has the comparison already (it then costs nothing). */
export function hasComparison(dataset: Dataset, filter: ReportFilter, indicatorId: string, perCapitaWanted: boolean, lang: Lang = 'zh'): boolean {
  return kept.get(dataset)?.get(selectionId(filter))?.has(`${indicatorId}|${perCapitaWanted}|${lang}`) ?? false;
}

/**
 * The reports a grouped or 100 % stacked chart draws when there are too many for one chart (a province,
 * the country): those with the largest value of the chart's leading figure, largest first.
 */
import type { Dataset, Report } from '../data/dataset';
import { lookupValue } from '../data/observationTable';

/** Up to this many reports, a grouped chart draws them all. */
export const GROUPED_LIMIT = 15;

/** The `limit` reports with the largest value of `indicatorId` (reports without it come last), or all of them if few. */
export function selectTopReports(dataset: Dataset, reports: readonly Report[], indicatorId: string, limit = GROUPED_LIMIT): Report[] {
  if (reports.length <= limit) return [...reports];
  const valueOf = (report: Report) => lookupValue(dataset.observationByKey, report.id, indicatorId) ?? -Infinity;
  return reports
    .map((report, order) => ({ report, value: valueOf(report), order }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .slice(0, limit)
    .map(({ report }) => report);
}

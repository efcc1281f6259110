/**
 * One indicator over the years for the selected districts: a line per district that has figures of two
 * years or more (at most TREND_NAMED_LIMIT named; beyond that the districts chosen in the filter, and the
 * median of every reporting district year by year), gaps kept, changes of scope and the year-on-year
 * changes the reports state (同比) listed as published, never recomputed.
 */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import { lookupObservation } from '../data/observationTable';
import { buildYearSeries, countFigures, type SeriesPoint } from './buildYearSeries';
import { indexDataset } from './datasetIndex';
import { peerValuesOf } from './peerValues';
import { medianOf } from './standing';

/** At most this many districts are drawn as named lines. */
export const TREND_NAMED_LIMIT = 8;

export interface TrendLine {
  /** The district's latest report in the selection: its name and place. */
  report: Report;
  points: SeriesPoint[];
}

export interface Trend {
  indicator: Indicator;
  years: number[];
  lines: TrendLine[];
  /** How many of the selected districts have figures of two years or more. */
  multiYear: number;
  /** The median of every reporting district (of the province, when one is chosen) per year, when not every line is drawn. */
  median?: { year: number; value?: number; count: number }[];
  /** Year-on-year changes the drawn districts' reports state for this indicator (`<id>_yoy_pct`), as published. */
  stated: Observation[];
}

/** The reports of a district that has reports of at least two years, or undefined. */
function multiYearReports(dataset: Dataset, report: Report): Report[] | undefined {
  const reports = indexDataset(dataset).reportsByDistrict.get(report.adminCode);
  return reports && reports[0].year !== reports.at(-1)!.year ? reports : undefined;
}

/** How many of `reports`' districts have reports of more than one year: whether a trend view is offered. */
export function countMultiYearDistricts(dataset: Dataset, reports: readonly Report[]): number {
  return reports.reduce((count, report) => count + (multiYearReports(dataset, report) ? 1 : 0), 0);
}

/**
 * The trend of `indicatorId` over `reports` (one per district, as selectReports gives them); `chosen` are
 * the districts named in the filter, `province` the province filter.
 */
export function buildTrend(dataset: Dataset, reports: readonly Report[], indicatorId: string, chosen: readonly string[], province: string | null): Trend | undefined {
  const indicator = dataset.indicatorById.get(indicatorId);
  if (!indicator) return undefined;
  const candidates: TrendLine[] = [];
  for (const report of reports) {
    const own = multiYearReports(dataset, report);
    if (!own) continue;
    const points = buildYearSeries(own, (one) => lookupObservation(dataset.observationByKey, one.id, indicatorId));
    if (countFigures(points) >= 2) candidates.push({ report, points });
  }
  const tooMany = candidates.length > TREND_NAMED_LIMIT;
  const picked = tooMany ? candidates.filter((line) => chosen.includes(line.report.adminCode)).slice(0, TREND_NAMED_LIMIT) : candidates;
  const drawn = picked.flatMap((line) => line.points);
  const from = Math.min(...drawn.map((point) => point.year));
  const to = Math.max(...drawn.map((point) => point.year));
  const allYears = tooMany ? indexDataset(dataset).years : [];
  const first = drawn.length > 0 ? from : (allYears[0] ?? 0);
  const last = drawn.length > 0 ? to : (allYears.at(-1) ?? -1);
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  // Every line spans the same years, gaps before and after its own reports included.
  const lines = picked.map((line) => ({ report: line.report, points: spanYears(line.points, years) }));
  const trend: Trend = { indicator, years, lines, multiYear: candidates.length, stated: statedChanges(dataset, lines, indicatorId) };
  if (tooMany) {
    trend.median = years.map((year) => {
      const peers = peerValuesOf(dataset, year, indicatorId);
      const values = province ? (peers.byProvince.get(province) ?? new Float64Array()) : peers.all;
      return values.length > 0 ? { year, value: medianOf(values), count: values.length } : { year, count: 0 };
    });
  }
  return trend;
}

function spanYears(points: SeriesPoint[], years: number[]): SeriesPoint[] {
  const byYear = new Map(points.map((point) => [point.year, point]));
  return years.map((year) => byYear.get(year) ?? { year, gap: 'no_report' });
}

function statedChanges(dataset: Dataset, lines: TrendLine[], indicatorId: string): Observation[] {
  const changeId = `${indicatorId}_yoy_pct`;
  if (!dataset.indicatorById.has(changeId)) return [];
  const reports = lines.flatMap((line) => indexDataset(dataset).reportsByDistrict.get(line.report.adminCode) ?? []);
  return reports.flatMap((report) => lookupObservation(dataset.observationByKey, report.id, changeId) ?? []);
}

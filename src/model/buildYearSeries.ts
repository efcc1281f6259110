/**
 * One district's figure for one indicator over the years: a point per year, a year without a report or
 * without the figure kept as a gap (never a zero, never filled in), and a year whose note differs from
 * the year before's marked, since the figure then counts something else than the line suggests.
 */
import type { Observation, Report } from '../data/dataset';

export interface SeriesPoint {
  year: number;
  /** The figure of that year; absent for a gap. */
  observation?: Observation;
  /** Why there is no figure: no report for that year, or a report that does not give it. */
  gap?: 'no_report' | 'not_given';
  /** The figure's note (how the report counts) differs from that of the figure before it. */
  scopeChanged?: boolean;
}

/**
 * A point per year from `from` to `to` (the district's first and last report years by default), for a
 * district's reports (oldest first) and a way to find a report's figure.
 */
export function buildYearSeries(
  reports: readonly Report[],
  figureOf: (report: Report) => Observation | undefined,
  from = reports[0]?.year,
  to = reports.at(-1)?.year,
): SeriesPoint[] {
  if (from === undefined || to === undefined) return [];
  const points: SeriesPoint[] = [];
  let before: Observation | undefined;
  for (let year = from; year <= to; year++) {
    // The first report of a year, as everywhere else (reportsOfYear, selectReports).
    const report = reports.find((one) => one.year === year);
    const observation = report && figureOf(report);
    if (!observation) {
      points.push({ year, gap: report ? 'not_given' : 'no_report' });
      continue;
    }
    const point: SeriesPoint = { year, observation };
    if (before && noteText(before) !== noteText(observation)) point.scopeChanged = true;
    points.push(point);
    before = observation;
  }
  return points;
}

function noteText(observation: Observation): string {
  return (observation.noteZh || observation.note).trim();
}

/** How many years of a series give a figure: a trend needs two. */
export function countFigures(points: readonly SeriesPoint[]): number {
  return points.reduce((count, point) => count + (point.observation ? 1 : 0), 0);
}

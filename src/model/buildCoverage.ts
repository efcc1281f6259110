/** The coverage matrix: which selected report gives which indicator, so an analyst sees the gaps at once. */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import { observationKey } from '../data/dataset';

export interface Coverage {
  reports: Report[];
  indicators: Indicator[];
  /** cells[r][i]: the observation of report r for indicator i, or undefined when not reported. */
  cells: (Observation | undefined)[][];
}

/** Builds the matrix of `reports` × `indicatorIds` (unknown ids are skipped). */
export function buildCoverage(dataset: Dataset, reports: readonly Report[], indicatorIds: readonly string[]): Coverage {
  const indicators = indicatorIds.map((id) => dataset.indicatorById.get(id)).filter((i) => i !== undefined);
  return {
    reports: [...reports],
    indicators,
    cells: reports.map((report) => indicators.map((indicator) => dataset.observationByKey.get(observationKey(report.id, indicator.id)))),
  };
}

/** Share of cells that are reported, 0–1. */
export function coverageShare(coverage: Coverage): number {
  const all = coverage.cells.flat();
  return all.length === 0 ? 0 : all.filter(Boolean).length / all.length;
}

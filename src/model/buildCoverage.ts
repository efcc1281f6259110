/** The coverage matrix: which selected report gives which indicator, so an analyst sees the gaps at once. */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import { hasObservation, lookupObservation } from '../data/observationTable';

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
    cells: reports.map((report) => indicators.map((indicator) => lookupObservation(dataset.observationByKey, report.id, indicator.id))),
  };
}

/** Share of cells that are reported, 0–1. */
export function coverageShare(coverage: Coverage): number {
  const all = coverage.cells.flat();
  return all.length === 0 ? 0 : all.filter(Boolean).length / all.length;
}

/** Coverage summed up by province: for a selection too wide for one column per report. */
export interface ProvinceCoverage {
  indicators: Indicator[];
  /** Provinces in the order of the reports (display order), with how many selected reports each has. */
  provinces: { province: string; reports: number }[];
  /** shares[i][p]: the share (0–1) of province p's selected reports that give indicator i. */
  shares: number[][];
  /** Share of all cells that are reported, 0–1. */
  overall: number;
}

/** Builds the province × indicator shares of reports giving each indicator (unknown ids are skipped). */
export function buildProvinceCoverage(dataset: Dataset, reports: readonly Report[], indicatorIds: readonly string[]): ProvinceCoverage {
  const indicators = indicatorIds.map((id) => dataset.indicatorById.get(id)).filter((i) => i !== undefined);
  const column = new Map<string, number>();
  const provinces: ProvinceCoverage['provinces'] = [];
  for (const report of reports) {
    if (!column.has(report.province)) {
      column.set(report.province, provinces.length);
      provinces.push({ province: report.province, reports: 0 });
    }
    provinces[column.get(report.province)!].reports++;
  }
  const counts = indicators.map(() => provinces.map(() => 0));
  let covered = 0;
  for (const report of reports) {
    const p = column.get(report.province)!;
    indicators.forEach((indicator, i) => {
      // `has`, not `get`: counting needs no observation object made.
      if (hasObservation(dataset.observationByKey, report.id, indicator.id)) {
        counts[i][p]++;
        covered++;
      }
    });
  }
  const cells = reports.length * indicators.length;
  return { indicators, provinces, shares: counts.map((row) => row.map((count, p) => count / provinces[p].reports)), overall: cells === 0 ? 0 : covered / cells };
}

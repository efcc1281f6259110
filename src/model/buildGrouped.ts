/**
 * Several indicators side by side for each selected report: a flow (received → accepted → concluded) or
 * a breakdown (outcomes, dispute types) drawn as 100 % stacked bars.
 */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import type { Lang } from '../i18n/messages';
import { describeCaveats, per10k } from './buildComparison';
import { unitFactor } from './locale';
import { lookupObservation } from '../data/observationTable';

export interface GroupedSeries {
  indicator: Indicator;
  /** One cell per report, in the order of `reports`; absent where not reported. */
  cells: { observation?: Observation; value?: number }[];
}

export interface Grouped {
  reports: Report[];
  series: GroupedSeries[];
  /**
   * Every indicator id the chart may draw, in its fixed order (a flow's steps, a breakdown's parts by
   * rankBreakdown): a series' colour and place come from here, never from which series a selection gives.
   */
  order: readonly string[];
  perCapita: boolean;
  caveats: string[];
  lang: Lang;
}

/** The indicators that partition `totalId` (its breakdown), in dictionary order. */
export function breakdownIndicators(dataset: Dataset, totalId: string): Indicator[] {
  return dataset.indicators.filter((indicator) => indicator.breakdownOf === totalId);
}

/**
 * Builds grouped series for the given indicators. Series no selected report gives are dropped, so a chart
 * never carries a legend entry with nothing behind it.
 */
export function buildGrouped(
  dataset: Dataset,
  reports: readonly Report[],
  indicatorIds: readonly string[],
  perCapita: boolean,
  lang: Lang = 'zh',
): Grouped {
  const series: GroupedSeries[] = [];
  for (const id of indicatorIds) {
    const indicator = dataset.indicatorById.get(id);
    if (!indicator) continue;
    const cells = reports.map((report) => {
      const observation = lookupObservation(dataset.observationByKey, report.id, id);
      if (!observation) return {};
      const population = dataset.populationByAdminCode.get(report.adminCode)?.population;
      const shown = observation.value * unitFactor(indicator.unit, lang);
      if (!perCapita) return { observation, value: shown };
      return population ? { observation, value: per10k(shown, population) } : { observation };
    });
    if (cells.some((cell) => cell.observation)) series.push({ indicator, cells });
  }
  const rows = series.flatMap((s) => s.cells.map((cell, i) => ({ report: reports[i], observation: cell.observation }))).filter((row) => row.observation);
  return { reports: [...reports], series, order: [...indicatorIds], perCapita, lang, caveats: dedupe(describeCaveats(dataset, rows, perCapita, lang)) };
}

/** Each cell's share of its report's reported parts, in percent (the 100 % stacked view). */
export function toShares(grouped: Grouped): number[][] {
  const totals = grouped.reports.map((_, i) => grouped.series.reduce((sum, s) => sum + (s.cells[i].value ?? 0), 0));
  return grouped.series.map((s) => s.cells.map((cell, i) => (cell.value === undefined || totals[i] === 0 ? NaN : (100 * cell.value) / totals[i])));
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}

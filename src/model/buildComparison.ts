/**
 * One indicator across the selected reports: the series a ranking or a dot plot draws, with every gap
 * kept as "not reported" and every caveat a reader needs to compare fairly.
 */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import { observationKey } from '../data/dataset';
import { yearsOf } from './selectReports';

export interface ComparisonRow {
  report: Report;
  /** The observation behind the value; absent when the report does not give this figure. */
  observation?: Observation;
  /** The value drawn: as reported, or per 10,000 residents. */
  value?: number;
}

export interface Comparison {
  indicator: Indicator;
  /** Reported rows sorted by value (largest first), then the not-reported rows. */
  rows: ComparisonRow[];
  perCapita: boolean;
  /** The unit of the drawn value (`件/万人` per capita). */
  unit: string;
  /** Plain sentences on what differs between the compared values. */
  caveats: string[];
}

/** Whether counts of this indicator can be divided by population (counts and amounts, not rates). */
export function canBePerCapita(indicator: Indicator): boolean {
  return indicator.kind === 'count' || indicator.kind === 'amount';
}

/** Value per 10,000 residents. */
export function per10k(value: number, population: number): number {
  return (value / population) * 10_000;
}

/** Builds the comparison of one indicator over the given reports. */
export function buildComparison(dataset: Dataset, reports: readonly Report[], indicatorId: string, perCapitaWanted: boolean): Comparison | undefined {
  const indicator = dataset.indicatorById.get(indicatorId);
  if (!indicator) return undefined;
  const perCapita = perCapitaWanted && canBePerCapita(indicator);
  const rows: ComparisonRow[] = reports.map((report) => {
    const observation = dataset.observationByKey.get(observationKey(report.id, indicatorId));
    if (!observation) return { report };
    const population = dataset.populationByAdminCode.get(report.adminCode)?.population;
    if (perCapita) return population ? { report, observation, value: per10k(observation.value, population) } : { report, observation };
    return { report, observation, value: observation.value };
  });
  const reported = rows.filter((row) => row.value !== undefined).sort((a, b) => b.value! - a.value!);
  const gaps = rows.filter((row) => row.value === undefined);
  return {
    indicator,
    rows: [...reported, ...gaps],
    perCapita,
    unit: perCapita ? `${indicator.unit}/万人` : indicator.unit,
    caveats: describeCaveats(dataset, reported, perCapita),
  };
}

/** The sentences a footnote needs: mixed years, reports that count differently, hedges, per-capita source. */
export function describeCaveats(dataset: Dataset, rows: readonly ComparisonRow[], perCapita: boolean): string[] {
  const caveats: string[] = [];
  const years = yearsOf(rows.map((row) => row.report));
  if (years.length > 1) caveats.push(`比较了不同年份的报告（${years.join('、')}年），跨年度排名仅供参考。`);
  for (const row of rows) {
    if (row.observation?.note) caveats.push(`${row.report.district}：${row.observation.noteZh || row.observation.note}`);
  }
  const hedged = rows.filter((row) => row.observation && row.observation.qualifier !== 'exact');
  // A district with several hedged values (grouped charts, or two of its years) is named once.
  const hedgedDistricts = [...new Set(hedged.map((row) => row.report.district))];
  if (hedgedDistricts.length > 0) caveats.push(`${hedgedDistricts.join('、')}的数值在报告中为约数或上下限，按原文保留。`);
  const census = dataset.population[0];
  if (perCapita && census) caveats.push(`每万人数值按第七次全国人口普查常住人口（${census.referenceDate}）计算，来源：${census.source}。`);
  return caveats;
}

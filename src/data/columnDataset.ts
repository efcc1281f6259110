/** A dataset whose observations are columns: what `buildDataset` returns and what the page unpacks. */
import type { Dataset, Indicator, Observation, Population, Report } from './dataset';
import type { Paragraph } from './paragraphs';
import { ObservationTable, type ObservationColumns } from './observationTable';

/** Assembles a dataset over observation columns; observation objects are made when asked for. */
export function datasetFromColumns(
  reports: Report[],
  indicators: Indicator[],
  population: Population[],
  columns: ObservationColumns,
  paragraphsByReport: Map<string, Paragraph[]>,
): Dataset {
  const table = new ObservationTable(reports, indicators, columns);
  let all: Observation[] | undefined;
  return {
    reports,
    indicators,
    population,
    // Every observation as objects only when something needs them all (the data table, an export, the checks).
    get observations() {
      all ??= table.all();
      return all;
    },
    reportById: new Map(reports.map((report) => [report.id, report])),
    indicatorById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    observationByKey: table,
    populationByAdminCode: new Map(population.map((row) => [row.adminCode, row])),
    paragraphsByReport,
  };
}

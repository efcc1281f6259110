/**
 * A dataset as a worker posts it to the page: reports, indicators and population as they are, the
 * observations as columns whose buffers are transferred, not copied. Unpacking on the page is a few
 * milliseconds whatever the size; observation objects are made when a screen asks for them.
 *
 *   worker: buildDataset ─▶ Dataset ─packDataset─▶ PackedDataset ══postMessage══▶ unpackDataset ─▶ Dataset
 */
import type { Dataset, Indicator, Observation, Population, Report } from './dataset';
import type { Paragraph } from './paragraphs';
import { columnBuffers, ObservationTable, toColumns, type ObservationColumns } from './observationTable';

export interface PackedDataset {
  reports: Report[];
  indicators: Indicator[];
  population: Population[];
  observations: ObservationColumns;
  /** The paragraphs of the reports whose texts are loaded (all of them unless sources are deferred). */
  paragraphs: [string, Paragraph[]][];
}

/** Packs a dataset; `transfer` lists the buffers to hand over with `postMessage`. */
export function packDataset(dataset: Dataset): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  const observations = toColumns(dataset.observations, dataset.reports, dataset.indicators);
  return {
    packed: {
      reports: dataset.reports,
      indicators: dataset.indicators,
      population: dataset.population,
      observations,
      paragraphs: [...dataset.paragraphsByReport],
    },
    transfer: columnBuffers(observations),
  };
}

/** The dataset again, its observations read from the columns. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const table = new ObservationTable(packed.reports, packed.indicators, packed.observations);
  let all: Observation[] | undefined;
  return {
    reports: packed.reports,
    indicators: packed.indicators,
    population: packed.population,
    // Every observation as objects only when a screen needs them all (the data table, an export).
    get observations() {
      all ??= table.all();
      return all;
    },
    reportById: new Map(packed.reports.map((report) => [report.id, report])),
    indicatorById: new Map(packed.indicators.map((indicator) => [indicator.id, indicator])),
    observationByKey: table,
    populationByAdminCode: new Map(packed.population.map((row) => [row.adminCode, row])),
    paragraphsByReport: new Map(packed.paragraphs),
  };
}

/**
 * A dataset as a worker posts it to the page: reports, indicators and population as they are, the
 * observations as columns whose buffers are transferred, not copied. Unpacking on the page is a few
 * milliseconds whatever the size; observation objects are made when a screen asks for them.
 *
 *   worker: buildDataset ─▶ Dataset ─packDataset─▶ PackedDataset ══postMessage══▶ unpackDataset ─▶ Dataset
 */
import type { Dataset, Indicator, Observation, Population, Report } from './dataset';
import type { Paragraph } from './paragraphs';
import { ObservationTable, type ObservationColumns } from './observationTable';
import { columnBuffers, toColumns } from './toColumns';
import { packRecords, recordBuffers, unpackRecords, type PackedRecords } from './packRecords';

export interface PackedDataset {
  reports: PackedRecords;
  indicators: Indicator[];
  population: PackedRecords;
  observations: ObservationColumns;
  /** The paragraphs of the reports whose texts are loaded (all of them unless sources are deferred). */
  paragraphs: [string, Paragraph[]][];
}

/** Packs a dataset; `transfer` lists the buffers to hand over with `postMessage`. */
export function packDataset(dataset: Dataset): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  const observations = toColumns(dataset.observations, dataset.reports, dataset.indicators);
  const reports = packRecords(dataset.reports);
  const population = packRecords(dataset.population);
  return {
    packed: { reports, indicators: dataset.indicators, population, observations, paragraphs: [...dataset.paragraphsByReport] },
    transfer: [...columnBuffers(observations), ...recordBuffers(reports), ...recordBuffers(population)],
  };
}

/** The dataset again, its observations read from the columns. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const reports = unpackRecords<Report>(packed.reports);
  const population = unpackRecords<Population>(packed.population);
  const table = new ObservationTable(reports, packed.indicators, packed.observations);
  let all: Observation[] | undefined;
  return {
    reports,
    indicators: packed.indicators,
    population,
    // Every observation as objects only when a screen needs them all (the data table, an export).
    get observations() {
      all ??= table.all();
      return all;
    },
    reportById: new Map(reports.map((report) => [report.id, report])),
    indicatorById: new Map(packed.indicators.map((indicator) => [indicator.id, indicator])),
    observationByKey: table,
    populationByAdminCode: new Map(population.map((row) => [row.adminCode, row])),
    paragraphsByReport: new Map(packed.paragraphs),
  };
}

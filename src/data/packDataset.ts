/**
 * A dataset as a worker posts it to the page: reports, indicators and population as they are, the
 * observations as columns whose buffers are transferred, not copied. Unpacking on the page is a few
 * milliseconds whatever the size; observation objects are made when a screen asks for them.
 *
 *   worker: buildDataset ─▶ Dataset ─packDataset─▶ PackedDataset ══postMessage══▶ unpackDataset ─▶ Dataset
 */
import type { Dataset, Indicator, Population, Report } from './dataset';
import type { Paragraph } from './paragraphs';
import { ObservationTable, type ObservationColumns } from './observationTable';
import { columnBuffers } from './buildColumns';
import { datasetFromColumns } from './columnDataset';
import { packRecords, recordBuffers, unpackRecords, type PackedRecords } from './packRecords';

export interface PackedDataset {
  reports: PackedRecords;
  indicators: Indicator[];
  population: PackedRecords;
  observations: ObservationColumns;
  /** The paragraphs of the reports whose texts are loaded (all of them unless sources are deferred). */
  paragraphs: [string, Paragraph[]][];
}

/** Packs a dataset built by `buildDataset`; `transfer` lists the buffers to hand over with `postMessage`. */
export function packDataset(dataset: Dataset): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  if (!(dataset.observationByKey instanceof ObservationTable)) throw new Error('packDataset: the dataset has no observation columns');
  const observations = dataset.observationByKey.columns;
  const reports = packRecords(dataset.reports);
  const population = packRecords(dataset.population);
  return {
    packed: { reports, indicators: dataset.indicators, population, observations, paragraphs: [...dataset.paragraphsByReport] },
    transfer: [...columnBuffers(observations), ...recordBuffers(reports), ...recordBuffers(population)],
  };
}

/** The dataset again, its observations read from the columns. */
export function unpackDataset(packed: PackedDataset): Dataset {
  return datasetFromColumns(
    unpackRecords<Report>(packed.reports),
    packed.indicators,
    unpackRecords<Population>(packed.population),
    packed.observations,
    new Map(packed.paragraphs),
  );
}

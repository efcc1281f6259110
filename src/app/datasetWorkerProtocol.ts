/** The messages between the page and the worker that loads the dataset (datasetWorker.ts). */
import type { DataIssue } from '../data/issue';
import type { PackedDataset } from '../data/packDataset';
import type { PackedRecords } from '../data/packRecords';

export interface DatasetWorkerRequest {
  /** Where the data files are, relative to the page (`./data/`). */
  base: string;
}

/** How long each step took in the worker, in milliseconds, for the benchmark. */
export interface LoadTimings {
  fetchMs: number;
  buildMs: number;
  packMs: number;
  sourcesDeferred: boolean;
}

export type DatasetWorkerMessage =
  | { type: 'dataset'; packed: PackedDataset; issues: DataIssue[]; timings: LoadTimings; order: Int32Array }
  /** Findings in parts, each packed by field (packRecords): their ids and verdicts repeat thousands of times. */
  | { type: 'findings'; findings: PackedRecords; done: boolean }
  | { type: 'error'; message: string };

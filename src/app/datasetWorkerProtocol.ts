/** The messages between the page and the worker that loads the dataset (datasetWorker.ts). */
import type { DataIssue } from '../data/issue';
import type { PackedDataset } from '../data/packDataset';
import type { Finding } from '../model/consistency';

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
  | { type: 'dataset'; packed: PackedDataset; issues: DataIssue[]; timings: LoadTimings }
  | { type: 'findings'; findings: Finding[]; done: boolean }
  | { type: 'error'; message: string };

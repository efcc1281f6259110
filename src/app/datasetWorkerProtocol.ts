/** The messages between the page and the worker that loads the dataset (datasetWorker.ts). */
import type { FrameFiles } from '../data/frameFiles';
import type { DataIssue } from '../data/issue';
import type { ObservationPart } from '../data/observationParts';
import type { ObservationFrame } from '../data/observationReader';
import type { PackedDataset } from '../data/packDataset';
import type { PackedRecords } from '../data/packRecords';

export type DatasetWorkerRequest =
  /** Where the data files are; the small ones when the page has them already (it preloads them). */
  | { type: 'load'; base: string; files?: FrameFiles }
  /** The page has drawn its first screen: the findings may be computed now (they would slow the drawing). */
  | { type: 'findings' };

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

/**
 * From the dataset worker to the part worker (observationPartWorker.ts): what to check rows against (the
 * small files as the dataset worker parsed them), where to read from, and the header line (with its line
 * end) to read the part under.
 */
export type PartRequest =
  | { type: 'frame'; frame: ObservationFrame; file: string }
  /** Fetch `url` from byte `from` on; the part starts after the first line end at or after it. */
  | { type: 'fetch'; url: string; from: number }
  | { type: 'header'; header: string };

/** The part, whether it was plain comma-separated text (if not, the whole file is read again in one go), and its file's version. */
export type PartMessage =
  /** Its script runs: it can take requests, and its thread no longer needs the first worker's turns to start. */
  | { type: 'started' }
  | { type: 'part'; part: ObservationPart; plain: boolean; version: string }
  | { type: 'error'; message: string };

/**
 * Which version of a file a response carries (its size, ETag and date), so that halves of two different
 * versions (a file replaced between the two requests) are never joined.
 */
export function fileVersion(response: Response): string {
  const range = response.headers.get('Content-Range');
  const size = range ? range.slice(range.lastIndexOf('/') + 1) : (response.headers.get('Content-Length') ?? '');
  return [size, response.headers.get('ETag') ?? '', response.headers.get('Last-Modified') ?? ''].join(' ');
}

/**
 * The dataset's load, started before anything else of the page runs: main.tsx imports this module first,
 * and the bundle gives it and what it needs a chunk of their own ("boot", vite.config.ts), so the worker
 * starts downloading and parsing while React and ECharts are still being evaluated.
 */
import type { LoadedDataset } from '../data/loadDataset';
import { loadDatasetOffThread } from './loadDatasetOffThread';

let early: Promise<LoadedDataset> | undefined = loadDatasetOffThread();
early.catch(() => {});

/** The load started at first, the first time; a new one after (the app loads again when asked). */
export function takeDatasetLoad(): Promise<LoadedDataset> {
  const load = early ?? loadDatasetOffThread();
  early = undefined;
  return load;
}

/**
 * The dataset's load, started before anything else of the page runs: main.tsx imports this module first,
 * and the bundle gives it and what it needs a chunk of their own ("boot", vite.config.ts), so the
 * published dataset downloads while React and ECharts are still being evaluated.
 */
import { loadDataset, type LoadedDataset } from '../data/loadDataset';

let early: Promise<LoadedDataset> | undefined = loadDataset();
early.catch(() => {});

/** The load started at first, the first time; a new one after (the app loads again when asked). */
export function takeDatasetLoad(): Promise<LoadedDataset> {
  const load = early ?? loadDataset();
  early = undefined;
  return load;
}

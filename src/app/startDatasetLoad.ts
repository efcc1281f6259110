/**
 * The dataset's load, started before anything else of the page runs: main.tsx imports this module first,
 * and the bundle gives it and what it needs a chunk of their own ("boot", vite.config.ts), so the
 * published dataset downloads while React and ECharts are still being evaluated. The figures' locations
 * follow once the first screen's charts are drawn (what needs them sooner asks for them itself).
 */
import { loadDataset, loadLocations, type LoadedDataset } from '../data/loadDataset';
import { whenIdle } from '../charts/whenIdle';
import { chartQueue } from '../charts/chartQueue';

// The idle moment is awaited at most this long: a figure opened on a busy page should not wait for ever on its quote's place.
const LOCATIONS_WAIT_MS = 3000;

/**
 * The load, with the locations fetched after it once the charts are drawn: at the first idle moment after
 * the load (the first screen has queued its charts by then), as one of the chart queue's later jobs.
 */
function load(): Promise<LoadedDataset> {
  const loaded = loadDataset();
  const fetchLocations = (dataset: LoadedDataset['dataset']) => void loadLocations(dataset).catch(() => {});
  loaded.then(({ dataset }) => whenIdle(() => chartQueue.add(() => fetchLocations(dataset), true), LOCATIONS_WAIT_MS)).catch(() => {});
  return loaded;
}

let early: Promise<LoadedDataset> | undefined = load();
early.catch(() => {});

/** The load started at first, the first time; a new one after (the app loads again when asked). */
export function takeDatasetLoad(): Promise<LoadedDataset> {
  const started = early ?? load();
  early = undefined;
  return started;
}

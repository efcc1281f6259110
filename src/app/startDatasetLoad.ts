/**
 * The dataset's load, started before anything else of the page runs: main.tsx imports this module first,
 * and the bundle gives it and what it needs a chunk of their own ("boot", vite.config.ts), so the
 * published dataset downloads while React and ECharts are still being evaluated. The figures' locations
 * follow once the page is idle after drawing its first screen.
 */
import { loadDataset, loadLocations, type LoadedDataset } from '../data/loadDataset';
import { whenIdle } from '../charts/whenIdle';

// At the latest: a figure opened on a busy page should not wait for ever on its quote's place.
const LOCATIONS_WAIT_MS = 3000;

/** The load, with the locations fetched after it once the page is idle. */
function load(): Promise<LoadedDataset> {
  const loaded = loadDataset();
  loaded.then(({ dataset }) => whenIdle(() => void loadLocations(dataset).catch(() => {}), LOCATIONS_WAIT_MS)).catch(() => {});
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

/**
 * The curated files that observations.csv is checked against: small, needed before any row can be
 * read, so the page preloads them (vite.config.ts) and hands them to the dataset worker.
 */
export const FRAME_FILES = ['reports.csv', 'indicators.csv', 'population.csv'] as const;

export type FrameFiles = Record<'reports' | 'indicators' | 'population', string>;

/** Fetches a text file; an HTTP error becomes an error naming the path. */
export async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** Fetches the three files under `base`; rejects on the first that cannot be fetched. */
export async function fetchFrameFiles(base: string): Promise<FrameFiles> {
  const [reports, indicators, population] = await Promise.all(FRAME_FILES.map((file) => fetchText(base + file)));
  return { reports, indicators, population };
}

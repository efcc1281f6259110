/** Reads a dataset folder (the four CSV files and sources/*.txt) from disk, for Node tools and tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetTexts } from '../src/data/buildDataset';

/** Reads `dir`; a missing CSV file reads as empty text, so the validator reports it as an empty file. */
export function readDatasetTexts(dir: string): DatasetTexts {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const sourcesDir = join(dir, 'sources');
  const sources: Record<string, string> = {};
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.txt'))) {
      sources[name] = readFileSync(join(sourcesDir, name), 'utf8');
    }
  }
  return {
    reports: read('reports.csv'),
    indicators: read('indicators.csv'),
    observations: read('observations.csv'),
    population: read('population.csv'),
    sources,
  };
}

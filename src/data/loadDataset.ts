/** Fetches the curated files from ./data/ (relative, so the build works under any sub-path) and builds the dataset. */
import Papa from 'papaparse';
import { buildDataset, type DatasetTexts } from './buildDataset';
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';

export interface LoadedDataset {
  dataset: Dataset;
  issues: DataIssue[];
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The source files that reports.csv names, read leniently: validation proper happens in buildDataset. */
function listSourceFiles(reportsCsv: string): string[] {
  const { data } = Papa.parse<Record<string, string>>(reportsCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return [...new Set(data.map((row) => (row.source_file ?? '').trim()).filter((name) => /^[A-Za-z0-9._-]+\.txt$/.test(name)))];
}

/** Loads every curated file under `base` (default `./data/`). A missing source file becomes an issue, not a crash. */
export async function loadDataset(base = './data/'): Promise<LoadedDataset> {
  const [reports, indicators, observations, population] = await Promise.all(
    ['reports.csv', 'indicators.csv', 'observations.csv', 'population.csv'].map((file) => fetchText(base + file)),
  );
  const sources: Record<string, string> = {};
  await Promise.all(
    listSourceFiles(reports).map(async (file) => {
      try {
        sources[file] = await fetchText(`${base}sources/${file}`);
      } catch {
        // Left out on purpose: buildDataset then reports the report's source as missing.
      }
    }),
  );
  const texts: DatasetTexts = { reports, indicators, observations, population, sources };
  return buildDataset(texts);
}

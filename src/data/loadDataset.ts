/** Fetches the curated files from ./data/ (relative, so the build works under any sub-path) and builds the dataset. */
import { buildDataset, type DatasetFrame, type DatasetTexts } from './buildDataset';
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { fetchFrameFiles, fetchText, type FrameFiles } from './frameFiles';
import { createCsvRecordStream } from './csvRecordStream';
import { readCsvRecords } from './parseCsv';
import { SOURCE_FILE } from './schema';
import { readInlineTexts } from './readInlineTexts';

/**
 * Above this many source reports (a national dataset has 17,000), their texts are not fetched up front:
 * each is fetched, and its quotes located, the first time one of its figures is opened.
 */
export const EAGER_SOURCE_LIMIT = 500;

export interface LoadedDataset {
  dataset: Dataset;
  issues: DataIssue[];
}

/**
 * The source files that reports.csv names, read leniently (validation proper happens in buildDataset).
 * It stops once it has found more than `limit`, all the caller needs to know then: the 17,000 reports of
 * a national dataset are parsed once, by buildDataset, not twice.
 */
function listSourceFiles(reportsCsv: string, limit: number): string[] {
  const body = reportsCsv.charCodeAt(0) === 0xfeff ? reportsCsv.slice(1) : reportsCsv;
  const names = new Set<string>();
  let column: number | undefined;
  const take = (fields: readonly string[]) => {
    if (column === undefined) column = fields.indexOf('source_file');
    else if (column !== -1) {
      const name = (fields[column] ?? '').trim();
      if (SOURCE_FILE.test(name)) names.add(name);
    }
  };
  const stream = createCsvRecordStream(take);
  const PIECE = 1 << 16;
  let plain = true;
  for (let at = 0; plain && at < body.length && names.size <= limit; at += PIECE) plain = stream.feed(body.slice(at, at + PIECE));
  if (plain && names.size <= limit) plain = stream.end();
  if (plain) return [...names];
  // Not plain comma-separated: PapaParse reads it whole.
  names.clear();
  column = undefined;
  for (const record of readCsvRecords(body, 'reports.csv').records) take(record.fields);
  return [...names];
}

/**
 * Loads every curated file under `base` (default `./data/`). A missing source file becomes an issue, not a crash.
 * The offline single-file build embeds the files in the page instead, and they are read from there.
 */
export async function loadDataset(base = './data/'): Promise<LoadedDataset> {
  return buildDataset(await loadDatasetTexts(base));
}

/** The curated files' texts, unparsed (an analyst's files are checked against them in a worker). */
export async function loadDatasetTexts(base = './data/'): Promise<DatasetTexts> {
  const inline = readInlineTexts(typeof document === 'undefined' ? undefined : document);
  if (inline) return inline;
  const [frame, observations] = await Promise.all([loadDatasetFrame(base), fetchText(`${base}observations.csv`)]);
  return { ...frame, observations };
}

/**
 * The curated files but observations.csv, with the source reports (or none, deferred, above
 * EAGER_SOURCE_LIMIT): what the observations are checked against as they stream in. `files`: the three
 * small files when the page has fetched them already.
 */
export async function loadDatasetFrame(base = './data/', fetched?: FrameFiles): Promise<DatasetFrame> {
  const { reports, indicators, population } = fetched ?? (await fetchFrameFiles(base));
  const sources: Record<string, string> = {};
  const files = listSourceFiles(reports, EAGER_SOURCE_LIMIT);
  if (files.length > EAGER_SOURCE_LIMIT) return { reports, indicators, population, sources, sourcesDeferred: true };
  await Promise.all(
    files.map(async (file) => {
      try {
        sources[file] = await fetchText(`${base}sources/${file}`);
      } catch {
        // Left out on purpose: buildDataset then reports the report's source as missing.
      }
    }),
  );
  return { reports, indicators, population, sources };
}

/**
 * Fetches `path` and hands its text to `feed` piece by piece as it arrives, so reading overlaps the
 * download (the national observations.csv is 57 MB).
 */
export async function fetchTextPieces(path: string, feed: (piece: string) => void): Promise<void> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  if (!response.body || typeof TextDecoderStream === 'undefined') {
    feed(await response.text());
    return;
  }
  // Checked above: Firefox before 105 has no TextDecoderStream and reads the whole text at once.
  // eslint-disable-next-line compat/compat
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    feed(value);
  }
}

/**
 * Validates a dataset folder with the app's own schema code and, only if it passes, compiles it into the
 * published form the page reads (src/data/publishedDataset.ts). Used by `npm run data:publish` and by the
 * Vite plugin that publishes data/ for `npm start` and `npm run build`.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../src/data/buildDataset';
import type { Dataset } from '../src/data/dataset';
import { formatIssue, type DataIssue } from '../src/data/issue';
import { columnFiles, PUBLISHED_FILES, publishDataset } from '../src/data/publishedDataset';
import { findInconsistencies, type Finding } from '../src/model/consistency';
import { displayOrder } from '../src/model/datasetIndex';
import { packFindings } from '../src/model/publishedFindings';
import { readDatasetTexts } from './readDatasetTexts';

/** What the validator found in a folder. */
export interface CheckedFolder {
  dataset: Dataset;
  issues: DataIssue[];
  /** Each error as the command line prints it (`file:line [column] reason`). */
  errors: string[];
  findings: Finding[];
}

/** Reads and validates `dir` (the four CSV files and sources/). */
export function checkFolder(dir: string): CheckedFolder {
  const { dataset, issues } = buildDataset(readDatasetTexts(dir));
  const errors = issues.filter((issue) => issue.severity === 'error').map(formatIssue);
  return { dataset, issues, errors, findings: findInconsistencies(dataset) };
}

/** The published files of a checked folder, by path: JSON text, and the observation columns' bytes. */
export function publishedFiles(checked: CheckedFolder): Record<string, string | Uint8Array> {
  const { published, columns, quotes } = publishDataset(checked.dataset, checked.issues, displayOrder(checked.dataset.reports));
  const findings = packFindings(checked.findings);
  return {
    [PUBLISHED_FILES.dataset]: JSON.stringify(published),
    ...columnFiles(columns),
    [PUBLISHED_FILES.quotes]: JSON.stringify(quotes),
    [PUBLISHED_FILES.findings]: JSON.stringify(findings.head),
    [PUBLISHED_FILES.findingIndexes]: new Uint8Array(findings.indexes.buffer, findings.indexes.byteOffset, findings.indexes.byteLength),
  };
}

/** Validates `dir` and, if it has no error, writes its published form and a copy of its sources/ into `out`. */
export function publishFolder(dir: string, out: string): CheckedFolder {
  const checked = checkFolder(dir);
  if (checked.errors.length > 0) return checked;
  mkdirSync(out, { recursive: true });
  mkdirSync(join(out, 'observations'), { recursive: true });
  for (const [name, text] of Object.entries(publishedFiles(checked))) writeFileSync(join(out, name), text);
  if (existsSync(join(dir, 'sources'))) cpSync(join(dir, 'sources'), join(out, 'sources'), { recursive: true, filter: (source) => !/\.[^/\\]+$/.test(source) || source.endsWith('.txt') });
  return checked;
}

/**
 * The curated dataset with an analyst's files merged in, built the one way every row is built: this runs
 * in a Web Worker (userData.worker.ts) so a large file never freezes the page, or inline where workers
 * cannot start.
 *
 *   dropped files ──readUserFile──▶ UserFile[] ──joinUserData(published, user)──▶ Dataset + issues
 *        └── refused (size, binary, encoding, kind)        └── rejected rows, per file, for download
 */
import { joinUserData } from './buildDataset';
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { readUserFile, type UserFile } from './readUserFile';
import { collectRejected, type RejectedFile } from './rejectedRows';

/** A loaded file and how much of it was kept. */
export interface UserFileSummary {
  name: string;
  kind: UserFile['kind'];
  encoding: UserFile['encoding'];
  size: number;
  addedAt: number;
  /** Rows (reports or figures) of the file now in the dataset; for a source, the reports that quote it. */
  kept: number;
  /** Rows of the file that were not loaded. */
  rejected: number;
}

/** What the app works on once an analyst has loaded files. */
export interface UserDataResult {
  dataset: Dataset;
  issues: DataIssue[];
  files: UserFileSummary[];
  rejected: RejectedFile[];
  /** Files newly read and accepted, to be kept in the browser (a file of the same name is replaced). */
  accepted: UserFile[];
}

/** A file dropped in, not read yet. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export type BuildProgress = (file: string, fraction: number) => void;

/**
 * Reads the uploads, merges them with the files already kept, and joins all of them to the published
 * dataset (`sources`: the published reports' texts where fetched, to check figures quoted from them).
 */
export function buildUserData(curated: Dataset, sources: Record<string, string>, kept: readonly UserFile[], uploads: readonly Upload[], onProgress?: BuildProgress): UserDataResult {
  const refused: DataIssue[] = [];
  const accepted: UserFile[] = [];
  for (const upload of uploads) {
    onProgress?.(upload.name, 0);
    const { file, issues } = readUserFile(upload.name, upload.bytes);
    refused.push(...issues);
    if (file) accepted.push(file);
  }
  const files = [...kept.filter((file) => !accepted.some((other) => other.name === file.name)), ...accepted];
  const userSources = Object.fromEntries(files.filter((file) => file.kind === 'source').map((file) => [file.name, file.text]));
  const csvFiles = files.flatMap((file) => (file.kind === 'source' ? [] : [{ name: file.name, kind: file.kind, text: file.text, delimiter: file.delimiter }]));
  const { dataset, issues } = joinUserData(curated, sources, { files: csvFiles, sources: userSources, onProgress });
  const rejected = files.flatMap((file) => collectRejected(file, issues) ?? []);
  const summaries = files.map((file): UserFileSummary => {
    const kept =
      file.kind === 'reports'
        ? dataset.reports.filter((report) => report.file === file.name).length
        : file.kind === 'observations'
          ? dataset.observations.filter((observation) => observation.file === file.name).length
          : dataset.reports.filter((report) => report.origin === 'user' && report.sourceFile === file.name).length;
    const { name, kind, encoding, size, addedAt } = file;
    return { name, kind, encoding, size, addedAt, kept, rejected: rejected.find((r) => r.name === file.name)?.rows.length ?? 0 };
  });
  return { dataset, issues: [...refused, ...issues], files: summaries, rejected, accepted };
}

/**
 * The curated dataset with an analyst's files merged in, built the one way every row is built: this runs
 * in a Web Worker (userData.worker.ts) so a large file never freezes the page, or inline where workers
 * cannot start.
 *
 *   dropped files ──readUploads──▶ UserFile[] ──(kept, in load order)──joinUserData(published, user)──▶ Dataset + issues
 *        └── refused (size, binary, encoding, kind)                        └── rejected rows, per file, for download
 *
 * Files are read in the order they were loaded (`seq`), so a row two files hold is credited to the one
 * loaded first, before and after a reload. Two files of the same name are told apart by a label.
 */
import { joinUserData } from './buildDataset';
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { issuesOfBadLines, readUserFile, type UserFile } from './readUserFile';
import { collectRejected, type RejectedFile } from './rejectedRows';
import type { StoredFile } from './userFileStore';

/** A file dropped in, not read yet: its name, its bytes and the folder path the browser gave, if any. */
export interface UploadBuffer {
  name: string;
  buffer: ArrayBuffer;
  path?: string;
}

/** The files read, and the issues that refused the others or name their bad lines. */
export interface ReadResult {
  files: UserFile[];
  issues: DataIssue[];
}

/** A loaded file (its identity, what removing it names, and how it was loaded) and how much of it was kept. */
export interface UserFileSummary extends Pick<StoredFile, 'id' | 'name' | 'path' | 'kind' | 'encoding' | 'size' | 'addedAt' | 'seq'> {
  /** The name, with "(2)", "(3)"… after the second and later files of the same name, in load order. */
  label: string;
  /** The first rows of the file (after the header of a CSV file), to tell same-named files apart. */
  preview: string[];
  /** Rows (reports or figures) of the file now in the dataset; for a source, the reports that quote it. */
  kept: number;
  /** Rows of the file that were not loaded, lines that could not be read among them. */
  rejected: number;
}

/** What the app works on once an analyst has loaded files. */
export interface UserDataResult {
  dataset: Dataset;
  issues: DataIssue[];
  files: UserFileSummary[];
  rejected: RejectedFile[];
}

export type BuildProgress = (file: string, fraction: number) => void;

const PREVIEW_ROWS = 2;
const PREVIEW_CHARS = 120;

/** The labels of files in load order: a name the second time it occurs gets " (2)", and so on. */
export function labelFiles(files: readonly { name: string }[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const count = (seen.get(file.name) ?? 0) + 1;
    seen.set(file.name, count);
    return count === 1 ? file.name : `${file.name} (${count})`;
  });
}

function previewOf(file: UserFile): string[] {
  const lines: string[] = [];
  let skip = file.kind === 'source' ? 0 : 1;
  for (const line of file.text.slice(0, 4096).split(/\r\n?|\n/)) {
    if (line.trim() === '' || skip-- > 0) continue;
    lines.push(line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line);
    if (lines.length === PREVIEW_ROWS) break;
  }
  return lines;
}

/** Reads files just dropped in, in the order given. */
export function readUploads(uploads: readonly UploadBuffer[], onProgress?: BuildProgress): ReadResult {
  const result: ReadResult = { files: [], issues: [] };
  const addedAt = Date.now();
  for (const upload of uploads) {
    onProgress?.(upload.name, 0);
    const { file, issues } = readUserFile(upload.name, new Uint8Array(upload.buffer), addedAt, upload.path);
    for (const issue of issues) result.issues.push(issue);
    if (file) result.files.push(file);
  }
  return result;
}

/** Files read but not kept, numbered in the order given, as if kept in that order (to check them without keeping them). */
export function inLoadOrder(files: readonly UserFile[]): StoredFile[] {
  return files.map((file, i) => ({ ...file, id: `${i + 1}-${file.hash}`, seq: i + 1 }));
}

/**
 * Joins the kept files, read in load order, to the published dataset (`publishedSources`: the published
 * reports' texts where fetched, to check figures quoted from them).
 */
export function buildUserData(curated: Dataset, publishedSources: Record<string, string>, kept: readonly StoredFile[], onProgress?: BuildProgress): UserDataResult {
  const files = [...kept].sort((a, b) => a.seq - b.seq);
  const labels = labelFiles(files);
  const labelled = files.map((file, i) => ({ ...file, name: labels[i] }));
  // A report names its source by file name: of two sources of the same name, the one loaded first is read.
  const sources: Record<string, string> = {};
  const sourceLabel = new Map<string, string>();
  files.forEach((file, i) => {
    if (file.kind !== 'source' || sourceLabel.has(file.name)) return;
    sources[file.name] = file.text;
    sourceLabel.set(file.name, labels[i]);
  });
  const csvFiles = labelled.flatMap((file) => (file.kind === 'source' ? [] : [{ name: file.name, kind: file.kind, text: file.text, delimiter: file.delimiter }]));
  const built = joinUserData(curated, publishedSources, { files: csvFiles, sources, onProgress });
  const { dataset } = built;
  // Lines that could not be read come first, as the reading of a file would find them.
  const issues = [...labelled.flatMap((file) => issuesOfBadLines(file.name, file.badLines)), ...built.issues];
  const rejected = labelled.flatMap((file) => collectRejected(file, issues) ?? []);
  const summaries = files.map((file, i): UserFileSummary => {
    const label = labels[i];
    const kept =
      file.kind === 'reports'
        ? dataset.reports.filter((report) => report.file === label).length
        : file.kind === 'observations'
          ? dataset.observations.filter((observation) => observation.file === label).length
          : sourceLabel.get(file.name) === label
            ? dataset.reports.filter((report) => report.origin === 'user' && report.sourceFile === file.name).length
            : 0;
    const { id, name, path, kind, encoding, size, addedAt, seq } = file;
    return { id, name, label, ...(path ? { path } : {}), kind, encoding, size, addedAt, seq, preview: previewOf(file), kept, rejected: (rejected.find((r) => r.name === label)?.rows.length ?? 0) + (file.kind === 'source' ? 0 : (file.badLines?.length ?? 0)) };
  });
  return { dataset, issues, files: summaries, rejected };
}

/**
 * Checks a review's files exactly as the files screen checks a person's files: read and built with the
 * curated data in the worker (checkUploads), and each error placed at its row.
 */
import { checkUploads } from '../../data/loadAppDataset';
import type { CurateFiles, NamedText } from './buildCurateFiles';
import { placeIssues, type PlacedIssues } from './placeIssues';

/** The files as uploads, the way a dropped file reaches the reader. */
export function toUploads(files: CurateFiles): { name: string; buffer: ArrayBuffer }[] {
  return [files.reports, files.observations, files.source].map((file: NamedText) => ({ name: file.name, buffer: new TextEncoder().encode(file.text).buffer as ArrayBuffer }));
}

/** The problems of the files, at their rows; none of the person's kept files take part. */
export async function checkCurateFiles(files: CurateFiles): Promise<PlacedIssues> {
  const result = await checkUploads(toUploads(files));
  return placeIssues(result.issues, files);
}

/** Adding and removing an analyst's files: read in the worker, kept in IndexedDB, then the data rebuilt. */
import { loadAppDataset, buildWithUserFiles, toAppData, type AppData } from './loadAppDataset';
import { checkFileSize } from './readUserFile';
import type { DataIssue } from './issue';
import { deleteUserFile, readUserFiles, saveUserFiles } from './userFileStore';

/** A file as the browser hands it over (a `File` fits). */
export interface DroppedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface AddResult {
  data: AppData;
  /** Set when the files were loaded but could not be kept for the next visit. */
  storeError?: string;
}

/**
 * Adds files: one above the size limit is refused before it is read; the rest are read and checked in the
 * worker and the accepted ones kept. Resolves with the new data, which includes the refusals as issues.
 */
export async function addUserFiles(dropped: readonly DroppedFile[], onProgress?: (file: string, fraction: number) => void): Promise<AddResult> {
  const tooLarge: DataIssue[] = dropped.flatMap((file) => checkFileSize(file.name, file.size) ?? []);
  const readable = dropped.filter((file) => !checkFileSize(file.name, file.size));
  const uploads = await Promise.all(readable.map(async (file) => ({ name: file.name, buffer: await file.arrayBuffer() })));
  const kept = await readUserFiles();
  const result = await buildWithUserFiles(kept, uploads, onProgress);
  let storeError: string | undefined;
  try {
    await saveUserFiles(result.accepted);
  } catch (error) {
    storeError = error instanceof Error ? error.message : String(error);
  }
  const data = toAppData(result);
  return { data: { ...data, issues: [...tooLarge, ...data.issues] }, storeError };
}

/** Removes a file and rebuilds the data without it. */
export async function removeUserFile(name: string): Promise<AppData> {
  await deleteUserFile(name);
  return loadAppDataset();
}

/** The messages between the page and the worker that reads an analyst's files and builds the dataset with them. */
import type { UserDataResult } from './buildUserData';
import type { DataIssue } from './issue';
import type { PackedDataset } from './packDataset';
import type { UserFile } from './readUserFile';
import type { StoredFile } from './userFileStore';

/** A file dropped in, not read yet: its name, its bytes and the folder path the browser gave, if any. */
export interface UploadBuffer {
  name: string;
  buffer: ArrayBuffer;
  path?: string;
}

/**
 * Read the files just dropped in (raw bytes) into files to keep; or join the kept files to the published
 * dataset (packed), with its texts where fetched.
 */
export type UserDataRequest = { type: 'read'; uploads: UploadBuffer[] } | { type: 'build'; curated: PackedDataset; sources: Record<string, string>; kept: StoredFile[] };

/** The files read, and the issues that refused the others or name their bad lines. */
export interface ReadResult {
  files: UserFile[];
  issues: DataIssue[];
}

export type UserDataMessage =
  | { type: 'progress'; file: string; fraction: number }
  | { type: 'read'; result: ReadResult }
  // The dataset goes packed: its observations are columns in a class that a plain copy would not keep.
  | { type: 'done'; result: Omit<UserDataResult, 'dataset'> & { packed: PackedDataset } }
  | { type: 'error'; message: string };

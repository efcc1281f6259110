/** The messages between the page and the worker that reads an analyst's files and builds the dataset with them. */
import type { ReadResult, UploadBuffer, UserDataResult } from './buildUserData';
import type { PackedDataset } from './packDataset';
import type { StoredFile } from './userFileStore';

/**
 * Read the files just dropped in (raw bytes) into files to keep; or join the kept files to the published
 * dataset (packed), with its texts where fetched.
 */
export type UserDataRequest = { type: 'read'; uploads: UploadBuffer[] } | { type: 'build'; curated: PackedDataset; sources: Record<string, string>; kept: StoredFile[] };

export type UserDataMessage =
  | { type: 'progress'; file: string; fraction: number }
  | { type: 'read'; result: ReadResult }
  // The dataset goes packed: its observations are columns in a class that a plain copy would not keep.
  | { type: 'done'; result: Omit<UserDataResult, 'dataset'> & { packed: PackedDataset } }
  | { type: 'error'; message: string };

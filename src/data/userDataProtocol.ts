/** The messages between the page and the worker that builds the dataset with an analyst's files. */
import type { UserDataResult } from './buildUserData';
import type { PackedDataset } from './packDataset';
import type { UserFile } from './readUserFile';

/** One build: the published dataset (packed) and its texts where fetched, the files already kept, and the files just dropped in (raw bytes). */
export interface UserDataRequest {
  curated: PackedDataset;
  sources: Record<string, string>;
  kept: UserFile[];
  uploads: { name: string; buffer: ArrayBuffer }[];
}

export type UserDataMessage =
  | { type: 'progress'; file: string; fraction: number }
  // The dataset goes packed: its observations are columns in a class that a plain copy would not keep.
  | { type: 'done'; result: Omit<UserDataResult, 'dataset'> & { packed: PackedDataset } }
  | { type: 'error'; message: string };

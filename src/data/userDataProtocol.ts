/** The messages between the page and the worker that builds the dataset with an analyst's files. */
import type { DatasetTexts } from './buildDataset';
import type { UserDataResult } from './buildUserData';
import type { UserFile } from './readUserFile';

/** One build: the curated texts, the files already kept, and the files just dropped in (raw bytes). */
export interface UserDataRequest {
  curated: DatasetTexts;
  kept: UserFile[];
  uploads: { name: string; buffer: ArrayBuffer }[];
}

export type UserDataMessage =
  | { type: 'progress'; file: string; fraction: number }
  | { type: 'done'; result: UserDataResult }
  | { type: 'error'; message: string };

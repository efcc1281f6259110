/**
 * What the app loads at start: the curated dataset, with the analyst's own files merged in when this
 * browser keeps any. The merge code is fetched only then, so the overview's bundle does not carry it.
 */
import type { UserDataResult, UserFileSummary } from './buildUserData';
import type { LoadedDataset } from './loadDataset';
import type { RejectedFile } from './rejectedRows';
import { readUserFiles, type StoredFile } from './userFileStore';

/** The dataset and its issues, and, when the analyst has loaded files, what became of each. */
export interface AppData extends LoadedDataset {
  user?: { files: UserFileSummary[]; rejected: RejectedFile[] };
}

/** The one query key under which the app keeps its data. */
export const DATASET_QUERY_KEY = ['dataset'] as const;

const STORE_TIMEOUT_MS = 3000;

// Parsing code (PapaParse, the schemas) is fetched only when the page itself parses: the app parses in a worker.
const loadOnPage = () => import('./loadDataset').then((module) => module.loadDataset());
let loadCurated: () => Promise<LoadedDataset> = loadOnPage;

/**
 * Sets how the curated data is loaded when no analyst file is kept: the app loads it in a Web Worker
 * (app/loadDatasetOffThread.ts); tests and scripts keep `loadDataset`, which builds on the calling thread.
 */
export function setCuratedLoader(load: () => Promise<LoadedDataset>): void {
  loadCurated = load;
}

/** The result of a build with user files, as the app keeps it. */
export function toAppData(result: UserDataResult): AppData {
  return { dataset: result.dataset, issues: result.issues, user: { files: result.files, rejected: result.rejected } };
}

/** Builds the dataset with the given kept files, in the worker. */
export async function buildWithUserFiles(kept: StoredFile[], onProgress?: (file: string, fraction: number) => void): Promise<UserDataResult> {
  const [{ runUserDataBuild }, curated] = await Promise.all([import('./runUserDataBuild'), import('./loadDataset').then((module) => module.loadDatasetTexts())]);
  return runUserDataBuild(curated, kept, onProgress);
}

/**
 * The app's data with the given kept files: the curated data alone when there is none. A failure to merge
 * the analyst's files never takes the curated data down: the app opens with the curated data and an
 * issue saying why the files were left out.
 */
export async function buildAppData(kept: StoredFile[], onProgress?: (file: string, fraction: number) => void, curated?: Promise<LoadedDataset>): Promise<AppData> {
  if (kept.length === 0) return curated ?? loadCurated();
  try {
    return toAppData(await buildWithUserFiles(kept, onProgress));
  } catch (error) {
    const loaded = await (curated ?? loadCurated());
    const detail = error instanceof Error ? error.message : String(error);
    const files = kept.map((file): UserFileSummary => ({ id: file.id, name: file.name, label: file.name, kind: file.kind, encoding: file.encoding, size: file.size, addedAt: file.addedAt, seq: file.seq, preview: [], kept: 0, rejected: 0 }));
    return {
      ...loaded,
      issues: [...loaded.issues, { file: kept.map((file) => file.name).join(', '), message: `your files could not be loaded: ${detail}`, severity: 'error', code: 'invalid', params: { detail }, origin: 'user' }],
      user: { files, rejected: [] },
    };
  }
}

/** Loads the app's data: the curated dataset, with the files this browser keeps merged in. */
export async function loadAppDataset(): Promise<AppData> {
  // The curated load starts at once, while the browser's store is read: it is what nearly every visit needs.
  const curated = loadCurated();
  curated.catch(() => {});
  const kept = await Promise.race([readUserFiles(), new Promise<StoredFile[]>((resolve) => setTimeout(() => resolve([]), STORE_TIMEOUT_MS))]);
  return kept.length === 0 ? curated : buildAppData(kept, undefined, curated);
}

/** The query every screen shares (TanStack Query options): loaded once, replaced when files change. */
export const DATASET_QUERY = { queryKey: DATASET_QUERY_KEY, queryFn: loadAppDataset, staleTime: Infinity };

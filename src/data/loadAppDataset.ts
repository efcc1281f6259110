/**
 * What the app loads at start: the published dataset, with the analyst's own files joined to it when this
 * browser keeps any. The join code is fetched only then, so the overview's bundle does not carry it.
 */
import type { UserDataResult, UserFileSummary } from './buildUserData';
import type { Dataset } from './dataset';
import { DATA_BASE, fetchDataFile, loadDataset, loadQuotes, type LoadedDataset } from './loadDataset';
import type { RejectedFile } from './rejectedRows';
import type { UploadBuffer } from './buildUserData';
import { readUserFiles, type StoredFile } from './userFileStore';

/** The dataset and its issues, and, when the analyst has loaded files, what became of each. */
export interface AppData extends LoadedDataset {
  user?: { files: UserFileSummary[]; rejected: RejectedFile[] };
}

/** The one query key under which the app keeps its data. */
export const DATASET_QUERY_KEY = ['dataset'] as const;

const STORE_TIMEOUT_MS = 3000;
/**
 * Up to this many published reports, an analyst's figures for them are checked against their texts
 * (fetched for the check); a national dataset's 17,000 texts are not fetched for it.
 */
export const EAGER_SOURCE_LIMIT = 500;

let curatedLoad: Promise<LoadedDataset> | undefined;
let loadPublished: () => Promise<LoadedDataset> = () => loadDataset();

/** Sets how the published dataset is loaded: main.tsx hands over the load it started before React and ECharts. */
export function setCuratedLoader(load: () => Promise<LoadedDataset>): void {
  loadPublished = load;
}

/** The published dataset, loaded once (again after a failure). */
export function loadCurated(): Promise<LoadedDataset> {
  if (!curatedLoad) {
    curatedLoad = loadPublished();
    curatedLoad.catch(() => (curatedLoad = undefined));
  }
  return curatedLoad;
}

/** The texts of the published reports, for a small dataset (see EAGER_SOURCE_LIMIT); none for a large one. */
async function curatedSources(dataset: Dataset): Promise<Record<string, string>> {
  const files = [...new Set(dataset.reports.map((report) => report.sourceFile))];
  if (files.length > EAGER_SOURCE_LIMIT) return {};
  // A text that cannot be fetched is left out: an analyst's figure for that report is then not checked against it.
  const texts = await Promise.allSettled(files.map((file) => fetchDataFile(`sources/${file}`, 'text', DATA_BASE) as Promise<string>));
  return Object.fromEntries(texts.flatMap((text, i) => (text.status === 'fulfilled' ? [[files[i], text.value]] : [])));
}

/** Joins the kept files to the published dataset, in the worker. */
export async function buildWithUserFiles(kept: StoredFile[], onProgress?: (file: string, fraction: number) => void): Promise<UserDataResult> {
  const [{ runUserDataBuild }, { dataset }] = await Promise.all([import('./runUserDataBuild'), loadCurated()]);
  const [sources] = await Promise.all([curatedSources(dataset), loadQuotes(dataset)]);
  return runUserDataBuild(dataset, sources, kept, onProgress);
}

/** Files checked as the files screen would load them (read, then joined in the worker), without keeping them. */
export async function checkUploads(uploads: UploadBuffer[]): Promise<UserDataResult> {
  const [{ runUserFileRead }, { inLoadOrder }] = await Promise.all([import('./runUserDataBuild'), import('./buildUserData')]);
  const read = await runUserFileRead(uploads);
  const built = await buildWithUserFiles(inLoadOrder(read.files));
  return { ...built, issues: [...read.issues, ...built.issues] };
}

/**
 * The app's data with the given kept files: the published data alone when there is none. A failure to
 * join the analyst's files never takes the published data down: the app opens with the published data
 * and an issue saying why the files were left out.
 */
export async function buildAppData(kept: StoredFile[], onProgress?: (file: string, fraction: number) => void, curated?: Promise<LoadedDataset>): Promise<AppData> {
  if (kept.length === 0) return curated ?? loadCurated();
  try {
    const { dataset, issues, files, rejected } = await buildWithUserFiles(kept, onProgress);
    return { dataset, issues, user: { files, rejected } };
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

/** Loads the app's data: the published dataset, with the files this browser keeps joined to it. */
export async function loadAppDataset(): Promise<AppData> {
  // The published load starts at once, while the browser's store is read: it is what nearly every visit needs.
  const curated = loadCurated();
  curated.catch(() => {});
  const kept = await Promise.race([readUserFiles(), new Promise<StoredFile[]>((resolve) => setTimeout(() => resolve([]), STORE_TIMEOUT_MS))]);
  return kept.length === 0 ? curated : buildAppData(kept, undefined, curated);
}

/** The query every screen shares (TanStack Query options): loaded once, replaced when files change. */
export const DATASET_QUERY = { queryKey: DATASET_QUERY_KEY, queryFn: loadAppDataset, staleTime: Infinity };

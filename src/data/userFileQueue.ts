/**
 * The one owner of an analyst's kept files: every change (add, remove, a refresh when another tab
 * changed them) is an operation in one queue, run one after the other. Each reads the kept files when its
 * turn comes, never a copy taken earlier, so no operation undoes another; and the data it publishes is
 * built from what is kept, so what a screen shows is what the store holds. Screens subscribe to its
 * state (`subscribe`, `getState`, for useSyncExternalStore) and never hold any of their own.
 *
 *   add(files) ──▶ [queue] ──read (worker)──▶ store ──▶ build from the store (worker) ──▶ publish(data)
 */
import type { DataIssue } from './issue';
import type { AppData } from './loadAppDataset';
import type { UserFile } from './readUserFile';
import type { ReadResult, UploadBuffer } from './buildUserData';
import { planStore, type StoredFile } from './userFileStore';

/** A file as the browser hands it over (a `File` fits). */
export interface DroppedFile {
  name: string;
  size: number;
  /** The folder path of a file picked or dropped with its folder. */
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Something the person should know about the last operations. */
export type QueueNotice =
  | { kind: 'failed'; detail: string }
  | { kind: 'storeFailed'; detail: string }
  | { kind: 'same'; files: string[] }
  | { kind: 'interrupted'; stored: string[]; lost: string[] };

export interface QueueState {
  /** Operations waiting or running; 0 when idle. */
  pending: number;
  /** Operations finished since the page opened. */
  finished: number;
  /** The file being read or checked and the share done (0 to 1). */
  progress: { file: string; fraction: number } | null;
  notices: QueueNotice[];
}

/** What the queue works with: the store, the reading and building of files, and who hears of changes. */
export interface QueueDeps {
  readKept(): Promise<StoredFile[]>;
  store(files: readonly UserFile[]): Promise<{ stored: StoredFile[]; same: UserFile[] }>;
  remove(id: string): Promise<void>;
  readUploads(uploads: UploadBuffer[], onProgress: (file: string, fraction: number) => void): Promise<ReadResult>;
  build(kept: StoredFile[], onProgress: (file: string, fraction: number) => void): Promise<AppData>;
  /** Files refused before they are read (too large), as issues. */
  refuseEarly(file: DroppedFile): DataIssue | undefined;
  /** Told after an operation changed the store (another tab then refreshes). */
  changed?(): void;
}

export interface UserFileQueue {
  add(files: readonly DroppedFile[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Builds again from the store: another tab changed it. A refresh already waiting serves for both. */
  refresh(): Promise<void>;
  /** Adds a notice (an interrupted load found at start). */
  notify(notice: QueueNotice): void;
  subscribe(listener: () => void): () => void;
  getState(): QueueState;
  /** Hears every dataset an operation publishes. */
  onData(listener: (data: AppData) => void): () => void;
}

export function createUserFileQueue(deps: QueueDeps): UserFileQueue {
  let state: QueueState = { pending: 0, finished: 0, progress: null, notices: [] };
  let tail: Promise<void> = Promise.resolve();
  let refreshWaiting: Promise<void> | undefined;
  // Files read but refused by the store (quota, a private window): kept for this page's life, after the stored ones.
  let unstored: StoredFile[] = [];
  const listeners = new Set<() => void>();
  const dataListeners = new Set<(data: AppData) => void>();
  const set = (change: Partial<QueueState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const onProgress = (file: string, fraction: number) => set({ progress: { file, fraction } });

  const publish = async (refused: DataIssue[] = []) => {
    const kept = [...(await deps.readKept()), ...unstored];
    const data = await deps.build(kept, onProgress);
    const published = refused.length > 0 ? { ...data, issues: [...refused, ...data.issues] } : data;
    for (const listener of dataListeners) listener(published);
  };

  const enqueue = (work: () => Promise<void>): Promise<void> => {
    set({ pending: state.pending + 1 });
    const run = tail.then(async () => {
      try {
        await work();
      } catch (error) {
        set({ notices: [...state.notices, { kind: 'failed', detail: error instanceof Error ? error.message : String(error) }] });
      } finally {
        set({ pending: state.pending - 1, finished: state.finished + 1, progress: null });
      }
    });
    tail = run;
    return run;
  };

  const add = (dropped: readonly DroppedFile[]) =>
    enqueue(async () => {
      set({ notices: [] });
      const refused: DataIssue[] = [];
      const uploads: UploadBuffer[] = [];
      for (const file of dropped) {
        const early = deps.refuseEarly(file);
        if (early) refused.push(early);
        else uploads.push({ name: file.name, buffer: await file.arrayBuffer(), ...(file.webkitRelativePath ? { path: file.webkitRelativePath } : {}) });
      }
      const read = uploads.length > 0 ? await deps.readUploads(uploads, onProgress) : { files: [], issues: [] };
      for (const issue of read.issues) refused.push(issue);
      const notices: QueueNotice[] = [];
      try {
        const { stored, same } = await deps.store(read.files);
        if (same.length > 0) notices.push({ kind: 'same', files: same.map((file) => file.name) });
        if (stored.length > 0) deps.changed?.();
      } catch (error) {
        const { stored } = planStore([...(await deps.readKept().catch(() => [])), ...unstored], read.files);
        unstored = [...unstored, ...stored.map((file) => ({ ...file, id: `unstored-${file.id}` }))];
        notices.push({ kind: 'storeFailed', detail: error instanceof Error ? error.message : String(error) });
      }
      set({ notices });
      await publish(refused);
    });

  const remove = (id: string) =>
    enqueue(async () => {
      set({ notices: [] });
      if (unstored.some((file) => file.id === id)) unstored = unstored.filter((file) => file.id !== id);
      else {
        await deps.remove(id);
        deps.changed?.();
      }
      await publish();
    });

  const refresh = () => {
    refreshWaiting ??= enqueue(async () => {
      refreshWaiting = undefined;
      await publish();
    });
    return refreshWaiting;
  };

  return {
    add,
    remove,
    refresh,
    notify: (notice) => set({ notices: [...state.notices, notice] }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
  };
}

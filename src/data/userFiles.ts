/**
 * The page's one queue of an analyst's files (userFileQueue.ts), wired to this browser: kept in
 * IndexedDB, read and built in a worker, other tabs told of every change (BroadcastChannel) and
 * refreshed when they make one. While an operation runs, leaving the page asks first; a load cut short
 * by a reload is named at the next start, with which of its files were kept.
 *
 * What other code uses: `userFiles.add`, `.remove`, `.subscribe`/`.getState` (the queue's state) and
 * `.onData` (each dataset built), once `startUserFiles` has run.
 */
import { checkFileSize } from './fileSizeLimit';
import { buildAppData, type AppData } from './loadAppDataset';
import { createUserFileQueue, type DroppedFile, type UserFileQueue } from './userFileQueue';
import { deleteUserFile, readUserFilesOrFail, readUserFiles, storeUserFiles } from './userFileStore';

const CHANNEL = 'fazhi-user-files';
/** Per tab (sessionStorage survives a reload of the tab): the loads running, to name them after a reload. */
const LOADING_KEY = 'fazhi-user-files-loading';

interface Loading {
  at: number;
  files: { name: string; size: number }[];
}

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

const queue = createUserFileQueue({
  readKept: readUserFilesOrFail,
  store: storeUserFiles,
  remove: deleteUserFile,
  readUploads: (uploads, onProgress) => import('./runUserDataBuild').then((module) => module.runUserFileRead(uploads, onProgress)),
  build: (kept, onProgress) => buildAppData(kept, onProgress),
  refuseEarly: (file) => checkFileSize(file.name, file.size),
  changed: () => channel?.postMessage('changed'),
});

const loading = new Set<Loading>();

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function saveLoading(): void {
  const list = [...loading];
  if (list.length > 0) session()?.setItem(LOADING_KEY, JSON.stringify(list));
  else session()?.removeItem(LOADING_KEY);
}

const askBeforeLeaving = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Older browsers show the dialog only when returnValue is set.
  event.returnValue = '';
};

/** The page's queue of the analyst's files: add, remove, subscribe to its state and its data. */
export const userFiles: UserFileQueue = {
  ...queue,
  async add(files: readonly DroppedFile[]) {
    const entry: Loading = { at: Date.now(), files: files.map((file) => ({ name: file.name, size: file.size })) };
    loading.add(entry);
    saveLoading();
    try {
      await queue.add(files);
    } finally {
      loading.delete(entry);
      saveLoading();
    }
  },
};

/** Names the files of a load a reload cut short: kept ones are in the store, loaded after the load began. */
async function reportInterrupted(): Promise<void> {
  const text = session()?.getItem(LOADING_KEY);
  if (!text) return;
  session()?.removeItem(LOADING_KEY);
  let cut: Loading[];
  try {
    cut = JSON.parse(text) as Loading[];
  } catch {
    return;
  }
  const kept = await readUserFiles();
  const stored: string[] = [];
  const lost: string[] = [];
  for (const { at, files } of cut) {
    for (const file of files) (kept.some((other) => other.name === file.name && other.size === file.size && other.addedAt >= at) ? stored : lost).push(file.name);
  }
  if (stored.length + lost.length > 0) queue.notify({ kind: 'interrupted', stored, lost });
}

let started = false;

/** Starts listening to other tabs and to leaving the page, and hands every dataset built to `onData`. */
export function startUserFiles(onData: (data: AppData) => void): void {
  if (started) return;
  started = true;
  queue.onData(onData);
  if (channel) channel.onmessage = () => void queue.refresh();
  let asking = false;
  queue.subscribe(() => {
    const busy = queue.getState().pending > 0;
    if (busy === asking || typeof window === 'undefined') return;
    asking = busy;
    if (busy) window.addEventListener('beforeunload', askBeforeLeaving);
    else window.removeEventListener('beforeunload', askBeforeLeaving);
  });
  void reportInterrupted();
}

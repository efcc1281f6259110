/**
 * Runs a request of an analyst's files (read them, or build the dataset with them) in the worker and
 * reports its progress. Where a worker cannot start (a page opened from file://, an old browser), the
 * same work runs on the page instead.
 */
import { buildUserData, readUploads, type BuildProgress, type UserDataResult } from './buildUserData';
import type { Dataset } from './dataset';
import { packDataset, unpackDataset } from './packDataset';
import type { ReadResult, UploadBuffer } from './buildUserData';
import type { UserDataMessage, UserDataRequest } from './userDataProtocol';
import type { StoredFile } from './userFileStore';

/** A request as the page holds it: the published dataset itself, packed only to cross to the worker. */
type PageRequest = Exclude<UserDataRequest, { type: 'build' }> | (Omit<Extract<UserDataRequest, { type: 'build' }>, 'curated'> & { curated: Dataset });

function runInline(request: PageRequest, onProgress?: BuildProgress): ReadResult | UserDataResult {
  return request.type === 'read' ? readUploads(request.uploads, onProgress) : buildUserData(request.curated, request.sources, request.kept, onProgress);
}

function runInWorker(request: PageRequest, onProgress?: BuildProgress): Promise<ReadResult | UserDataResult> {
  const inline = () => Promise.resolve().then(() => runInline(request, onProgress));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./userData.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inline();
  }
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<UserDataMessage>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') return onProgress?.(message.file, message.fraction);
      worker.terminate();
      if (message.type === 'read') resolve(message.result);
      else if (message.type === 'done') {
        const { packed, ...rest } = message.result;
        resolve({ ...rest, dataset: unpackDataset(packed) });
      } else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that failed before saying anything could not load: work on the page instead.
      if (!started) inline().then(resolve, reject);
      else reject(new Error(event.message || 'the worker failed'));
    };
    // The buffers are copied, not transferred: the page may still need them to work inline.
    worker.postMessage((request.type === 'build' ? { ...request, curated: packDataset(request.curated).packed } : request) satisfies UserDataRequest);
  });
}

/** Reads files just dropped in, in a worker: decoded, classified and fingerprinted, or refused with issues. */
export function runUserFileRead(uploads: UploadBuffer[], onProgress?: BuildProgress): Promise<ReadResult> {
  return runInWorker({ type: 'read', uploads }, onProgress) as Promise<ReadResult>;
}

/** Joins the kept files to the published dataset in a worker, reporting progress as the files are read. */
export function runUserDataBuild(curated: Dataset, sources: Record<string, string>, kept: StoredFile[], onProgress?: BuildProgress): Promise<UserDataResult> {
  return runInWorker({ type: 'build', curated, sources, kept }, onProgress) as Promise<UserDataResult>;
}

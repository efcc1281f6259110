/**
 * Runs a build with an analyst's files in the worker and reports its progress. Where a worker cannot
 * start (a page opened from file://, an old browser), the same build runs on the page instead.
 */
import { buildUserData, type BuildProgress, type UserDataResult } from './buildUserData';
import type { Dataset } from './dataset';
import { packDataset, unpackDataset } from './packDataset';
import type { UserDataMessage, UserDataRequest } from './userDataProtocol';

/** One build with an analyst's files: the published dataset and its texts where fetched, the kept files and the uploads. */
export interface UserDataBuild extends Omit<UserDataRequest, 'curated'> {
  curated: Dataset;
}

function runInline(build: UserDataBuild, onProgress?: BuildProgress): UserDataResult {
  const uploads = build.uploads.map((upload) => ({ name: upload.name, bytes: new Uint8Array(upload.buffer) }));
  return buildUserData(build.curated, build.sources, build.kept, uploads, onProgress);
}

/** Builds in a worker, reporting progress as the files are read. */
export function runUserDataBuild(build: UserDataBuild, onProgress?: BuildProgress): Promise<UserDataResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./userData.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(() => runInline(build, onProgress));
  }
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<UserDataMessage>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.file, message.fraction);
      else {
        worker.terminate();
        if (message.type === 'done') {
          const { packed, ...rest } = message.result;
          resolve({ ...rest, dataset: unpackDataset(packed) });
        }
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that failed before saying anything could not load: build on the page instead.
      if (!started) {
        try {
          resolve(runInline(build, onProgress));
        } catch (error) {
          reject(error);
        }
      } else reject(new Error(event.message || 'the worker failed'));
    };
    // The buffers are copied, not transferred: the page may still need them to build inline.
    worker.postMessage({ ...build, curated: packDataset(build.curated).packed } satisfies UserDataRequest);
  });
}

/**
 * The Web Worker that reads an analyst's files and builds the merged dataset off the main thread, so a
 * large file never freezes the page. It answers one request with progress messages, then the result.
 */
import { buildUserData, readUploads } from './buildUserData';
import { packDataset, unpackDataset } from './packDataset';
import type { UserDataMessage, UserDataRequest } from './userDataProtocol';

const post = (message: UserDataMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<UserDataRequest>) => {
  const request = event.data;
  let lastPost = 0;
  const onProgress = (file: string, fraction: number) => {
    // A message every few dozen milliseconds is plenty for a progress bar, and cheap.
    const now = Date.now();
    if (fraction === 0 || fraction === 1 || now - lastPost > 50) {
      lastPost = now;
      post({ type: 'progress', file, fraction });
    }
  };
  try {
    if (request.type === 'read') {
      post({ type: 'read', result: readUploads(request.uploads, onProgress) });
      return;
    }
    const { dataset, ...rest } = buildUserData(unpackDataset(request.curated), request.sources, request.kept, onProgress);
    const { packed, transfer } = packDataset(dataset);
    post({ type: 'done', result: { ...rest, packed } }, transfer);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/**
 * The Web Worker that reads an analyst's files and builds the merged dataset off the main thread, so a
 * large file never freezes the page. It answers one request with progress messages, then the result.
 */
import { buildUserData } from './buildUserData';
import { packDataset, unpackDataset } from './packDataset';
import type { UserDataMessage, UserDataRequest } from './userDataProtocol';

const post = (message: UserDataMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<UserDataRequest>) => {
  const { curated, sources, kept, uploads } = event.data;
  let lastPost = 0;
  try {
    const result = buildUserData(
      unpackDataset(curated),
      sources,
      kept,
      uploads.map((upload) => ({ name: upload.name, bytes: new Uint8Array(upload.buffer) })),
      (file, fraction) => {
        // A message every few dozen milliseconds is plenty for a progress bar, and cheap.
        const now = Date.now();
        if (fraction === 0 || fraction === 1 || now - lastPost > 50) {
          lastPost = now;
          post({ type: 'progress', file, fraction });
        }
      },
    );
    const { dataset, ...rest } = result;
    const { packed, transfer } = packDataset(dataset);
    post({ type: 'done', result: { ...rest, packed } }, transfer);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

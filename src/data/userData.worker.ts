/**
 * The Web Worker that reads an analyst's files and builds the merged dataset off the main thread, so a
 * large file never freezes the page. It answers one request with progress messages, then the result.
 */
import { buildUserData } from './buildUserData';
import type { UserDataMessage, UserDataRequest } from './userDataProtocol';

const post = (message: UserDataMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<UserDataRequest>) => {
  const { curated, kept, uploads } = event.data;
  let lastPost = 0;
  try {
    const result = buildUserData(
      curated,
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
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/** Adding and removing the analyst's files from a screen: busy state, progress, and the app's data updated in place. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { DATASET_QUERY_KEY } from '../../data/loadAppDataset';
import { addUserFiles, removeUserFile, type DroppedFile } from '../../data/userFileActions';

/** Progress appears only for work that takes longer than this, so quick loads do not flicker. */
const PROGRESS_DELAY_MS = 300;

export interface UserFilesState {
  busy: boolean;
  /** The file being read and the share done (0 to 1), once the work has taken more than a moment. */
  progress: { file: string; fraction: number } | null;
  /** What went wrong last, if anything: the files could not be read, or could not be kept. */
  notice: { kind: 'failed' | 'storeFailed'; detail: string } | null;
  add: (files: readonly DroppedFile[]) => Promise<void>;
  remove: (name: string) => Promise<void>;
}

export function useUserFiles(): UserFilesState {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [progress, setProgress] = useState<{ file: string; fraction: number } | null>(null);
  const [notice, setNotice] = useState<UserFilesState['notice']>(null);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    setProgress(null);
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }, []);
  const add = useCallback(
    (files: readonly DroppedFile[]) =>
      run(async () => {
        const { data, storeError } = await addUserFiles(files, (file, fraction) => setProgress({ file, fraction }));
        queryClient.setQueryData(DATASET_QUERY_KEY, data);
        if (storeError) setNotice({ kind: 'storeFailed', detail: storeError });
      }),
    [queryClient, run],
  );
  const remove = useCallback(
    (name: string) =>
      run(async () => {
        queryClient.setQueryData(DATASET_QUERY_KEY, await removeUserFile(name));
      }),
    [queryClient, run],
  );
  return { busy, progress: busy && slow ? (progress ?? { file: '', fraction: 0 }) : null, notice, add, remove };
}

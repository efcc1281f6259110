/** Runs an export on a click and remembers whether it failed, so the button can say so. */
import { useCallback, useState } from 'react';

/** Wraps an export; `failed` is true after it threw, until the next attempt. */
export function useExportAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [failed, setFailed] = useState(false);
  const run = useCallback(
    async (...args: A) => {
      setFailed(false);
      try {
        await action(...args);
      } catch (error) {
        // The person sees the failure next to the button and can retry; the console keeps the cause.
        console.warn(error);
        setFailed(true);
      }
    },
    [action],
  );
  return { run, failed };
}

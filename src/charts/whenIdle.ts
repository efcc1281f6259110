/**
 * Runs `work` when the page is next idle (at the latest after `timeoutMs`), or a moment later where the
 * browser has no idle callbacks; the returned function cancels it. Work done ahead (texts fetched, charts
 * drawn for the next view) waits for it, so it never stands between a person's action and its answer.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

/**
 * The offline single-file build embeds the curated files in the page as JSON inside
 * `<script type="application/json" id="curated-data">` (not executable, so the page's CSP allows it),
 * because a page opened from file:// cannot fetch ./data/. The normal build has no such element and fetches.
 */
import type { DatasetTexts } from './buildDataset';

/** The id of the element that carries the embedded curated files. */
export const INLINE_DATA_ID = 'curated-data';

const CSV_KEYS = ['reports', 'indicators', 'observations', 'population'] as const;

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

/**
 * Reads the embedded curated files, or returns undefined when the page carries none (the normal build).
 * A present but malformed element throws: the page was built wrong, and fetching instead would fail on file://.
 */
export function readInlineTexts(doc: Pick<Document, 'getElementById'> | undefined): DatasetTexts | undefined {
  const element = doc?.getElementById(INLINE_DATA_ID);
  if (!element) return undefined;
  const parsed: unknown = JSON.parse(element.textContent ?? '');
  const record = parsed as Record<string, unknown> | null;
  const valid =
    typeof record === 'object' &&
    record !== null &&
    CSV_KEYS.every((key) => typeof record[key] === 'string') &&
    isStringRecord(record.sources);
  if (!valid) throw new Error(`#${INLINE_DATA_ID}: the embedded data lacks one of ${CSV_KEYS.join(', ')} or sources`);
  return parsed as DatasetTexts;
}

/**
 * The offline single-file build embeds the published data in the page as JSON inside
 * `<script type="application/json" id="published-data">` (not executable, so the page's CSP allows it),
 * because a page opened from file:// cannot fetch ./data/. The normal build has no such element and fetches.
 */

/** The id of the element that carries the embedded published files. */
export const INLINE_DATA_ID = 'published-data';

/**
 * The embedded files by path under data/ (`dataset.json`, `sources/x.txt`): JSON files parsed, texts as
 * strings, binary files (the observation columns) in base64 (`bytesOfBase64`).
 */
export type InlineData = Record<string, unknown>;

let cached: { element: Element; data: InlineData } | undefined;

/**
 * Reads the embedded files, or returns undefined when the page carries none (the normal build). A present
 * but malformed element throws: the page was built wrong, and fetching instead would fail on file://.
 */
export function readInlineData(doc: Pick<Document, 'getElementById'> | undefined = typeof document === 'undefined' ? undefined : document): InlineData | undefined {
  const element = doc?.getElementById(INLINE_DATA_ID);
  if (!element) return undefined;
  if (cached?.element === element) return cached.data;
  const parsed: unknown = JSON.parse(element.textContent ?? '');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`#${INLINE_DATA_ID}: the embedded data is not an object of files`);
  cached = { element, data: parsed as InlineData };
  return cached.data;
}

/** The bytes of a file embedded in base64. */
export function bytesOfBase64(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

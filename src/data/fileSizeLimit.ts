/** The size limit of an analyst's file, checked before the file is read. */
import type { DataIssue } from './issue';

/** The largest file accepted, in bytes (20 MB). Larger ones are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The refusal of a file larger than the limit, or undefined when its size is fine. Sizes are given exactly, in bytes. */
export function checkFileSize(name: string, size: number): DataIssue | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    file: name,
    message: `the file is ${size} bytes, above the limit of ${MAX_FILE_BYTES} bytes`,
    severity: 'error',
    code: 'fileTooLarge',
    params: { size, limit: MAX_FILE_BYTES },
    origin: 'user',
  };
}

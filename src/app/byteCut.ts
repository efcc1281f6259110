/**
 * Where observations.csv is cut in two for reading in parallel: right after the first line feed at or
 * after a byte offset. A line feed byte (0x0A) never occurs inside a multi-byte UTF-8 character, so both
 * sides can find the same cut in raw bytes, each in its own download, before decoding a character.
 */

const LF = 10;

/**
 * The index in `bytes` (which start at byte `position` of the file) just after the first line feed at or
 * after byte `from`; -1 when there is none in these bytes.
 */
export function cutAfterLineFeed(bytes: Uint8Array, position: number, from: number): number {
  const start = Math.max(0, from - position);
  if (start >= bytes.length) return -1;
  const at = bytes.indexOf(LF, start);
  return at === -1 ? -1 : at + 1;
}

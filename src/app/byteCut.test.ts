import { describe, expect, it } from 'vitest';
import { cutAfterLineFeed } from './byteCut';

describe('cutAfterLineFeed', () => {
  const bytes = new TextEncoder().encode('编号,数\n收到申请11件,11\n受理9件,9\n');

  it('cuts after the first line feed at or after the offset, whatever piece of the file the bytes are', () => {
    const firstLf = bytes.indexOf(10);
    const secondLf = bytes.indexOf(10, firstLf + 1);
    expect(cutAfterLineFeed(bytes, 0, 0)).toBe(firstLf + 1);
    expect(cutAfterLineFeed(bytes, 0, firstLf)).toBe(firstLf + 1);
    expect(cutAfterLineFeed(bytes, 0, firstLf + 1)).toBe(secondLf + 1);
    // The same cut seen from bytes that start later in the file.
    expect(cutAfterLineFeed(bytes.subarray(5), 5, firstLf + 1)).toBe(secondLf + 1 - 5);
    // Both sides agree: text before the cut ends a line, text after starts one, and decodes whole.
    const cut = cutAfterLineFeed(bytes, 0, 4);
    expect(new TextDecoder().decode(bytes.subarray(0, cut))).toBe('编号,数\n');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(cut))).toBe('收到申请11件,11\n受理9件,9\n');
  });

  it('finds nothing when the offset lies beyond these bytes or no line feed follows it', () => {
    expect(cutAfterLineFeed(bytes, 0, bytes.length)).toBe(-1);
    expect(cutAfterLineFeed(new TextEncoder().encode('abc'), 0, 0)).toBe(-1);
  });
});

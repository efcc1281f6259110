import { describe, expect, it } from 'vitest';
import { hashBytes } from './hashBytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('hashBytes', () => {
  it('gives the same 16 hex digits for the same bytes', () => {
    expect(hashBytes(bytes('report_id,value\n'))).toBe(hashBytes(bytes('report_id,value\n')));
    expect(hashBytes(bytes('a'))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells apart files that differ in one byte, in their order, or in a trailing NUL', () => {
    const seen = new Set(['a,1\n', 'a,2\n', '1,a\n', 'a,1\n\u0000', '', '\u0000'].map((text) => hashBytes(bytes(text))));
    expect(seen.size).toBe(6);
  });
});

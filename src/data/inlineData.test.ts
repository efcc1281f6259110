import { describe, expect, it } from 'vitest';
import { bytesOfBase64, readInlineData } from './inlineData';

describe('bytesOfBase64', () => {
  it('gives back the bytes of an observation column embedded in base64, every byte value included', () => {
    const column = new Float64Array([0, -1.5, 1e9, Number.MAX_SAFE_INTEGER, 0.1]);
    const embedded = Buffer.from(column.buffer).toString('base64');
    expect(Array.from(new Float64Array(bytesOfBase64(embedded)))).toEqual(Array.from(column));
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(new Uint8Array(bytesOfBase64(Buffer.from(every).toString('base64'))))).toEqual(Array.from(every));
  });
});

describe('readInlineData', () => {
  it('reads nothing from a page without embedded data, and refuses embedded data that is not an object of files', () => {
    expect(readInlineData({ getElementById: () => null })).toBeUndefined();
    expect(() => readInlineData({ getElementById: () => ({ textContent: '[1]' }) as unknown as HTMLElement })).toThrow('not an object of files');
  });
});

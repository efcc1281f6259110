import { describe, expect, it } from 'vitest';
import { decodeAscii, decodeUtf8, decodeUtf8Into } from './utf8';

const bytes = (...values: number[]) => new Uint8Array(values);
const whole = (array: Uint8Array) => decodeUtf8(array, 0, array.length);

describe('decodeUtf8', () => {
  it('reads one- to three-byte characters exactly as TextDecoder does', () => {
    for (const text of ['', 'abc', '调解纠纷1,500件', 'é\u00a0ü', '\ufeff约', '\u3000前后\u3000', '\uffff', '„“”']) {
      const encoded = new TextEncoder().encode(text);
      expect(whole(encoded), JSON.stringify(text)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(encoded));
    }
  });

  it('reads texts one after the other, longer and shorter, with nothing of the one before left in the next', () => {
    // Each read reuses the arrays of the one before (utf8.ts): a longer text then a shorter one shows
    // whether anything is carried over.
    const texts = ['受理行政复议案件18件', '约', '', '调解纠纷1,500件，调解成功1,480件', 'ab', '调解纠纷1,500件，调解成功1,480件'.slice(3), '受理'];
    for (const text of texts) expect(whole(new TextEncoder().encode(text))).toBe(text);
  });

  it('reads up to 4,096 characters and leaves a longer text to the caller', () => {
    const longest = '调'.repeat(4096);
    expect(whole(new TextEncoder().encode(longest))).toBe(longest);
    expect(whole(new TextEncoder().encode(`${longest}a`))).toBeUndefined();
    expect(whole(new TextEncoder().encode('a'))).toBe('a');
  });

  it('reads a run in the middle of the bytes', () => {
    const encoded = new TextEncoder().encode('x,调解,y');
    expect(decodeUtf8(encoded, 2, 8)).toBe('调解');
  });

  it('leaves four-byte characters and every malformed sequence to TextDecoder', () => {
    const cases = [
      bytes(0xf0, 0x9f, 0x98, 0x80), // 😀, four bytes
      bytes(0x80), // a continuation byte alone
      bytes(0xe8, 0xb0), // cut short
      bytes(0xc0, 0xaf), // overlong '/'
      bytes(0xc1, 0xbf),
      bytes(0xe0, 0x80, 0xaf), // overlong, three bytes
      bytes(0xed, 0xa0, 0x80), // a surrogate
      bytes(0xe8, 0x41, 0x80), // a continuation that is not one
      bytes(0xff),
    ];
    for (const sequence of cases) expect(whole(sequence), [...sequence].map((b) => b.toString(16)).join(' ')).toBeUndefined();
    // Cut short by the end of the run, though the bytes go on.
    expect(decodeUtf8(bytes(0xe8, 0xb0, 0x83), 0, 2)).toBeUndefined();
  });
});

describe('decodeUtf8Into', () => {
  it('writes the code units and a 0 after them, and says how many', () => {
    const into = new Uint16Array(8).fill(0xffff);
    const encoded = new TextEncoder().encode('x约3件y');
    expect(decodeUtf8Into(encoded, 1, encoded.length - 1, into)).toBe(3);
    expect(Array.from(into.subarray(0, 4))).toEqual([0x7ea6, 0x33, 0x4ef6, 0]);
  });

  it('gives -1 for what does not fit (its length less the 0) and for what decodeUtf8 leaves to TextDecoder', () => {
    const into = new Uint16Array(4);
    expect(decodeUtf8Into(new TextEncoder().encode('调解3'), 0, 7, into)).toBe(3);
    expect(decodeUtf8Into(new TextEncoder().encode('调解3件'), 0, 10, into)).toBe(-1);
    expect(decodeUtf8Into(bytes(0xf0, 0x9f, 0x98, 0x80), 0, 4, new Uint16Array(8))).toBe(-1);
  });
});

describe('decodeAscii', () => {
  it('reads ASCII only', () => {
    expect(decodeAscii(new TextEncoder().encode('2020-a-b'), 0, 8)).toBe('2020-a-b');
    expect(decodeAscii(new TextEncoder().encode('a调'), 0, 4)).toBeUndefined();
  });
});

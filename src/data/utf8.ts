/**
 * Short runs of UTF-8 bytes to text, for the fields of observations.csv read as bytes: a TextDecoder call
 * per field costs more in a browser than decoding the whole text, and this costs less. Only well-formed
 * UTF-8 of one to three bytes a character is read (every Chinese character of the reports); anything
 * else (a four-byte character, a stray byte) gives undefined, and the caller decodes the text the usual
 * way, which says what it makes of it.
 */

/** The longest text decoded here; a longer one is left to the caller. */
export const MAX_CHARS = 4096;
/** The character codes of the text being decoded, and the 0 after them (see decodeUtf8Into). */
const codes = new Uint16Array(MAX_CHARS + 1);
/** An array of each length met so far, for `String.fromCharCode.apply`: it takes every element it is given. */
const ofLength: number[][] = [];

/**
 * Decodes `bytes[from..to)` into `into` as UTF-16 code units followed by a 0, and returns how many; -1
 * where it is not plain well-formed UTF-8 (see above) or does not fit (`into` holds its length - 1 units).
 * The numbers of a quote are read from these (numerals.ts): no string is made.
 */
export function decodeUtf8Into(bytes: Uint8Array, from: number, to: number, into: Uint16Array): number {
  const most = into.length - 1;
  let count = 0;
  for (let at = from; at < to; ) {
    if (count === most) return -1;
    const first = bytes[at];
    if (first < 0x80) {
      into[count++] = first;
      at += 1;
    } else if (first >= 0xc2 && first < 0xe0) {
      const second = bytes[at + 1];
      if (at + 1 >= to || (second & 0xc0) !== 0x80) return -1;
      into[count++] = ((first & 0x1f) << 6) | (second & 0x3f);
      at += 2;
    } else if (first >= 0xe0 && first < 0xf0) {
      const second = bytes[at + 1];
      const third = bytes[at + 2];
      if (at + 2 >= to || (second & 0xc0) !== 0x80 || (third & 0xc0) !== 0x80) return -1;
      // Overlong forms (E0 80–9F) and surrogates (ED A0–BF) are not UTF-8.
      if ((first === 0xe0 && second < 0xa0) || (first === 0xed && second >= 0xa0)) return -1;
      into[count++] = ((first & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f);
      at += 3;
    } else return -1;
  }
  into[count] = 0;
  return count;
}

/** The text of `bytes[from..to)`, or undefined where it is not plain well-formed UTF-8 (see above). */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string | undefined {
  const count = decodeUtf8Into(bytes, from, to, codes);
  if (count === -1) return undefined;
  const text = (ofLength[count] ??= new Array<number>(count).fill(0));
  for (let i = 0; i < count; i++) text[i] = codes[i];
  return String.fromCharCode.apply(null, text);
}

/** The text of `bytes[from..to)` when every byte is ASCII; undefined otherwise. */
export function decodeAscii(bytes: Uint8Array, from: number, to: number): string | undefined {
  for (let at = from; at < to; at++) if (bytes[at] >= 0x80) return undefined;
  return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
}

/**
 * Short runs of UTF-8 bytes to text, for the fields of observations.csv read as bytes: a TextDecoder call
 * per field costs more in a browser than decoding the whole text, and this costs less. Only well-formed
 * UTF-8 of one to three bytes a character is read (every Chinese character of the reports); anything
 * else (a four-byte character, a stray byte) gives undefined, and the caller decodes the text the usual
 * way, which says what it makes of it. Also code units to text and back, for the quotes, which are read
 * and kept as code units (observationReader.ts, columnBuilder.ts) and made text when shown.
 */

/** The longest text decoded here; a longer one is left to the caller. */
export const MAX_CHARS = 4096;
/** The character codes of the text being decoded, and the 0 after them (see decodeUtf8Into). */
const codes = new Uint16Array(MAX_CHARS + 1);
/**
 * An array of each length met so far, for `String.fromCharCode.apply`: it takes every element it is given,
 * and a kept array costs less than a view of the units made for every text.
 */
const ofLength: number[][] = [];

/** The text of the code units units[from..to), exactly, whatever they are; MAX_CHARS at a time. */
export function textOfUnits(units: Uint16Array, from: number, to: number): string {
  let text = '';
  for (let at = from; at < to; at += MAX_CHARS) {
    const count = Math.min(to - at, MAX_CHARS);
    const args = (ofLength[count] ??= new Array<number>(count).fill(0));
    for (let i = 0; i < count; i++) args[i] = units[at + i];
    text += String.fromCharCode.apply(null, args);
  }
  return text;
}

/**
 * `text`'s code units in `into`, followed by a 0 (see decodeUtf8Into); into a new, longer array where
 * `into` is too short. Returns the array written.
 */
export function unitsOfText<T extends Uint16Array>(text: string, into: T): T {
  const units = into.length > text.length ? into : (new Uint16Array(Math.max(text.length + 1, into.length * 2)) as T);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  units[text.length] = 0;
  return units;
}

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
  return count === -1 ? undefined : textOfUnits(codes, 0, count);
}

/** The text of `bytes[from..to)` when every byte is ASCII; undefined otherwise. */
export function decodeAscii(bytes: Uint8Array, from: number, to: number): string | undefined {
  for (let at = from; at < to; at++) if (bytes[at] >= 0x80) return undefined;
  return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
}

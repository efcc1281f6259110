/**
 * One published observation column as a file: a 16-byte header, then the column's numbers as a typed
 * array at the narrowest width that holds every one of them exactly. The header says what it holds, so
 * the page reads a column the moment it arrives, before dataset.json:
 *
 *   bytes 0–3  "FZOC"            8–11  row count (uint32, little-endian)
 *   4–5        published format  12–15 zero
 *   6          element type (ELEMENT_TYPES, 1-based)
 *   7          1 when the numbers are values scaled by 10^decimals (`unscale`), else 0
 *   16…        the numbers, little-endian (as every browser's typed arrays are), aligned for their type
 */

const MAGIC = 'FZOC';
const HEADER_BYTES = 16;

/** The element types a column file may hold, narrowest first; Float64 holds any number. */
const ELEMENT_TYPES = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float64Array] as const;
const INTEGER_RANGES: [number, number][] = [
  [0, 0xff],
  [-0x80, 0x7f],
  [0, 0xffff],
  [-0x8000, 0x7fff],
  [0, 0xffffffff],
  [-0x80000000, 0x7fffffff],
];

export type ColumnArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float64Array;

/** 10^d for every number of decimals a column can give (0–255), each computed as `10 ** d`. */
const POWERS = Float64Array.from({ length: 256 }, (_, d) => 10 ** d);

/** A figure's value from its published integer and its number of decimals: the one way both sides compute it. */
export const unscale = (int: number, decimals: number): number => int / POWERS[decimals];

/** The values as integers scaled by 10^decimals, when every one of them comes back exactly (`unscale`); else undefined. */
function scaledInts(values: ArrayLike<number>, decimals: ArrayLike<number>): Float64Array | undefined {
  const ints = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const int = Math.round(values[row] * POWERS[decimals[row]]);
    if (!Object.is(unscale(int, decimals[row]), values[row])) return undefined;
    ints[row] = int;
  }
  return ints;
}

/** The index into ELEMENT_TYPES of the narrowest type that holds every number exactly. */
function narrowestType(numbers: ArrayLike<number>): number {
  let [min, max] = [0, 0];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (!Number.isInteger(n) || Object.is(n, -0)) return ELEMENT_TYPES.length - 1;
    if (n < min) min = n;
    if (n > max) max = n;
  }
  const fits = INTEGER_RANGES.findIndex(([low, high]) => min >= low && max <= high);
  return fits === -1 ? ELEMENT_TYPES.length - 1 : fits;
}

/**
 * The file of a column. With `decimals` (the value column), values that all come back exactly from an
 * integer and their decimals are published as those integers; any that would not keeps the column Float64.
 */
export function encodeColumn(numbers: ArrayLike<number>, format: number, decimals?: ArrayLike<number>): Uint8Array {
  const FLOAT = ELEMENT_TYPES.length - 1;
  let ints = decimals ? scaledInts(numbers, decimals) : undefined;
  // Integers too large for 32 bits: the values as they are.
  if (ints && narrowestType(ints) === FLOAT) ints = undefined;
  const stored = ints ?? numbers;
  const type = narrowestType(stored);
  const Type = ELEMENT_TYPES[type];
  const bytes = new Uint8Array(HEADER_BYTES + stored.length * Type.BYTES_PER_ELEMENT);
  const header = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) header.setUint8(i, MAGIC.charCodeAt(i));
  header.setUint16(4, format, true);
  header.setUint8(6, type + 1);
  header.setUint8(7, ints ? 1 : 0);
  header.setUint32(8, stored.length, true);
  new Type(bytes.buffer, HEADER_BYTES, stored.length).set(stored);
  return bytes;
}

/** What a column file holds: its numbers (a view on the file's bytes), and whether they are scaled values. */
export interface ColumnFile {
  numbers: ColumnArray;
  scaled: boolean;
}

/** Reads a column file; one of another format, or cut short, or not a column file is refused with why. */
export function decodeColumn(path: string, bytes: ArrayBuffer, format: number): ColumnFile {
  const header = new DataView(bytes, 0, Math.min(bytes.byteLength, HEADER_BYTES));
  const magic = String.fromCharCode(...new Uint8Array(bytes, 0, Math.min(bytes.byteLength, MAGIC.length)));
  if (bytes.byteLength < HEADER_BYTES || magic !== MAGIC) throw new Error(`${path}: not a published observation column; publish the data again`);
  const fileFormat = header.getUint16(4, true);
  if (fileFormat !== format) throw new Error(`${path}: format ${fileFormat}, expected ${format}; publish the data again`);
  const Type = ELEMENT_TYPES[header.getUint8(6) - 1];
  if (!Type) throw new Error(`${path}: unknown element type ${header.getUint8(6)}; publish the data again`);
  const count = header.getUint32(8, true);
  const expected = HEADER_BYTES + count * Type.BYTES_PER_ELEMENT;
  if (bytes.byteLength !== expected) throw new Error(`${path}: ${bytes.byteLength} bytes where ${count} rows take ${expected} (cut short?); publish the data again`);
  return { numbers: new Type(bytes, HEADER_BYTES, count), scaled: header.getUint8(7) === 1 };
}

/**
 * The column as the page holds it: the file's own numbers, at the width they were published at (no copy);
 * scaled values divided by 10^decimals.
 */
export function columnNumbers(file: ColumnFile, decimals?: ArrayLike<number>): ColumnArray {
  if (!file.scaled) return file.numbers;
  const [count, numbers] = [file.numbers.length, file.numbers];
  if (decimals?.length !== count) throw new Error('a column of scaled values needs the decimals of as many rows');
  const values = new Float64Array(count);
  for (let row = 0; row < count; row++) values[row] = numbers[row] / POWERS[decimals[row]];
  return values;
}

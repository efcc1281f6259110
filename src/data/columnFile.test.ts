import { describe, expect, it } from 'vitest';
import { columnNumbers, decodeColumn, encodeColumn, unscale } from './columnFile';

const FORMAT = 7;
/** A file's bytes in a buffer of their own, as a fetch gives them. */
const fetched = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;
const roundTrip = (numbers: ArrayLike<number>, decimals?: ArrayLike<number>) => decodeColumn('observations/x.bin', fetched(encodeColumn(numbers, FORMAT, decimals)), FORMAT);

describe('encodeColumn and decodeColumn', () => {
  it('keeps each integer column at the narrowest width that holds all of it', () => {
    const cases: [number[], string][] = [
      [[0, 1, 255], 'Uint8Array'],
      [[-1, 0, 127], 'Int8Array'],
      [[0, 256, 65535], 'Uint16Array'],
      [[-1, 0, 32767], 'Int16Array'],
      [[0, 65536, 4294967295], 'Uint32Array'],
      [[-1, 65536, 2147483647], 'Int32Array'],
      [[0, 4294967296], 'Float64Array'],
      [[], 'Uint8Array'],
    ];
    for (const [numbers, type] of cases) {
      const file = roundTrip(numbers);
      expect(file.numbers.constructor.name).toBe(type);
      expect(Array.from(file.numbers)).toEqual(numbers);
      expect(file.scaled).toBe(false);
    }
  });

  it('publishes values with decimals as scaled integers, each read back exactly', () => {
    const values = [0.1, 0.2, 12.34, -3.5, -0.07, 1234567.8, 0, 5, 99.99, 1e-7];
    const decimals = [1, 1, 2, 1, 2, 1, 0, 0, 2, 7];
    const file = roundTrip(values, decimals);
    expect(file.scaled).toBe(true);
    expect(file.numbers.constructor.name).toBe('Int32Array');
    expect(Array.from(columnNumbers(file, decimals))).toEqual(values);
    for (const [row, value] of values.entries()) expect(Object.is(unscale(file.numbers[row], decimals[row]), value)).toBe(true);
  });

  it('narrows scaled values too when they are small', () => {
    const file = roundTrip([1.5, 2.25, 0], [1, 2, 0]);
    expect(file.numbers.constructor.name).toBe('Uint8Array');
    expect(Array.from(columnNumbers(file, [1, 2, 0]))).toEqual([1.5, 2.25, 0]);
  });

  it('keeps the values Float64 when one of them would not come back exactly from an integer', () => {
    // 0.1 + 0.2 is not 0.3, and a value with more digits than its decimals say is not its integer over 10^decimals.
    for (const [values, decimals] of [
      [[1.5, 0.1 + 0.2], [1, 1]],
      [[1.5, 1.25], [1, 1]],
      [[1, -0], [0, 0]],
      [[1, 3e10], [0, 0]],
      [[1, Number.NaN], [0, 0]],
    ]) {
      const file = roundTrip(values, decimals);
      expect(file.scaled).toBe(false);
      expect(file.numbers.constructor.name).toBe('Float64Array');
      const read = Array.from(columnNumbers(file, decimals));
      expect(read.every((value, row) => Object.is(value, values[row]))).toBe(true);
    }
  });

  it('aligns the numbers for their type after a header of the format, the type and the row count', () => {
    const bytes = encodeColumn([1.5, -2], FORMAT);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('FZOC');
    const header = new DataView(bytes.buffer);
    expect(header.getUint16(4, true)).toBe(FORMAT);
    expect(header.getUint32(8, true)).toBe(2);
    expect(bytes.length).toBe(16 + 2 * 8);
    expect(Array.from(new Float64Array(bytes.buffer, 16, 2))).toEqual([1.5, -2]);
  });

  it('refuses a file of another format by name', () => {
    expect(() => decodeColumn('observations/value.bin', fetched(encodeColumn([1], FORMAT - 1)), FORMAT)).toThrow(`observations/value.bin: format ${FORMAT - 1}, expected ${FORMAT}; publish the data again`);
  });

  it('refuses a file cut short or too long, and one that is not a column file, saying why', () => {
    const bytes = encodeColumn([1, 2, 300], FORMAT);
    expect(() => decodeColumn('observations/line.bin', fetched(bytes.subarray(0, bytes.length - 1)), FORMAT)).toThrow('observations/line.bin: 21 bytes where 3 rows take 22 (cut short?); publish the data again');
    expect(() => decodeColumn('observations/line.bin', fetched(Uint8Array.of(...bytes, 0, 0)), FORMAT)).toThrow('observations/line.bin: 24 bytes where 3 rows take 22');
    expect(() => decodeColumn('observations/line.bin', fetched(bytes.subarray(0, 10)), FORMAT)).toThrow('observations/line.bin: not a published observation column; publish the data again');
    expect(() => decodeColumn('observations/line.bin', fetched(new TextEncoder().encode('[1,2,300]                ')), FORMAT)).toThrow('not a published observation column');
  });
});

describe('columnNumbers', () => {
  it('keeps a column at the width it was published at: the numbers of the file itself, every one as written', () => {
    for (const numbers of [[1, 2, 255], [1, 2, 300], [-1, 0, 127], [-1, 70000, -70000], [0, 4294967295], [0.5, -2.25]]) {
      const file = roundTrip(numbers);
      expect(columnNumbers(file)).toBe(file.numbers);
      expect(Array.from(columnNumbers(file))).toEqual(numbers);
    }
    expect(roundTrip([1, 2, 255]).numbers).toBeInstanceOf(Uint8Array);
  });

  it('refuses scaled values without the decimals of as many rows', () => {
    const file = roundTrip([1.5], [1]);
    expect(() => columnNumbers(file)).toThrow('needs the decimals');
    expect(() => columnNumbers(file, [1, 1])).toThrow('needs the decimals');
  });
});

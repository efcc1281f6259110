import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from './packRecords';

describe('packRecords', () => {
  const records = [
    { id: 'a', province: '甲省', year: 2020, composed: false },
    { id: 'b', province: '甲省', year: 2021, composed: true, origin: 'user' },
    { id: 'c', province: '乙省', year: 2020, composed: false },
  ];

  it('keeps each distinct value once per field', () => {
    const packed = packRecords(records);
    expect(packed.values[packed.fields.indexOf('province')]).toEqual(['甲省', '乙省']);
    expect(packed.values[packed.fields.indexOf('year')]).toEqual([2020, 2021]);
  });

  it('gives back the same records, a field absent from one still absent', () => {
    const unpacked = unpackRecords<(typeof records)[number]>(structuredClone(packRecords(records)));
    expect(unpacked).toEqual(records);
    expect('origin' in unpacked[0]).toBe(false);
  });
});

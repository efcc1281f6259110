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

  it("keeps a field of every record's own values as it is, and any field round-trips whatever its values", () => {
    // 200 reports: ids and titles their own; provinces in runs; a note on a few; a field whose values are
    // different in the first records and repeat later; NaN and an absent field among them.
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `r${i}`,
      title: `title ${i}`,
      province: `p${Math.floor(i / 30)}`,
      year: 2018 + (i % 6),
      late: i < 100 ? `v${i}` : 'v0',
      ...(i % 50 === 7 ? { note: 'n' } : {}),
      ratio: i === 3 ? Number.NaN : i % 2,
    }));
    const packed = packRecords(many);
    expect(packed.indexes[packed.fields.indexOf('id')]).toHaveLength(0);
    expect(packed.values[packed.fields.indexOf('id')]).toHaveLength(200);
    expect(packed.values[packed.fields.indexOf('province')]).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(unpackRecords(structuredClone(packed))).toEqual(many);
    expect(unpackRecords(packed, 95, 130)).toEqual(many.slice(95, 130));
    expect(unpackRecords(packed, 190, 400)).toEqual(many.slice(190));
    expect(unpackRecords(packRecords([many[0]]))).toEqual([many[0]]);
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './parseCsv';

describe('readCsvRecords', () => {
  it('numbers records by the line they start on, across quoted line breaks and blank lines', () => {
    const { records, issues } = readCsvRecords('a,b\n"x\ny",1\n\nz,2\n', 'f.csv');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x\ny', '1'], line: 2 },
      { fields: ['z', '2'], line: 5 },
    ]);
  });

  it('places a quote left open on its own line, though it swallows the rest of the file', () => {
    const { records, issues } = readCsvRecords('a,b\n1,2\n"3,4\n5,6\n', 'f.csv');
    expect(records.map((record) => record.line)).toEqual([1, 2, 3]);
    expect(issues).toMatchObject([{ file: 'f.csv', line: 3, code: 'csvSyntax', params: { detail: 'MissingQuotes' } }]);
  });

  it('splits on the separator it is given, not the one it might guess', () => {
    expect(readCsvRecords('a\tb,c\n1\t2,3\n', 'f.tsv', { delimiter: '\t' }).records[1].fields).toEqual(['1', '2,3']);
  });

  it('reports progress up to the whole text', () => {
    const seen: number[] = [];
    readCsvRecords(`h\n${'x\n'.repeat(5000)}`, 'f.csv', { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

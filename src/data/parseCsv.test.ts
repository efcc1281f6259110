import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvRecords } from './parseCsv';
import { observationRowSchema } from './schema';

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

describe('parseCsv', () => {
  const HEADER = 'report_id,indicator_id,value,qualifier,quote,note';

  it('reads the last of two columns of the same name, as an object built from the header would', () => {
    const { rows, issues } = parseCsv(`${HEADER},value\n2020-a-b-c,x,oops,exact,调解3件,,3\n`, observationRowSchema, 'o.csv');
    expect(issues).toEqual([]);
    expect(rows).toMatchObject([{ value: 3, note_zh: '', line: 2 }]);
  });

  it('reports every field that breaks its rule, with its column, the field as written and the rule broken', () => {
    const { rows, issues } = parseCsv(`${HEADER}\n2020-a-b-c,x,9,about,  ,\n`, observationRowSchema, 'o.csv');
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, column: 'qualifier', code: 'notOneOf', message: "qualifier must be one of exact, approx, at_least, at_most (got 'about')" }),
      expect.objectContaining({ line: 2, column: 'quote', code: 'empty', message: "quote is empty (got '  ')", params: { column: 'quote', got: '  ' } }),
    ]);
  });
});

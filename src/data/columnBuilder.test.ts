import { describe, expect, it } from 'vitest';
import { ColumnBuilder, type ColumnRow } from './columnBuilder';
import { quoteOf, type ObservationColumns } from './observationTable';

/** A row whose quote tells it apart: 调解{n}件. */
function row(n: number): ColumnRow {
  return { report: n % 7, indicator: n % 5, value: n, qualifier: 0, decimals: 0, line: n + 2, location: undefined, quote: `调解${n}件`, note: n % 1000 === 0 ? `note ${n}` : '', noteZh: '', userFile: undefined };
}

/** Each row's quote, read back from the column of all quotes. */
function quotesOf(columns: ObservationColumns): string[] {
  return Array.from({ length: columns.count }, (_, i) => quoteOf(columns, i));
}

/** A text's code units. */
const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('ColumnBuilder', () => {
  it('keeps every quote in order as its column grows, across a truncation and appended parts', () => {
    const builder = new ColumnBuilder(16);
    for (let n = 0; n < 2500; n++) builder.push(row(n));
    // Back to a row in the middle, then on: the rows forgotten must leave no quote behind.
    builder.truncate(1500);
    for (let n = 1500; n < 3100; n++) {
      // The quote given as code units within longer ones.
      const units = unitsOf(`"调解${n}件",`);
      builder.pushRow(n, n % 5, n, 0, 0, n + 2, undefined, units, 1, units.length - 2, '', '', undefined);
    }
    const part = new ColumnBuilder();
    for (let n = 3100; n < 4200; n++) part.push(row(n));
    const partColumns = part.finish();
    builder.append(partColumns, 0, new Set());
    for (let n = 4200; n < 4300; n++) builder.push(row(n));
    builder.append(partColumns, 0, new Set([0, 1]));
    const columns = builder.finish();
    const expected = [...Array.from({ length: 4300 }, (_, n) => `调解${n}件`), ...Array.from({ length: 1098 }, (_, i) => `调解${3102 + i}件`)];
    expect(columns.count).toBe(expected.length);
    expect(quotesOf(columns)).toEqual(expected);
    expect(String.fromCharCode(...columns.quotes)).toBe(expected.join(''));
    expect(Array.from(columns.value.subarray(0, 4300))).toEqual(Array.from({ length: 4300 }, (_, n) => n));
    // Every column exactly as long as the rows written, whatever room the builder had made.
    for (const name of ['report', 'indicator', 'value', 'qualifier', 'decimals', 'line', 'paragraph', 'start', 'end', 'quoteEnd'] as const) {
      expect(columns[name].length, name).toBe(expected.length);
    }
    // The last rows are the part's last (4197 to 4199), on line n + 2.
    expect(Array.from(columns.line.subarray(-3))).toEqual([4199, 4200, 4201]);
  });

  it('writes a row given field by field as it writes the same row given as an object', () => {
    const byObject = new ColumnBuilder();
    const byFields = new ColumnBuilder();
    const rows: ColumnRow[] = [
      { ...row(1), location: { paragraphIndex: 3, start: 4, end: 9 }, note: 'n', noteZh: '注', userFile: 'mine.csv' },
      { ...row(2), qualifier: 2, decimals: 1, value: 2.5 },
    ];
    for (const r of rows) {
      byObject.push(r);
      const quote = unitsOf(r.quote);
      byFields.pushRow(r.report, r.indicator, r.value, r.qualifier, r.decimals, r.line, r.location, quote, 0, quote.length, r.note, r.noteZh, r.userFile);
    }
    expect(byFields.finish()).toEqual(byObject.finish());
  });

  it('gives back a quote longer than one call of String.fromCharCode takes, and characters outside the BMP, exactly', () => {
    const builder = new ColumnBuilder(2);
    const long = `${'调解纠纷😀'.repeat(2000)}共3件`;
    builder.push({ ...row(0), quote: '前' });
    builder.push({ ...row(1), quote: long });
    builder.push({ ...row(2), quote: '后😀' });
    expect(quotesOf(builder.finish())).toEqual(['前', long, '后😀']);
  });
});

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createFieldParser, createRowParser } from './createRowParser';
import { observationRowSchema, reportRowSchema } from './schema';

const GOOD = { report_id: '2020-a-b-c', indicator_id: 'mediation_cases', value: ' 98.50 ', qualifier: 'exact', quote: '调解98.50件', note: '', note_zh: '' };

describe('createRowParser', () => {
  it.each([
    ['a valid row', GOOD],
    ['a row without the optional note_zh column', { ...GOOD, note_zh: undefined }],
    ['a bad number and a bad qualifier', { ...GOOD, value: '9,8', qualifier: 'about' }],
    ['an empty quote and a bad report id', { ...GOOD, quote: '  ', report_id: 'x' }],
    ['a missing required column', { ...GOOD, indicator_id: undefined }],
  ])('parses %s exactly as the schema does', (_name, raw) => {
    const header = Object.keys(raw).filter((column) => raw[column as keyof typeof raw] !== undefined);
    const parse = createRowParser(observationRowSchema, header);
    const expected = observationRowSchema.safeParse(Object.fromEntries(header.map((column) => [column, raw[column as keyof typeof raw]])));
    const got = parse(header.map((column) => raw[column as keyof typeof raw]!));
    expect(got.success).toBe(expected.success);
    if (got.success && expected.success) expect(got.data).toEqual(expected.data);
    if (!got.success && !expected.success) expect(got.error.issues).toEqual(expected.error.issues);
  });

  it('gives the same answer for a value it has already checked, on every later row', () => {
    const row: Record<string, string> = { report_id: '2020-a-b-c', source_file: 'a.txt', admin_code: '12345', province: 'p', city: 'c', district: 'd', district_en: 'D', year: '2020', title: 't', title_source: 'report', script: 'hans', note: '' };
    const header = Object.keys(row);
    const parseRow = createRowParser(reportRowSchema, header);
    const parse = (changed: Record<string, string>) => parseRow(header.map((column) => changed[column]));
    expect(parse(row).success).toBe(false);
    expect(parse({ ...row, district: 'e' })).toEqual({ success: false, error: { issues: [expect.objectContaining({ path: ['admin_code'] })] } });
    expect(parse({ ...row, admin_code: '123456' })).toMatchObject({ success: true, data: { admin_code: '123456', year: 2020 } });
  });

  it('reads the last of two columns of the same name, as an object built from the header would', () => {
    const header = ['report_id', 'indicator_id', 'value', 'qualifier', 'quote', 'note', 'value'];
    const parsed = createRowParser(observationRowSchema, header)(['2020-a-b-c', 'x', 'oops', 'exact', '调解3件', '', '3']);
    expect(parsed).toMatchObject({ success: true, data: { value: 3 } });
  });

  describe('field by field, with a cache of values seen', () => {
    // Fields at the edge of each rule: white space trim removes (and characters close to it that it keeps),
    // empty fields, and numbers the plain-number pattern refuses.
    const TRICKY = [
      '', ' ', '  ', 'a', '调解3件', ' 调解3件', '调解3件 ', '\u3000调解', '调解\u3000', '\ufeff调解', '调解\ufeff', '\u00a0x', 'x\u2028', '\t',
      '“引号”', '调解。', '~', '\u3001', '\u3000', '\u2000x', 'x\u202f', '\u1680', '\u180e',
      '0', '-0', '007', '12', '-12', '98.50', '-3.5', '1.', '.5', '-', '-.5', '1e5', '+3', '1,000', ' 12', '12 ', '１２', '12.5.1', '0x1F', 'NaN', '1_000',
    ];

    /** Parses `base` with `column` set to each of `texts`, and expects for it exactly what the column's rule gives. */
    function expectSameAsSchema(schema: z.ZodObject<z.ZodRawShape>, base: Record<string, string>, column: string, texts: string[]) {
      const header = Object.keys(base);
      const { parse } = createFieldParser(schema, header);
      const at = header.indexOf(column);
      for (const text of texts) {
        const fields = header.map((name) => base[name]);
        fields[at] = text;
        const values: unknown[] = [];
        const issues = parse(fields, values);
        const expected = (schema.shape[column] as z.ZodType).safeParse(text);
        const mine = issues?.filter((issue) => issue.path[0] === column);
        expect(mine?.length ? { success: false, issues: mine.map((issue) => ({ ...issue, path: issue.path.slice(1) })) } : { success: true, data: values[at] }, JSON.stringify(text)).toEqual(
          expected.success ? { success: true, data: expected.data } : { success: false, issues: expected.error.issues },
        );
      }
    }

    it.each(['quote', 'note', 'note_zh', 'value'] as const)('give for the %s column exactly what the schema gives', (column) => {
      expectSameAsSchema(observationRowSchema, GOOD, column, TRICKY);
    });

    it.each(['report_id', 'source_file', 'admin_code'] as const)('give for the reports column %s exactly what the schema gives', (column) => {
      const REPORT = { report_id: '2020-a-b-c', source_file: 'a.txt', admin_code: '123456', province: 'p', city: 'c', district: 'd', district_en: 'D', year: '2020', title: 't', title_source: 'report', script: 'hans', note: '' };
      expectSameAsSchema(reportRowSchema, REPORT, column, [
        ...TRICKY,
        '2020-a-b-c', '2020-a', '2020-', '2020a-b', '202-a-b', '2020-A-b', '2020-a_b', '2020--', ' 2020-a', '2020-a ', '２０２０-a', '2020-a\ufeff', '2020-a\n',
        'a.txt', 'A-b_c.1.txt', '.txt', 'a.TXT', 'a.txt ', ' a.txt', 'a b.txt', 'a.txt.bak', '报告.txt', 'a.txt\n',
        '123456', '12345', '1234567', '12345a', ' 123456', '123456 ', '１２３４５６', '123456\n',
      ]);
    });
  });
});

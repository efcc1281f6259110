import { describe, expect, it } from 'vitest';
import { createRowParser } from './createRowParser';
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
});

import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type DataIssue } from '../../data/issue';
import { MESSAGES } from '../../i18n/messages';
import { describeIssue, describeIssueAt } from './describeIssue';

const issue = (change: Partial<DataIssue>): DataIssue => ({ file: 'o.csv', line: 4, column: 'value', message: 'english', severity: 'error', ...change });
/** Params every code might read, so a sentence never shows "undefined". */
const ALL_PARAMS = { column: 'value', got: 'abc', values: 'a, b', detail: 'x', id: 'i', suggestion: 's', file: 'f.txt', report: 'r', indicator: 'n', quote: 'q', count: 2, value: 3, qualifier: 'exact', hedge: 'approx', size: 21, limit: 20, kind: 'pdf', columns: 'c', fields: 8, expected: 7, reports: 'r1', observations: 'o1', problem: 'invalidUtf8', code: 'E9' };

describe('describeIssue', () => {
  it.each(ISSUE_CODES.flatMap((code) => (['zh', 'en'] as const).map((lang) => [code, lang] as const)))('says %s in %s without a gap', (code, lang) => {
    const text = describeIssue(issue({ code, params: ALL_PARAMS }), MESSAGES[lang]);
    expect(text).not.toMatch(/undefined|\[object/);
    expect(text.length).toBeGreaterThan(3);
  });

  it.each([
    ['zh', 'notNumber', { column: 'value', got: 'abc' }, 'value“abc”不是数字（只写阿拉伯数字，如 98.79）'],
    ['en', 'notNumber', { column: 'value', got: 'abc' }, "value 'abc' is not a number (write plain digits, e.g. 98.79)"],
    ['en', 'quoteNotFound', { report: '2021-x-y', quote: 'q' }, 'quote not found in report 2021-x-y'],
    ['zh', 'unknownIndicator', { id: 'mediaton_success', suggestion: 'mediation_success_rate' }, '未知的指标“mediaton_success”，是否应为“mediation_success_rate”？'],
    ['en', 'unknownIndicator', { id: 'mediaton_success', suggestion: 'mediation_success_rate' }, "unknown indicator 'mediaton_success'; did you mean 'mediation_success_rate'?"],
    ['en', 'unknownIndicator', { id: 'zzz' }, "unknown indicator 'zzz' (ids come from the indicator dictionary)"],
    ['zh', 'qualifierContradicts', { qualifier: 'exact', hedge: 'approx' }, '数值性质“exact（确数）”与引文不符，引文读作“approx（约数（约、左右））”'],
    ['en', 'fileTooLarge', { size: 20971521, limit: 20971520 }, 'the file is 20,971,521 bytes, 1 byte over the limit of 20 MB (20,971,520 bytes); not loaded'],
    ['zh', 'fileTooLarge', { size: 20971521, limit: 20971520 }, '文件大小为 20,971,521 字节，比 20 MB（20,971,520 字节）的上限多 1 字节，未载入'],
    ['zh', 'badLine', { problem: 'controlCharacter', column: 3, code: '0000' }, '此行第 3 个字符是控制字符 U+0000，文本中不应有这种字符（可能是文件损坏或混入了二进制数据）'],
    ['en', 'badLine', { problem: 'neitherEncoding', column: 4, code: 'E9' }, 'from byte 4 (0xE9) this line is neither UTF-8 nor GB18030/GBK, so it cannot be read'],
    ['en', 'binaryFile', { kind: 'xlsx' }, 'this is not a text file (it looks like an Excel workbook (.xlsx) or a zip archive); in Excel or WPS use “Save as” CSV'],
  ] as const)('in %s, %s reads as a plain sentence', (lang, code, params, expected) => {
    expect(describeIssue(issue({ code, params }), MESSAGES[lang])).toBe(expected);
  });

  it('keeps the English message of an issue without a code', () => {
    expect(describeIssue(issue({ message: 'something odd' }), MESSAGES.zh)).toBe('something odd');
  });

  it('cuts a long value short', () => {
    const text = describeIssue(issue({ code: 'notNumber', params: { column: 'value', got: '九'.repeat(200) } }), MESSAGES.zh);
    expect(text).toContain(`${'九'.repeat(80)}…`);
    expect(text).not.toContain('九'.repeat(81));
  });

  it('places the reason at its line and column, or at the whole file', () => {
    expect(describeIssueAt(issue({ code: 'empty', params: { column: 'quote' }, column: 'quote' }), MESSAGES.zh)).toBe('第 4 行 [quote]：quote 为空');
    expect(describeIssueAt(issue({ code: 'emptyFile', line: undefined, column: undefined }), MESSAGES.en)).toBe('the file is empty (no header row)');
  });
});

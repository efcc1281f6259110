import { describe, expect, it } from 'vitest';
import { decodeText, detectBinary } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 报告 in GB18030 (the same bytes in GBK): not valid UTF-8.
const GB_REPORT = [0xb1, 0xa8, 0xb8, 0xe6];

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('调解,98.79%'))).toEqual({ ok: true, text: '调解,98.79%', encoding: 'utf-8', badLines: [] });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('调解')]))).toEqual({ ok: true, text: '调解', encoding: 'utf-8-bom', badLines: [] });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([...utf8('a,'), ...GB_REPORT]))).toEqual({ ok: true, text: 'a,报告', encoding: 'gb18030', badLines: [] });
  });

  it('reads UTF-16 in either byte order by its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00]))).toEqual({ ok: true, text: 'A,', encoding: 'utf-16le', badLines: [] });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ ok: true, text: 'A', encoding: 'utf-16be', badLines: [] });
  });

  it('names a workbook, a PDF and an image by their first bytes', () => {
    expect(detectBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(detectBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(decodeText(utf8('%PDF-1.7\n'))).toEqual({ ok: false, reason: 'binary', kind: 'pdf' });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, reason: 'binary', kind: 'image' });
  });

  it('calls valid UTF-8 holding NUL or many control characters binary', () => {
    expect(decodeText(utf8('a,b\u0000c'))).toEqual({ ok: false, reason: 'binary', kind: 'binary' });
    expect(decodeText(utf8('\u0001\u0002\u0003\u0004 text'))).toEqual({ ok: false, reason: 'binary', kind: 'binary' });
  });

  it('keeps tabs, form feeds and CRLF line ends as text', () => {
    expect(decodeText(utf8('a\tb\r\n\f'))).toMatchObject({ ok: true, text: 'a\tb\r\n\f' });
  });

  it('reads UTF-16 without a byte-order mark by its zero bytes', () => {
    const le = new Uint8Array([...'report_id,值\n'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    expect(decodeText(le)).toEqual({ ok: true, text: 'report_id,值\n', encoding: 'utf-16le', badLines: [] });
    const be = new Uint8Array([...'report_id,值\n'].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]));
    expect(decodeText(be)).toEqual({ ok: true, text: 'report_id,值\n', encoding: 'utf-16be', badLines: [] });
  });

  it('costs a stray Latin-1 byte or a lone 0x80 in UTF-8 its line only, and says which byte', () => {
    const bytes = new Uint8Array([...utf8('a,调解\n'), ...utf8('caf'), 0xe9, ...utf8(',x\n'), ...utf8('b,'), 0x80, ...utf8('调解\n'), ...utf8('c,报告\n')]);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (!result.ok) return;
    expect(result.text.split('\n')).toEqual(['a,调解', 'caf\uFFFD,x', 'b,\uFFFD调解', 'c,报告', '']);
    expect(result.badLines).toEqual([
      { line: 2, problem: 'neitherEncoding', column: 4, code: 'E9' },
      { line: 3, problem: 'invalidUtf8', column: 3, code: '80' },
    ]);
  });

  it('reads a file half GB18030 and half UTF-8 line by line', () => {
    const bytes = new Uint8Array([...utf8('a,报告\n'), ...utf8('b,'), ...GB_REPORT, 0x0a, ...utf8('c,调解\n')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'a,报告\nb,报告\nc,调解\n', encoding: 'utf-8+gb18030', badLines: [] });
  });

  it('finds a control character on any line, past the first 64 K too', () => {
    const text = `${'a,b\n'.repeat(30000)}c,\u0000d\ne,\u0007\n`;
    const result = decodeText(utf8(text));
    expect(result).toMatchObject({ ok: true, text });
    if (result.ok) expect(result.badLines).toEqual([
      { line: 30001, problem: 'controlCharacter', column: 3, code: '0000' },
      { line: 30002, problem: 'controlCharacter', column: 3, code: '0007' },
    ]);
  });

  it('says when bytes are neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xff, 0x0a]))).toEqual({ ok: false, reason: 'unknownEncoding' });
  });
});

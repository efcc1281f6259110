import { describe, expect, it } from 'vitest';
import { decodeText, detectBinary } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 报告 in GB18030 (the same bytes in GBK): not valid UTF-8.
const GB_REPORT = [0xb1, 0xa8, 0xb8, 0xe6];

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('调解,98.79%'))).toEqual({ ok: true, text: '调解,98.79%', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('调解')]))).toEqual({ ok: true, text: '调解', encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([...utf8('a,'), ...GB_REPORT]))).toEqual({ ok: true, text: 'a,报告', encoding: 'gb18030' });
  });

  it('reads UTF-16 in either byte order by its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00]))).toEqual({ ok: true, text: 'A,', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ ok: true, text: 'A', encoding: 'utf-16be' });
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

  it('says when bytes are neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xff, 0x0a]))).toEqual({ ok: false, reason: 'unknownEncoding' });
  });
});

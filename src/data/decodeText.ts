/**
 * Bytes of an analyst's file in, text out. Excel and WPS on Chinese Windows save CSV as GB18030 (GBK) by
 * default, "CSV UTF-8" with a byte-order mark, and "Unicode text" as UTF-16; each is recognised and
 * decoded, line by line where a file mixes them or holds a stray byte, so a bad byte costs its line
 * only. A file that is not text (a workbook, a PDF, an image) is named as what it is.
 */

import { decodeLines, findControlLines, tryDecode, type BadLine } from './decodeLines';

/** How a file was read; `utf-8+gb18030` when some of its lines are UTF-8 and others GB18030. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-8+gb18030' | 'utf-16le' | 'utf-16be';

/** What a file that is not text turned out to be. */
export type BinaryKind = 'xlsx' | 'xls' | 'pdf' | 'image' | 'archive' | 'binary';

export type DecodeResult =
  /** `badLines`: lines that could not be read (an encoding error, a control character), in line order. */
  | { ok: true; text: string; encoding: TextEncodingName; badLines: BadLine[] }
  | { ok: false; reason: 'binary'; kind: BinaryKind }
  | { ok: false; reason: 'unknownEncoding' };

const SIGNATURES: { bytes: number[]; kind: BinaryKind }[] = [
  // Office Open XML workbooks are zip archives; a zip that holds no workbook still reads as an archive.
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'xlsx' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image' },
  { bytes: [0x1f, 0x8b], kind: 'archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'archive' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Whether the first 64 K of a text look binary: a NUL, or many control characters. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control++;
  }
  return control > Math.max(2, sample.length / 200);
}

const decode = (bytes: Uint8Array, label: string) => tryDecode(new TextDecoder(label, { fatal: true }), bytes);

/** Which kind of binary file the first bytes announce, if any. */
export function detectBinary(bytes: Uint8Array): BinaryKind | undefined {
  return SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.kind;
}

/**
 * UTF-16 without a byte-order mark, as some tools save it: text of Latin letters, digits and punctuation
 * has a zero as every other byte (the high byte of each character), and the others seldom are.
 */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 65536) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** A decoded text, refused as binary when its start looks so; control characters further on cost their lines. */
function accept(text: string, encoding: TextEncodingName, badLines: BadLine[] = []): DecodeResult {
  if (looksBinary(text)) return { ok: false, reason: 'binary', kind: 'binary' };
  const control = findControlLines(text);
  const lines = control.length === 0 ? badLines : [...badLines, ...control].sort((a, b) => a.line - b.line);
  return { ok: true, text, encoding, badLines: lines };
}

/**
 * Decodes a file: a byte-order mark decides; otherwise UTF-16 when every other byte is zero, else UTF-8,
 * and where a line is not UTF-8, GB18030 (which also reads GBK and GB2312) for that line, or a bad line.
 * The byte-order mark is dropped from the text.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const binary = detectBinary(bytes);
  if (binary) return { ok: false, reason: 'binary', kind: binary };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decode(bytes, encoding);
    return text === undefined ? { ok: false, reason: 'unknownEncoding' } : accept(text, encoding);
  }
  const utf16 = detectUtf16(bytes);
  const utf16Text = utf16 && decode(bytes, utf16);
  if (utf16 && utf16Text !== undefined && !utf16Text.includes('\u0000')) return accept(utf16Text, utf16);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const whole = decode(body, 'utf-8');
  if (whole !== undefined) return accept(whole, bom ? 'utf-8-bom' : 'utf-8');
  const lines = decodeLines(body);
  // Where most lines that are more than ASCII cannot be read, the file is in an encoding not read here.
  const bad = lines.badLines.length;
  if (bad > lines.utf8Lines + lines.gbLines) return bytes.includes(0) ? { ok: false, reason: 'binary', kind: 'binary' } : { ok: false, reason: 'unknownEncoding' };
  const encoding: TextEncodingName = lines.gbLines === 0 ? (bom ? 'utf-8-bom' : 'utf-8') : lines.utf8Lines === 0 ? 'gb18030' : 'utf-8+gb18030';
  return accept(lines.text, encoding, lines.badLines);
}

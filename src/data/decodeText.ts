/**
 * Bytes of an analyst's file in, text out. Excel and WPS on Chinese Windows save CSV as GB18030 (GBK) by
 * default, "CSV UTF-8" with a byte-order mark, and "Unicode text" as UTF-16; each is recognised and
 * decoded. A file that is not text (a workbook, a PDF, an image) is named as what it is.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** What a file that is not text turned out to be. */
export type BinaryKind = 'xlsx' | 'xls' | 'pdf' | 'image' | 'archive' | 'binary';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
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

/** Control characters other than tab, line feed, form feed and carriage return never occur in text files. */
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

function decode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Which kind of binary file the first bytes announce, if any. */
export function detectBinary(bytes: Uint8Array): BinaryKind | undefined {
  return SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))?.kind;
}

/**
 * Decodes a file: a byte-order mark decides; otherwise strict UTF-8, and if that fails GB18030 (which
 * also reads GBK and GB2312). The byte-order mark is dropped from the text.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const binary = detectBinary(bytes);
  if (binary) return { ok: false, reason: 'binary', kind: binary };
  const candidates: [string, TextEncodingName][] = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? [['utf-8', 'utf-8-bom']]
    : startsWith(bytes, [0xff, 0xfe])
      ? [['utf-16le', 'utf-16le']]
      : startsWith(bytes, [0xfe, 0xff])
        ? [['utf-16be', 'utf-16be']]
        : [
            ['utf-8', 'utf-8'],
            ['gb18030', 'gb18030'],
          ];
  for (const [label, encoding] of candidates) {
    const text = decode(bytes, label);
    if (text === undefined) continue;
    if (looksBinary(text)) return { ok: false, reason: 'binary', kind: 'binary' };
    return { ok: true, text, encoding };
  }
  // With a byte-order mark there is no second guess; without one, a file neither UTF-8 nor GB18030 may
  // still be binary (NUL bytes decode as valid UTF-8 only when the rest is valid too).
  return bytes.includes(0) ? { ok: false, reason: 'binary', kind: 'binary' } : { ok: false, reason: 'unknownEncoding' };
}

import { describe, expect, it } from 'vitest';
import { fileVersion } from './datasetWorkerProtocol';

const response = (status: number, headers: Record<string, string>) => new Response(status === 204 ? null : 'x', { status, headers });

describe('fileVersion', () => {
  it('is the same for the whole file and a range of it, and differs once the file is replaced', () => {
    const whole = response(200, { 'Content-Length': '57541825', ETag: '"abc"', 'Last-Modified': 'Sun, 22 Nov 2026 15:22:00 GMT' });
    const half = response(206, { 'Content-Length': '28770913', 'Content-Range': 'bytes 28770912-57541824/57541825', ETag: '"abc"', 'Last-Modified': 'Sun, 22 Nov 2026 15:22:00 GMT' });
    expect(fileVersion(half)).toBe(fileVersion(whole));
    const replaced = response(206, { 'Content-Length': '28770913', 'Content-Range': 'bytes 28770912-57541824/57541825', ETag: '"def"', 'Last-Modified': 'Sun, 22 Nov 2026 15:22:00 GMT' });
    expect(fileVersion(replaced)).not.toBe(fileVersion(whole));
    const longer = response(206, { 'Content-Range': 'bytes 28770912-57541900/57541901' });
    expect(fileVersion(longer)).not.toBe(fileVersion(response(200, { 'Content-Length': '57541825' })));
  });
});

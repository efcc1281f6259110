/**
 * A small static file server on loopback for the benchmark: serves a built app folder as a static host
 * would (content types, byte ranges, no compression, no cache), so the measurement includes nothing a
 * real host lacks.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Files are read and sent a megabyte at a time. With Node's default of 64 KB, sending the national
 * observations.csv (57 MB) took the server 140 ms of CPU, on the same two cores as the browser it serves;
 * a real host serves from another machine, or with sendfile at next to no cost. A megabyte at a time
 * takes 50 ms.
 */
const READ_BYTES = 1 << 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to its base URL and a close function. With
 * `ranges: false` it answers range requests with the whole file, as some hosts do.
 */
export function serveStatic(root, { ranges = true } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Byte ranges (`Range: bytes=N-`), as any static host serves them: the app reads a large file in two halves.
      const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
      if (ranges && range && Number(range[1]) < size) {
        const start = Number(range[1]);
        response.writeHead(206, { 'Content-Type': type, 'Content-Length': size - start, 'Content-Range': `bytes ${start}-${size - 1}/${size}`, 'Cache-Control': 'no-store' });
        createReadStream(file, { start, highWaterMark: READ_BYTES }).pipe(response);
        return;
      }
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': size, ...(ranges ? { 'Accept-Ranges': 'bytes' } : {}), 'Cache-Control': 'no-store' });
      createReadStream(file, { highWaterMark: READ_BYTES }).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ baseUrl: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

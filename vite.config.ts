/// <reference types="vitest/config" />
import { cpSync, existsSync, readFileSync, statSync, watch } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { PUBLISHED_FILES } from './src/data/publishedDataset.ts';
import { checkFolder, publishedFiles } from './scripts/publishFolder.ts';
import { browserPolyfills } from './scripts/browserPolyfills.ts';
import { classicWorkers } from './scripts/classicWorkers.ts';
import { SYNTAX_TARGET } from './scripts/browserTargets.ts';

const dataDir = resolve(import.meta.dirname, 'data');
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
};

/** data/ validated and published (scripts/publishFolder.ts); the validator's errors when it does not pass. */
function publishData(): { files: Record<string, string | Uint8Array>; errors: string[] } {
  const checked = checkFolder(dataDir);
  return checked.errors.length > 0 ? { files: {}, errors: checked.errors } : { files: publishedFiles(checked), errors: [] };
}

/**
 * The curated data lives in data/ at the top of the project, not in public/. It is validated and
 * published (dataset.json, quotes.json, findings.json) when the dev server starts and whenever a file of
 * data/ changes, and when the app is built; nothing generated is committed. The page fetches the published
 * files and, when a figure is opened, the report texts of data/sources/, all under ./data/. A build of
 * data that does not pass the validator fails with its errors.
 */
function curatedData(): Plugin {
  let published: ReturnType<typeof publishData> | undefined;
  const current = () => (published ??= publishData());
  return {
    name: 'curated-data',
    configureServer(server) {
      // Vitest runs a server of its own, which serves no page.
      if (process.env.VITEST) return;
      const report = () => {
        for (const error of current().errors) server.config.logger.error(`data/: error ${error}`);
      };
      report();
      const watcher = watch(dataDir, { recursive: true }, () => {
        published = undefined;
        report();
      });
      server.httpServer?.on('close', () => watcher.close());
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        const at = path.indexOf('/data/');
        if (at === -1) return next();
        const name = path.slice(at + '/data/'.length);
        if (name in current().files) {
          response.setHeader('Content-Type', CONTENT_TYPES[extname(name)]);
          response.end(current().files[name]);
          return;
        }
        const file = normalize(join(dataDir, name));
        if (!name.startsWith('sources/') || !file.startsWith(dataDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    // The published dataset starts downloading while the page's scripts load.
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'preload', href: `./data/${PUBLISHED_FILES.dataset}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }],
    generateBundle() {
      const { files, errors } = publishData();
      if (errors.length > 0) this.error(`data/ does not pass the validator (npm run validate:data):\n${errors.map((error) => `error ${error}`).join('\n')}`);
      for (const [name, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
    writeBundle(options) {
      const outDir = options.dir ?? resolve(import.meta.dirname, 'dist');
      cpSync(join(dataDir, 'sources'), join(outDir, 'data', 'sources'), { recursive: true, filter: (source) => statSync(source).isDirectory() || source.endsWith('.txt') });
    },
  };
}

/**
 * The chunk that starts the dataset's load ("boot", below) gets a module script of its own, after the
 * polyfills' and before the app's: module scripts run in document order, each once its own imports have
 * arrived, so the load starts as soon as this small chunk has, not once React and ECharts have downloaded
 * and been evaluated. The app imports the same module, which runs once. The offline page, one chunk, has none.
 */
function bootFirst(): Plugin {
  return {
    name: 'boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item) => item.type === 'chunk');
        const boot = chunks.find((chunk) => chunk.name === 'boot');
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!boot || !entry) return html;
        const entryTag = `<script type="module" crossorigin src="./${entry.fileName}"></script>`;
        if (!html.includes(entryTag)) throw new Error(`boot-first: index.html has no ${entryTag}`);
        return html.replace(entryTag, () => `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    ${entryTag}`);
      },
    },
  };
}

/** The built page allows no inline script, no eval and no connection to another origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html only: the dev server needs an inline script for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), curatedData(), bootFirst(), contentSecurityPolicy(), classicWorkers(), browserPolyfills({ into: 'page' })],
  // Workers are built apart from the page: the same syntax target (build.target applies), as classic scripts
  // (Firefox 78 starts no module worker), each with the polyfills it needs in front (scripts/browserPolyfills.ts).
  worker: { format: 'iife', plugins: () => [classicWorkers(), browserPolyfills({ into: 'worker' })] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    // The browsers package.json's browserslist names (Chromium 83, Firefox 78 and newer): scripts/browserTargets.ts.
    target: SYNTAX_TARGET,
    cssTarget: SYNTAX_TARGET.filter((target) => !target.startsWith('es')),
    chunkSizeWarningLimit: 1200,
    // The libraries in chunks of their own: they change less often than the app, so a browser keeps them
    // across releases. What the overview may weigh is checked by `npm run size` (scripts/checkBundleSize.mjs).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What starts the dataset's load, with the modules it needs, evaluated before the libraries
            // (src/app/startDatasetLoad.ts; `npm run size` checks that it imports no other chunk).
            { name: 'boot', test: /src[\\/]app[\\/]startDatasetLoad\.ts$/ },
            // The line chart and its marks are the trend view's alone (features/trends), loaded with it.
            { name: 'echarts', test: /node_modules[\\/](?!echarts[\\/]lib[\\/](chart[\\/]line|component[\\/]marker)[\\/])(echarts|zrender|echarts-for-react|size-sensor)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});

/// <reference types="vitest/config" />
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { FRAME_FILES } from './src/data/frameFiles.ts';
import { browserPolyfills } from './scripts/browserPolyfills.ts';
import { classicWorkers } from './scripts/classicWorkers.ts';
import { SYNTAX_TARGET } from './scripts/browserTargets.ts';

const dataDir = resolve(import.meta.dirname, 'data');
const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The curated data lives in data/ at the top of the project, not in public/: it is served under
 * ./data/ in development and copied into the build, so the app fetches the very files the validator checks.
 */
function curatedData(): Plugin {
  return {
    name: 'curated-data',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        const at = path.indexOf('/data/');
        if (at === -1) return next();
        const file = normalize(join(dataDir, path.slice(at + '/data/'.length)));
        if (!file.startsWith(dataDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    // The small files start downloading while the page's scripts load (the page hands them to the worker).
    transformIndexHtml: () =>
      FRAME_FILES.map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
    writeBundle(options) {
      const outDir = options.dir ?? resolve(import.meta.dirname, 'dist');
      cpSync(dataDir, join(outDir, 'data'), {
        recursive: true,
        filter: (source) => statSync(source).isDirectory() || /\.(csv|txt)$/.test(source),
      });
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
  plugins: [react(), curatedData(), contentSecurityPolicy(), classicWorkers(), browserPolyfills({ into: 'page' })],
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
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/ },
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

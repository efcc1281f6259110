/** The Vite plugin of the offline build: folds the whole bundle and the published data into index.html. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { INLINE_DATA_ID, type InlineData } from '../src/data/inlineData';
import { buildSingleFileHtml, type PageFile } from './singleFileHtml';

export interface OfflineSingleFileOptions {
  /** The published files to embed, by path under data/ (see inlineData.ts). */
  data: InlineData;
  /** Where files the page names but the bundle lacks (the favicon) are read from. */
  publicDir: string;
}

/**
 * Runs after Vite has written index.html into the bundle. It stops the build rather than emit a page that
 * would need another file: a second chunk (dynamic import() does not work from file://), an asset left
 * beside the page, or a reference it cannot inline.
 */
export function offlineSingleFile({ data, publicDir }: OfflineSingleFileOptions): Plugin {
  return {
    name: 'offline-single-file',
    apply: 'build',
    enforce: 'post',
    // Last of all: Vite's own generateBundle hooks still rewrite the chunk (the preload markers of dynamic
    // imports); inlining it before them would freeze `__VITE_PRELOAD__` into the page.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return this.error('offline build: Vite wrote no index.html');
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        if (chunks.length !== 1) {
          return this.error(
            `offline build: expected one script chunk, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`,
          );
        }
        const readFile = (path: string): PageFile | undefined => {
          const item = bundle[path];
          if (item?.type === 'chunk') return { text: item.code };
          if (item) return typeof item.source === 'string' ? { text: item.source } : { bytes: item.source };
          const file = normalize(join(publicDir, path));
          return file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile()
            ? { bytes: readFileSync(file) }
            : undefined;
        };
        const html = typeof page.source === 'string' ? page.source : Buffer.from(page.source).toString('utf8');
        const single = buildSingleFileHtml({ html, readFile, dataId: INLINE_DATA_ID, data });
        page.source = single.html;
        for (const path of single.inlined) delete bundle[path];
        const left = Object.keys(bundle).filter((path) => path !== 'index.html');
        if (left.length > 0) this.error(`offline build: files left beside index.html: ${left.join(', ')}`);
        if (single.html.includes('__VITE_PRELOAD__'))
          this.error('offline build: a dynamic import was inlined unresolved');
      },
    },
  };
}

/**
 * The polyfills of a build, chosen from the code it emits (scripts/selectPolyfills.ts) and bundled, with
 * core-js, into one classic script that runs before that code:
 *
 *   'page'   (the served app): what the page's chunks and its workers need, in one file,
 *            assets/polyfills-<hash>.js, loaded by a module script placed before the app's, so it runs first
 *            (module scripts run in document order);
 *   'worker' (each worker's build, under 'page'): the worker starts with importScripts() of that same file,
 *            which the browser has already fetched for the page;
 *   'inline' (the offline page): put in front of the one chunk, which imports nothing.
 */
import { createHash } from 'node:crypto';
import { posix, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { BROWSERS, CORE_JS_VERSION, SYNTAX_TARGET } from './browserTargets.ts';
import { modulesTheBrowsersLack, selectPolyfills } from './selectPolyfills.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CANDIDATES = modulesTheBrowsersLack(BROWSERS, CORE_JS_VERSION);
const ENTRY = '\0browser-polyfills';

/** One bundle per set of modules, shared by the builds of one process (the workers need the same ones). */
const bundles = new Map<string, Promise<string>>();

/** Bundles core-js's `modules` into one minified classic script; empty when there are none. */
export function bundlePolyfills(modules: string[]): Promise<string> {
  if (modules.length === 0) return Promise.resolve('');
  const key = modules.join(' ');
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = build({
      configFile: false,
      envDir: false,
      root: ROOT,
      publicDir: false,
      logLevel: 'warn',
      plugins: [
        {
          name: 'browser-polyfills-entry',
          resolveId: (id) => (id === ENTRY ? ENTRY : null),
          load: (id) => (id === ENTRY ? modules.map((module) => `import 'core-js/modules/${module}.js';`).join('\n') : null),
        },
      ],
      build: {
        write: false,
        target: SYNTAX_TARGET,
        rolldownOptions: { input: ENTRY, output: { format: 'iife' } },
      },
    }).then((output) => {
      const [result] = Array.isArray(output) ? output : [output];
      if (!('output' in result)) throw new Error('polyfills: the build did not return its output');
      return `/* core-js ${CORE_JS_VERSION}: ${key} */\n${result.output[0].code}`;
    });
    bundles.set(key, bundle);
  }
  return bundle;
}

/**
 * What a worker's first statement loads until the page's build knows the polyfill file's name, and how it
 * reads once minified (the quotes and the `;` may change).
 */
const WORKER_PLACEHOLDER = 'importScripts("\\0browser-polyfills");';
const MINIFIED_PLACEHOLDER = /^importScripts\((["'`])\\0browser-polyfills\1\)([,;]?)/;
/** The code of the workers built for the current page build (workers are built during the page's build). */
const workerCodes: string[] = [];

/** Adds the polyfills the emitted code needs, before that code (see the top of this file). */
export function browserPolyfills({ into }: { into: 'page' | 'worker' | 'inline' }): Plugin[] {
  const pageCodes: string[] = [];
  let fileName: string | undefined;
  const adds: Plugin = {
    name: 'browser-polyfills',
    apply: 'build',
    buildStart() {
      if (into !== 'page') return;
      workerCodes.length = 0;
      pageCodes.length = 0;
      fileName = undefined;
    },
    renderChunk: {
      order: 'post',
      async handler(code, chunk) {
        if (into === 'page') {
          pageCodes.push(code);
          return null;
        }
        if (!chunk.isEntry) return null;
        if (chunk.imports.length > 0) this.error(`polyfills: ${chunk.fileName} imports other chunks, which would run first`);
        if (into === 'worker') {
          workerCodes.push(code);
          return { code: `${WORKER_PLACEHOLDER}\n${code}`, map: null };
        }
        const polyfills = await bundlePolyfills(selectPolyfills([code], CANDIDATES));
        return polyfills ? { code: `${polyfills}\n${code}`, map: null } : null;
      },
    },
    generateBundle: {
      order: 'pre',
      async handler() {
        if (into !== 'page') return;
        const polyfills = await bundlePolyfills(selectPolyfills([...pageCodes, ...workerCodes], CANDIDATES));
        if (!polyfills) return;
        const hash = createHash('sha256').update(polyfills).digest('base64url').slice(0, 8);
        fileName = `assets/polyfills-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source: polyfills });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!fileName) return html;
        const tag = `<script type="module" crossorigin src="./${fileName}"></script>`;
        if (!html.includes('<script type="module"')) throw new Error('polyfills: index.html has no module script to go before');
        return html.replace('<script type="module"', () => `${tag}\n    <script type="module"`);
      },
    },
  };
  // Vite adds the workers to the page's bundle in its own generateBundle: each then gets the file's name,
  // relative to its own place, or loses the placeholder when nothing needs a polyfill.
  const fillsWorkers: Plugin = {
    name: 'browser-polyfills-workers',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (into !== 'page') return;
        for (const item of Object.values(bundle)) {
          if (item.type !== 'asset' || typeof item.source !== 'string') continue;
          const file = fileName && JSON.stringify(posix.relative(posix.dirname(item.fileName), fileName));
          item.source = item.source.replace(MINIFIED_PLACEHOLDER, (_call, _quote, end: string) => (file ? `importScripts(${file})${end}` : ''));
        }
      },
    },
  };
  return [adds, fillsWorkers];
}


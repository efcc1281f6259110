/**
 * `npm run build:offline`: writes dist-offline/index.html, one self-contained page (script, styles, favicon
 * and the published data with its report texts inlined) that works opened from a USB stick or a file share (file://) with no
 * network. It reuses vite.config.ts but drops the plugins that copy data/ and set the served page's CSP.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, loadConfigFromFile, type Plugin, type PluginOption } from 'vite';
import { readDatasetTexts } from './readDatasetTexts';
import { offlineSingleFile } from './offlineSingleFile';
import { checkFolder, publishedFiles } from './publishFolder';
import { browserPolyfills } from './browserPolyfills';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'dist-offline');
/** Plugins of vite.config.ts that belong to the served build only (the polyfills go inline here instead). */
const SERVED_ONLY = new Set(['curated-data', 'content-security-policy', 'browser-polyfills', 'browser-polyfills-workers']);

async function flattenPlugins(option: PluginOption): Promise<Plugin[]> {
  const resolved = await option;
  if (!resolved) return [];
  if (Array.isArray(resolved)) return (await Promise.all(resolved.map(flattenPlugins))).flat();
  return [resolved];
}

/**
 * A worker is a second file, which a page opened from file:// cannot start. The offline build replaces each
 * `new Worker(new URL(…))` by a throw before Vite turns it into a chunk; every call site already catches
 * that and does the work on the page instead.
 */
function noWorkers(): Plugin {
  return {
    name: 'offline-no-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      const replaced = code.replace(
        /new Worker\(\s*new URL\([^)]*\)\s*(,\s*\{[^}]*\})?\s*\)/g,
        "(() => { throw new Error('workers cannot start from a file:// page'); })()",
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

// The published form of data/, as the served build has it, with every report text: the page reads it all from inside.
const checked = checkFolder(join(ROOT, 'data'));
if (checked.errors.length > 0) throw new Error(`data/ does not pass the validator:\n${checked.errors.map((error) => `error ${error}`).join('\n')}`);
// A JSON file is embedded parsed, an observation column's bytes in base64 (readInlineData's two forms).
const data: Record<string, unknown> = Object.fromEntries(Object.entries(publishedFiles(checked)).map(([name, file]) => [name, typeof file === 'string' ? JSON.parse(file) : Buffer.from(file).toString('base64')]));
for (const [name, text] of Object.entries(readDatasetTexts(join(ROOT, 'data')).sources)) data[`sources/${name}`] = text;

const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'));
if (!loaded) throw new Error('vite.config.ts not found');
const { plugins: configPlugins = [], ...config } = loaded.config;
// The Vitest options are not Vite's; the served build's plugin list is replaced below.
delete (config as { test?: unknown }).test;
const plugins = (await flattenPlugins(configPlugins)).filter((plugin) => !SERVED_ONLY.has(plugin.name));

await build({
  ...config,
  configFile: false,
  root: ROOT,
  mode: 'production',
  plugins: [
    noWorkers(),
    ...plugins,
    // In front of the one script, so the page still has one inline script, the one its CSP names.
    ...browserPolyfills({ into: 'inline' }),
    offlineSingleFile({ data, publicDir: join(ROOT, 'public') }),
  ],
  build: {
    ...config.build,
    outDir: OUT_DIR,
    emptyOutDir: true,
    copyPublicDir: false,
    cssCodeSplit: false,
    modulePreload: false,
    assetsInlineLimit: () => true,
    // dynamic import() cannot load a second file from file://, so every lazily loaded screen joins the one chunk.
    rolldownOptions: { ...config.build?.rolldownOptions, output: { codeSplitting: false } },
  },
});

// The plugin checks the bundle; this checks the disk, where another plugin's writeBundle could still add files.
const written = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((path) =>
  statSync(join(OUT_DIR, path)).isFile(),
);
if (written.length !== 1 || written[0] !== 'index.html')
  throw new Error(`dist-offline/ should hold index.html only, not ${written.join(', ')}`);
const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
if (html.match(/http-equiv="Content-Security-Policy"/g)?.length !== 1)
  throw new Error('dist-offline/index.html should carry exactly one CSP');
const kib = (Buffer.byteLength(html) / 1024).toFixed(0);
console.log(
  `${relative(process.cwd(), join(OUT_DIR, 'index.html'))}: one self-contained file, ${kib} KiB; open it from disk, no server needed`,
);

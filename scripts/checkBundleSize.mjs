/**
 * `npm run size`: the bundle budget. Reads a build (default dist/) and sums, gzip and brotli, the JavaScript
 * the overview needs before it can draw: the entry script and every chunk it imports statically, plus the
 * dataset worker and its imports (the overview has no data without it). Screens loaded on demand (report
 * viewer, data table, presentation, file upload, exports) are listed apart and not counted. Exits 1 when
 * the overview's JavaScript is over budget.
 *
 *   node scripts/checkBundleSize.mjs [DIST] [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The overview's JavaScript may weigh this much, gzip (400 KB). */
export const OVERVIEW_JS_GZIP_BUDGET = 400 * 1024;

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The chunks `file` imports statically (not `import()`), and theirs, in assets/. */
function staticClosure(assets, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) staticClosure(assets, match[1].slice(2), seen);
  return seen;
}

/** Measures a build folder: the overview's JS and CSS, the worker, and everything loaded on demand. */
export function measureBundle(dist = 'dist') {
  const root = resolve(dist);
  const assets = join(root, 'assets');
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
  const all = readdirSync(assets);
  // The dataset worker, and the second reader it starts for a large observations.csv.
  const workers = all.filter((name) => /^(datasetWorker|observationPartWorker)-.*\.js$/.test(name));
  const initial = new Set();
  for (const entry of entries) staticClosure(assets, entry, initial);
  const worker = new Set();
  for (const name of workers) staticClosure(assets, name, worker);
  const overview = new Set([...initial, ...worker]);
  const measured = Object.fromEntries(all.map((name) => [name, sizes(readFileSync(join(assets, name)))]));
  const total = (names) => [...names].reduce((sum, name) => ({ raw: sum.raw + measured[name].raw, gzip: sum.gzip + measured[name].gzip, brotli: sum.brotli + measured[name].brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const onDemand = all.filter((name) => !overview.has(name) && !css.includes(name));
  return {
    initialJs: total(initial),
    initialCss: total(css),
    workerJs: total(worker),
    overviewJs: total(overview),
    onDemand: Object.fromEntries(onDemand.map((name) => [name, measured[name]])),
    files: { initial: [...initial], worker: [...worker], css },
    budgetGzip: OVERVIEW_JS_GZIP_BUDGET,
  };
}

/**
 * The chunks the "boot" chunk (what starts the dataset's load, vite.config.ts) imports: it is evaluated
 * before the libraries, so it must import none. A module it needs left out of its group would land in
 * another chunk, and the boot chunk would then wait for that chunk or, in a cycle with the entry, run
 * before it. Empty when all is well; null when the build has no boot chunk.
 */
export function bootChunkImports(dist = 'dist') {
  const assets = join(resolve(dist), 'assets');
  const boot = readdirSync(assets).find((name) => /^boot-.*\.js$/.test(name));
  if (!boot) return null;
  return [...readFileSync(join(assets, boot), 'utf8').matchAll(STATIC_IMPORT)].map((match) => match[1].slice(2));
}

/**
 * Whether index.html loads the boot chunk with a module script of its own before the app's (vite.config.ts,
 * `bootFirst`), so the dataset's load starts without waiting for the libraries to arrive and be evaluated.
 */
export function bootStartsFirst(dist = 'dist') {
  const html = readFileSync(join(resolve(dist), 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.\/assets\/([^"]+)"/g)].map((match) => match[1]);
  const boot = scripts.findIndex((name) => /^boot-.*\.js$/.test(name));
  const entry = scripts.findIndex((name) => /^index-.*\.js$/.test(name));
  return boot !== -1 && boot < entry;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const report = measureBundle(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    const row = (label, size) => console.log(`${label.padEnd(44)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)} ${kb(size.brotli).padStart(10)}`);
    console.log(`${''.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
    row('initial JS (entry + static imports)', report.initialJs);
    row('dataset workers JS', report.workerJs);
    row('overview JS (the two together)', report.overviewJs);
    row('initial CSS', report.initialCss);
    for (const [name, size] of Object.entries(report.onDemand)) row(`  on demand: ${name}`, size);
  }
  const over = report.overviewJs.gzip > OVERVIEW_JS_GZIP_BUDGET;
  console.log(`${over ? 'OVER BUDGET' : 'within budget'}: overview JS ${kb(report.overviewJs.gzip)} gzip, budget ${kb(OVERVIEW_JS_GZIP_BUDGET)}`);
  const bootImports = bootChunkImports(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  const bootWrong = bootImports === null || bootImports.length > 0;
  if (bootWrong) console.log(bootImports === null ? 'NO BOOT CHUNK: the dataset load would start after the libraries' : `BOOT CHUNK IMPORTS ${bootImports.join(', ')}: add their modules to its group in vite.config.ts`);
  const bootLate = !bootWrong && !bootStartsFirst(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  if (bootLate) console.log("BOOT CHUNK NOT STARTED FIRST: index.html should load it with a module script of its own before the app's (vite.config.ts)");
  process.exit(over || bootWrong || bootLate ? 1 : 0);
}

/**
 * `npm run bench [-- --out FILE] [--runs N] [--samples N] [--districts N] [--no-lighthouse]`
 *
 * The national-scale benchmark: generates the synthetic dataset (fixed seed; bench/generateNational.mjs),
 * publishes it (`npm run data:publish`), builds the app with it in place of data/, serves the build on loopback and drives headless Chromium
 * (playwright-core, system browser) through `--runs` fresh loads. Reports medians over the runs: load
 * times, long tasks, heap, the 95th percentile of filter-change and source-panel latencies, the bundle
 * sizes, and a plain PapaParse parse of the same files in Node as the floor the load is compared with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromePath } from '../test/e2e/harness.mjs';
import { measureBundle } from '../scripts/checkBundleSize.mjs';
import { browserRun } from './browserRun.mjs';
import { ensureNational, YEARS } from './generateNational.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { PROVINCES } from './nationalPlaces.mjs';
import { measureParseFloor } from './parseFloor.mjs';
import { median, p95, printReport, TARGETS } from './report.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 5));
const samples = Number(option('--samples', 12));
const districts = Number(option('--districts', 2850));
const out = option('--out');
const work = resolve(option('--work', join(tmpdir(), 'fazhi-bench')));

console.log(`Generating the national dataset (${districts} districts) …`);
const dataDir = join(work, districts === 2850 ? 'national' : `national-${districts}`);
const manifest = ensureNational({ dir: dataDir, districts });
// Published as `npm run data:publish` would (kept while the generated data is unchanged).
const publishedDir = `${dataDir}-published`;
const publishedFile = join(publishedDir, 'dataset.json');
// Published again when the page reads another format than the one published (src/data/publishedDataset.ts).
const format = Number(/PUBLISHED_FORMAT = (\d+)/.exec(readFileSync(new URL('../src/data/publishedDataset.ts', import.meta.url), 'utf8'))?.[1]);
const publishedFormat = () => JSON.parse(readFileSync(publishedFile, 'utf8')).format;
if (!existsSync(publishedFile) || statSync(publishedFile).mtimeMs < statSync(join(dataDir, 'observations.csv')).mtimeMs || publishedFormat() !== format) {
  console.log('Publishing it …');
  rmSync(publishedDir, { recursive: true, force: true });
  const published = spawnSync('npx', ['tsx', 'scripts/publishData.ts', '--dir', dataDir, '--out', publishedDir], { stdio: 'inherit' });
  if (published.status !== 0) throw new Error('the national dataset did not publish');
}

console.log('Building the app …');
const appDir = join(work, 'app');
await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
const sizes = measureBundle(appDir);
// The build carries the curated data; the benchmark serves the published national dataset in its place.
rmSync(join(appDir, 'data'), { recursive: true, force: true });
symlinkSync(publishedDir, join(appDir, 'data'), 'dir');

// Districts whose profiles are timed: spread over the dataset (admin codes are the reports' third column).
const codes = [...new Set(readFileSync(join(dataDir, 'reports.csv'), 'utf8').split('\n').slice(1).map((line) => line.split(',')[2]).filter(Boolean))];
const profileDistricts = Array.from({ length: samples + 1 }, (_, i) => codes[Math.floor((i * codes.length) / (samples + 1))]);

const { serveStatic } = await import('./serveStatic.mjs');
const server = await serveStatic(appDir);
const browser = await chromium.launch({
  executablePath: chromePath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const chromiumVersion = browser.version();
const results = [];
// The floor is timed run by run, just before each load: a shared machine's speed drifts over minutes, and
// timed apart the floor and the loads could each meet a different machine.
const floorRuns = [];
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`Run ${run} of ${runs}: a plain PapaParse parse in Node, then the app …`);
    floorRuns.push(...measureParseFloor(dataDir, 1));
    const provinces = PROVINCES.map(([name]) => name).filter((_, i) => i % 7 === 3);
    results.push(await browserRun(browser, server.baseUrl, { samples, provinces, years: YEARS, districts: profileDistricts }));
  }
} finally {
  await browser.close();
  await server.close();
}

let lighthouse = { score: null, reason: 'skipped (--no-lighthouse)' };
if (!args.includes('--no-lighthouse')) {
  console.log('Lighthouse on the build with the curated data …');
  const curatedDir = join(work, 'app-curated');
  mkdirSync(curatedDir, { recursive: true });
  await build({ logLevel: 'warn', build: { outDir: curatedDir, emptyOutDir: true } });
  lighthouse = await runLighthouse(curatedDir);
}

const perRun = (pick) => results.map(pick).filter((value) => value !== null && value !== undefined);
const latencies = (kind) => results.map((result) => p95(result.filters[kind].filter((v) => v !== null)));
const allFilters = (result) => Object.values(result.filters).flat().filter((v) => v !== null);
const report = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtEnd: loadavg(), node: process.version, chromium: chromiumVersion },
  dataset: manifest,
  runs,
  samplesPerKind: samples,
  observations: manifest.observations,
  loadMs: median(perRun((r) => r.load.loadMs)),
  firstChartMs: median(perRun((r) => r.load.firstChartMs)),
  parseMs: median(perRun((r) => r.load.parseMs)),
  fetchMs: median(perRun((r) => r.load.fetchMs)),
  parseFloorMs: median(floorRuns),
  longestTaskMs: median(perRun((r) => r.load.longestTaskMs)),
  longestTaskToChartsMs: median(perRun((r) => r.load.longestTaskToChartsMs)),
  heapMB: median(perRun((r) => r.load.heapMB)),
  filterP95Ms: median(results.map((r) => p95(allFilters(r)))),
  filterP95ByKindMs: Object.fromEntries(['year', 'province', 'perCapita', 'indicator'].map((kind) => [kind, median(latencies(kind))])),
  panelP95Ms: median(results.map((r) => p95(r.panel.filter((v) => v !== null)))),
  panelMedianMs: median(results.flatMap((r) => r.panel.filter((v) => v !== null))),
  profileP95Ms: median(results.map((r) => p95(r.profile.filter((v) => v !== null)))),
  profileMedianMs: median(results.flatMap((r) => r.profile.filter((v) => v !== null))),
  profileFirstMs: median(perRun((r) => r.profileFirst)),
  overviewJsGzipBytes: sizes.overviewJs.gzip,
  overviewJsBrotliBytes: sizes.overviewJs.brotli,
  initialJsGzipBytes: sizes.initialJs.gzip,
  initialJsBrotliBytes: sizes.initialJs.brotli,
  initialCssGzipBytes: sizes.initialCss.gzip,
  initialCssBrotliBytes: sizes.initialCss.brotli,
  workerJsGzipBytes: sizes.workerJs.gzip,
  lighthouse,
  targets: TARGETS,
  raw: { floorRuns, results: results.map(({ load, filters, panel, profile, profileFirst, errors }) => ({ load, filters, panel, profile, profileFirst, errors })) },
};
report.loadToFloorRatio = report.loadMs / report.parseFloorMs;
// Each load against the floor timed just before it: steadier than the ratio of the medians when the
// machine's speed drifts.
report.loadToFloorPerRunMedian = median(results.map((result, i) => result.load.loadMs / floorRuns[i]));
printReport(report);
if (out) {
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`JSON report written to ${out}`);
}

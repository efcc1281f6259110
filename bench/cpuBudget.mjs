/**
 * `node bench/cpuBudget.mjs [APP_DIR] [--runs N]`: how much CPU time one load of the national dataset
 * takes, all threads of all Chromium processes and the static server together, and so how fast the load
 * could be on this machine's cores if every one of them were busy all along (CPU time ÷ cores).
 *
 * Linux only (it reads /proc). APP_DIR is a build with the national dataset in data/; `npm run bench`
 * leaves one in the bench's work folder (default $TMPDIR/fazhi-bench/app). A warm-up load comes first.
 * The server runs in this process, so its share is this process's CPU time less the driver's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../test/e2e/harness.mjs';
import { serveStatic } from './serveStatic.mjs';

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const appDir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs') ?? join(tmpdir(), 'fazhi-bench', 'app');
// Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux).
const TICKS_PER_SECOND = 100;

/** Seconds of CPU each process has used so far (all its threads, those ended included), by process kind. */
function cpuByProcess() {
  const found = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let words;
    let stat;
    try {
      words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    let kind;
    if (Number(pid) === process.pid) kind = 'static server and this driver';
    else if (/chrom/.test(words[0] ?? '')) {
      const type = words.find((word) => word.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
      const service = words.find((word) => word.startsWith('--utility-sub-type='))?.split('.').pop();
      kind = `Chromium ${service ? `${type} (${service})` : type}`;
    } else continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.set(pid, { kind, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
  }
  return found;
}

const server = await serveStatic(appDir);
const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
const totals = new Map();
const loads = [];
try {
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(readFileSync(new URL('./instrument.js', import.meta.url), 'utf8'));
    const before = cpuByProcess();
    await page.goto(server.baseUrl);
    await page.waitForFunction(() => window.__bench.allCharts !== null, null, { timeout: 180_000, polling: 50 });
    const after = cpuByProcess();
    const loadMs = await page.evaluate(() => window.__bench.allCharts);
    await context.close();
    if (run === 0) continue; // the warm-up
    loads.push(loadMs);
    for (const [pid, { kind, seconds }] of after) totals.set(kind, (totals.get(kind) ?? 0) + seconds - (before.get(pid)?.seconds ?? 0));
  }
} finally {
  await browser.close();
  await server.close();
}

const cores = cpus().length;
const perLoad = [...totals].map(([kind, seconds]) => [kind, (seconds * 1000) / runs]).sort((a, b) => b[1] - a[1]);
const total = perLoad.reduce((sum, [, ms]) => sum + ms, 0);
const sorted = [...loads].sort((a, b) => a - b);
console.log(`CPU time per load, mean of ${runs} loads (after a warm-up), ${cores} cores:`);
for (const [kind, ms] of perLoad) if (ms >= 5) console.log(`  ${String(Math.round(ms)).padStart(6)} ms  ${kind}`);
console.log(`  ${String(Math.round(total)).padStart(6)} ms  in all`);
console.log(`Load (all charts drawn), median: ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms`);
console.log(`CPU time ÷ cores: ${Math.round(total / cores)} ms, the shortest load these cores could give this work`);

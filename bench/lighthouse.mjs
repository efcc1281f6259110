/**
 * Lighthouse (desktop preset, performance only) on a build with the curated data, run through its command
 * line with the system Chromium. Lighthouse is not a dependency of the project (it is large, and version 13
 * needs Node 22): it is found in node_modules, or in the folder LIGHTHOUSE_DIR names
 * (`npm install --prefix /tmp/lh lighthouse@12`). Without it the report says why there is no score.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromePath } from '../test/e2e/harness.mjs';
import { serveStatic } from './serveStatic.mjs';

const CLI = 'node_modules/lighthouse/cli/index.js';

/** Where the Lighthouse command line is, or undefined. */
function findCli() {
  const places = [process.env.LIGHTHOUSE_DIR, '.'].filter(Boolean).map((dir) => resolve(dir, CLI));
  return places.find((place) => existsSync(place));
}

/** Returns `{ score, reason, … }`: the performance score 0–1 and its main metrics, or null and why not. */
export async function runLighthouse(dir) {
  const cli = findCli();
  if (!cli) return { score: null, reason: 'lighthouse is not installed: npm install --prefix /tmp/lh lighthouse@12, then LIGHTHOUSE_DIR=/tmp/lh npm run bench' };
  const server = await serveStatic(dir);
  const out = mkdtempSync(join(tmpdir(), 'fazhi-lighthouse-'));
  try {
    const report = join(out, 'report.json');
    await promisify(execFile)(
      process.execPath,
      [cli, server.baseUrl, '--preset=desktop', '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', `--output-path=${report}`, '--quiet'],
      { env: { ...process.env, CHROME_PATH: chromePath() }, timeout: 300_000 },
    );
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      score: lhr.categories.performance.score,
      reason: lhr.runtimeError?.message ?? null,
      lighthouseVersion: lhr.lighthouseVersion,
      firstContentfulPaintMs: metric('first-contentful-paint'),
      largestContentfulPaintMs: metric('largest-contentful-paint'),
      totalBlockingTimeMs: metric('total-blocking-time'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    };
  } catch (error) {
    return { score: null, reason: `lighthouse failed: ${error.message.split('\n')[0]}` };
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Lighthouse (desktop preset, performance only) on a build with the curated data, when the `lighthouse`
 * package can be loaded; otherwise the reason it could not run, so the report says so instead of a score.
 */
import { chromePath } from '../test/e2e/harness.mjs';
import { serveStatic } from './serveStatic.mjs';

/** Returns `{ score, reason }`: the performance score 0–1, or null and why not. */
export async function runLighthouse(dir) {
  let lighthouse;
  let launcher;
  try {
    ({ default: lighthouse } = await import('lighthouse'));
    launcher = await import('chrome-launcher');
  } catch (error) {
    return { score: null, reason: `the lighthouse package is not installed (${error.code ?? error.message}); npm install --no-save lighthouse to measure` };
  }
  const server = await serveStatic(dir);
  let chrome;
  try {
    chrome = await launcher.launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    const result = await lighthouse(server.baseUrl, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, (await import('lighthouse/core/config/desktop-config.js')).default);
    const audits = result.lhr.audits;
    return {
      score: result.lhr.categories.performance.score,
      reason: null,
      firstContentfulPaintMs: audits['first-contentful-paint']?.numericValue ?? null,
      largestContentfulPaintMs: audits['largest-contentful-paint']?.numericValue ?? null,
      totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? null,
      speedIndexMs: audits['speed-index']?.numericValue ?? null,
      lighthouseVersion: result.lhr.lighthouseVersion,
    };
  } catch (error) {
    return { score: null, reason: `lighthouse failed: ${error.message}` };
  } finally {
    await chrome?.kill();
    await server.close();
  }
}

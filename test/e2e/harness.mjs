// Shared set-up for the browser tests: serve the built app on loopback and drive the system Chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

/** Finds Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`Chromium not found (tried ${candidates.join(', ')}); install Debian's chromium or set CHROME_PATH`);
  return found;
}

/** Serves dist/ with vite preview on a free loopback port; returns its base URL and a close function. */
export async function serveBuild() {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  return { baseUrl: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * Opens a page that records console errors, page errors and every request's origin, so a test can
 * assert that nothing failed and nothing left the local server.
 */
export async function openPage(browser, viewport = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on('console', (message) => message.type() === 'error' && record.errors.push(message.text()));
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  return { page, context, record };
}

/** Waits until the app has drawn its charts (or the screen has rendered without any). */
export async function waitForApp(page) {
  await page.waitForSelector('main h2', { timeout: 15000 });
  await page.waitForTimeout(300);
}

/** Waits until every chart card on the screen has drawn its chart (charts are drawn one by one, in a queue). */
export async function waitForCharts(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart-card:not(.chart-empty)')].every((card) => card.querySelector('.echart svg')),
    undefined,
    { timeout: 20000 },
  );
}

/**
 * Serves dist/ and launches Chromium once for a test file (before its first test, closed after the
 * last): `app.server.baseUrl` and `app.browser` are there from the first test on.
 */
export function withServedApp() {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serveBuild();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Gives the page's file input files made in the page, as if picked: each `{ name, head, body, times, tail }`
 * becomes head + body × times (once by default) + tail, UTF-8 (or `bytes`, an array of byte values, as is). Large files made
 * this way do not cross the DevTools protocol, which takes many seconds for megabytes.
 */
export async function pickMadeFiles(page, files, selector = 'input[type="file"]') {
  await page.locator(selector).evaluate((input, specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const parts = spec.bytes ? [new Uint8Array(spec.bytes)] : [spec.head ?? '', ...Array(spec.times ?? 1).fill(spec.body ?? ''), spec.tail ?? ''];
      transfer.items.add(new File(parts, spec.name, { type: 'text/plain' }));
    }
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, files);
}

/** Clicks the largest bar of a ranking chart (ranked first, drawn at the top); `scope` narrows the chart's place. */
export async function clickTopBar(page, chartId, scope = '') {
  // Charts are drawn one by one, each in its turn of the chart queue: the chart may still be on its way.
  const handle = await page
    .waitForFunction(
      (selector) => {
        const bars = [...document.querySelectorAll(selector)]
          .filter((path) => path.getAttribute('fill') === '#0072B2')
          .map((path) => path.getBoundingClientRect())
          .filter((rect) => rect.width > 2 && rect.height > 2)
          .sort((a, b) => a.top - b.top);
        return bars[0] ? { x: bars[0].left + bars[0].width / 2, y: bars[0].top + bars[0].height / 2 } : null;
      },
      `${scope} [data-chart="${chartId}"] svg path`.trim(),
      { timeout: 10_000 },
    )
    .catch(() => null);
  const box = handle && (await handle.jsonValue());
  assert.ok(box, `no bar found in chart ${chartId}`);
  await page.mouse.click(box.x, box.y);
}

// The built app and the offline file on what Chromium 83 has: the newer built-ins it lacks are deleted before
// any script runs, in the page (an init script) and in its workers (their scripts are served with the
// deletions in front). Every route, a drill-down, an upload and the offline file work with no console error;
// and when the app's script cannot start, the page says which browsers work instead of staying blank.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clickTopBar, openPage, waitForApp, withServedApp } from './harness.mjs';

/** Deletes what Chromium 83 lacks (Firefox 78 lacks fewer): runs first in the page and in each worker. */
const MISSING_IN_CHROMIUM_83 = `(() => {
  const scope = typeof globalThis === 'object' ? globalThis : self;
  const typedArray = Object.getPrototypeOf(Int8Array.prototype);
  const remove = (owner, names) => names.forEach((name) => { if (owner) delete owner[name]; });
  remove(Array.prototype, ['at', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced', 'with']);
  remove(typedArray, ['at', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'with']);
  remove(String.prototype, ['at', 'replaceAll', 'isWellFormed', 'toWellFormed']);
  remove(Object, ['hasOwn', 'groupBy']);
  remove(Map, ['groupBy']);
  remove(Array, ['fromAsync']);
  remove(Promise, ['any', 'withResolvers', 'try']);
  remove(Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']);
  remove(scope, ['structuredClone', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'Iterator']);
  remove(Intl, ['Segmenter']);
  if (typeof Element === 'function') remove(Element.prototype, ['replaceChildren']);
  if (typeof crypto === 'object') remove(Object.getPrototypeOf(crypto), ['randomUUID']);
  if (typeof AbortSignal === 'function') remove(AbortSignal, ['timeout', 'any']);
})();
`;

const OFFLINE_PAGE = pathToFileURL(fileURLToPath(new URL('../../dist-offline/index.html', import.meta.url))).href;
const VALID_FILES = ['valid-reports.csv', '2021-test-demo-shiyan.txt', 'valid-observations.csv'].map((name) =>
  fileURLToPath(new URL(`../fixtures/bad-input/${name}`, import.meta.url)),
);
const ROUTES = ['#/', '#/reconsideration', '#/litigation', '#/mediation', '#/training', '#/data', '#/files', '#/reports/2020-guizhou-qianxinan-xingyi'];

const app = withServedApp();

/** A page on what Chromium 83 has; `served.workers` counts the worker scripts served with the deletions. */
async function openOldPage() {
  const opened = await openPage(app.browser);
  opened.served = { workers: 0 };
  await opened.context.addInitScript({ content: MISSING_IN_CHROMIUM_83 });
  await opened.context.route(/\/assets\/[^/]*worker[^/]*\.js$/i, async (route) => {
    const response = await route.fetch();
    opened.served.workers++;
    await route.fulfill({ response, body: MISSING_IN_CHROMIUM_83 + (await response.text()) });
  });
  return opened;
}

/** Clicks the largest bar of a ranking chart and waits for its source quote. */
async function drillDown(page, chartId) {
  await clickTopBar(page, chartId);
  await page.locator('.source-panel blockquote mark').waitFor();
}

describe('the app on what Chromium 83 has', () => {
  it('deletes the newer built-ins in the page before its scripts run', async () => {
    const { page, context } = await openOldPage();
    await page.goto(app.server.baseUrl);
    await waitForApp(page);
    assert.deepEqual(await page.evaluate(() => [typeof WeakRef, typeof structuredClone, typeof Promise.any]), ['undefined', 'undefined', 'undefined']);
    await context.close();
  });

  for (const route of ROUTES) {
    it(`renders ${route} without console errors`, async () => {
      const { page, context, record } = await openOldPage();
      await page.goto(app.server.baseUrl + route);
      await waitForApp(page);
      assert.equal(await page.locator('.screen-error').count(), 0, 'the screen shows an error');
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }

  it('presents, drills down from a bar to its quote, and loads files in a worker, without console errors', async () => {
    const { page, context, record, served } = await openOldPage();
    await page.goto(`${app.server.baseUrl}#/present`);
    await page.waitForSelector('.slide');
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await drillDown(page, 'mediation_cases');
    assert.match(await page.locator('.source-panel blockquote mark').innerText(), /2291/);
    const workersBefore = served.workers;
    await page.goto(`${app.server.baseUrl}#/files`);
    await waitForApp(page);
    await page.setInputFiles('input[type="file"]', VALID_FILES);
    await page.locator('.user-files th', { hasText: 'valid-observations.csv' }).waitFor({ timeout: 20000 });
    assert.match(await page.locator('.user-files tr', { hasText: 'valid-observations.csv' }).innerText(), /已载入 7 行/);
    assert.ok(served.workers > workersBefore, 'the files were not read in a worker served with the deletions');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('opens the offline file and drills down without console errors', async () => {
    const { page, context, record } = await openOldPage();
    await page.goto(`${OFFLINE_PAGE}#/mediation`);
    await waitForApp(page);
    await drillDown(page, 'mediation_cases');
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('the message for a browser too old to start the app', () => {
  const entry = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), 'utf8').match(
    /<script type="module" crossorigin src="\.\/(assets\/index-[^"]+\.js)"/,
  )?.[1];

  it("names the browsers that work when the app's script cannot start", async () => {
    assert.ok(entry, "dist/index.html has no app script");
    const { page, context } = await openPage(app.browser);
    await context.route(`**/${entry}`, (route) => route.abort());
    await page.goto(app.server.baseUrl);
    const message = page.locator('#unsupported-browser');
    await message.waitFor({ state: 'visible', timeout: 10000 });
    const text = await message.innerText();
    assert.match(text, /Chrome（Chromium）83、Edge 83、Firefox 78/);
    assert.match(text, /Chrome \(Chromium\) 83, Edge 83, Firefox 78 and later/);
    await context.close();
  });

  it('is not shown when the app starts, however long the page stays open', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.baseUrl);
    await waitForApp(page);
    await page.waitForTimeout(5500);
    assert.equal(await page.locator('#unsupported-browser').count(), 0);
    await context.close();
  });
});

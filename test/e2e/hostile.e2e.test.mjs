// Browser tests with hostile input: the built page's Content-Security-Policy, injection payloads from an
// analyst's files and from the address, and broken curated files. Nothing may run, load or go blank.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, withServedApp, waitForApp } from './harness.mjs';

const CORPUS = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
const INJECTION = ['injection-reports.csv', 'injection-observations.csv', '2021-test-demo-xss.txt'].map((name) => CORPUS + name);
const XSS_REPORT = '2021-test-demo-xss';

const app = withServedApp();

/** A page that records dialogs too: any alert() from a payload would show up here. */
async function openWatched() {
  const opened = await openPage(app.browser);
  opened.record.dialogs = [];
  opened.page.on('dialog', (dialog) => {
    opened.record.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return opened;
}

/** Nothing ran and nothing loaded: no dialog, no console error, no request for a payload or to another origin. */
function assertNothingRan(record) {
  assert.deepEqual(record.dialogs, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.requests.filter((url) => /payload|evil/.test(url)), []);
  assert.deepEqual(record.requests.filter((url) => !url.startsWith(app.server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
}

/** No element a payload could have created: images, inline scripts, event-handler attributes. */
async function assertNoInjectedElements(page) {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
  }));
  assert.deepEqual(found, { images: 0, inlineScripts: 0, handlers: 0, svgs: 0 });
}

/** Hovers every bar of a chart, so each tooltip is drawn once. */
async function hoverBars(page, chartId) {
  // Bars grow from nothing when a chart is drawn: wait until they have a size. (Polled from here, since
  // page.waitForFunction would need the eval that the page's policy forbids.)
  await page.locator(`[data-chart="${chartId}"] svg path[fill="#0072B2"]`).first().waitFor();
  await page.waitForTimeout(800);
  const boxes = await page.$$eval(`[data-chart="${chartId}"] svg path`, (paths) =>
    paths
      .filter((path) => path.getAttribute('fill') === '#0072B2')
      .map((path) => path.getBoundingClientRect())
      .filter((rect) => rect.width > 2 && rect.height > 2)
      .map((rect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })),
  );
  assert.ok(boxes.length > 0, `no bar in ${chartId}`);
  const tooltips = [];
  for (const box of boxes) {
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(150);
    // The tooltip is the chart's one div that holds text and no drawing.
    tooltips.push(
      ...(await page.$$eval(`[data-chart="${chartId}"] div`, (divs) => divs.filter((div) => !div.querySelector('svg') && div.innerText.trim() !== '').map((div) => div.innerText))),
    );
  }
  return tooltips;
}

describe('hostile input', () => {
  it('serves a Content-Security-Policy with no inline script, no eval and no other origin, and works under it', async () => {
    const html = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), 'utf8');
    const policy = (html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '').replace(/&#39;/g, "'");
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /connect-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline'[^;]*script|\*/);
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'the page has an inline script');
    const { page, context, record } = await openWatched();
    let workers = 0;
    page.on('worker', () => workers++);
    await page.goto(`${app.server.baseUrl}#/files`);
    await waitForApp(page);
    await page.setInputFiles('input[type="file"]', [CORPUS + 'valid-reports.csv']);
    await page.locator('.user-files th', { hasText: 'valid-reports.csv' }).waitFor();
    assert.ok(workers > 0, 'the worker did not start under the policy');
    assertNothingRan(record);
    await context.close();
  });

  it('shows payloads from an analyst’s files as text in the panel, the table, chart labels, tooltips and the report', async () => {
    const { page, context, record } = await openWatched();
    await page.goto(`${app.server.baseUrl}#/files`);
    await waitForApp(page);
    await page.setInputFiles('input[type="file"]', INJECTION);
    await page.locator('.user-files th', { hasText: '2021-test-demo-xss.txt' }).waitFor();
    // The rejected payload rows are listed as text.
    const reasons = await page.locator('.upload-issues .issue-reason').allInnerTexts();
    assert.deepEqual(reasons, ['indicator_id“<svg onload=alert(1)>”不是有效的编号（只能用小写英文字母、数字和下划线）', 'value“=1+1”不是数字（只写阿拉伯数字，如 98.79）']);

    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    // On the axis the long label is cut, as text; the tooltip names it in full, as text.
    const label = page.locator('[data-chart="mediation_cases"] svg text', { hasText: 'payload-district' });
    assert.match(await label.first().textContent(), /^<img src=\/payload-district.*…$/);
    const tooltips = await hoverBars(page, 'mediation_cases');
    assert.ok(tooltips.some((text) => text.includes("<img src=/payload-district onerror=alert('district')> 2021（我的数据）")), tooltips.join(' | '));
    assert.ok(tooltips.some((text) => text.includes('我的数据\n点击查看原文')), 'the tooltip does not say whose figure it is');

    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    await page.fill('input[type="search"]', 'alert');
    const row = page.locator('.data-table tbody tr', { hasText: '调解纠纷88件' });
    assert.match(await row.innerText(), /<script>alert\('q'\)<\/script>调解纠纷88件/);
    await row.locator('.value-button').click();
    const panel = page.locator('.source-panel');
    await panel.waitFor();
    assert.match(await panel.innerText(), /javascript:alert\('province'\)<script>alert\('city'\)<\/script><img src=\/payload-district/);
    assert.match(await panel.locator('mark').innerText(), /^<script>alert\('q'\)<\/script>调解纠纷88件$/);

    await page.goto(`${app.server.baseUrl}#/reports/${XSS_REPORT}`);
    await waitForApp(page);
    assert.match(await page.locator('#report-title').innerText(), /<script src=\/payload-title><\/script>标题/);

    await page.goto(`${app.server.baseUrl}#/mediation?lang=en`);
    await waitForApp(page);
    const english = await hoverBars(page, 'mediation_cases');
    assert.ok(english.some((text) => text.includes('（a｜rich）（b｜text） <b onmouseover=alert(1)>en</b> 2021 (your data)')), english.join(' | '));
    await page.goto(`${app.server.baseUrl}#/files?lang=en`);
    await waitForApp(page);
    assert.match(await page.locator('.upload-issues').innerText(), /indicator_id '<svg onload=alert\(1\)>' is not a valid id/);

    await assertNoInjectedElements(page);
    assertNothingRan(record);
    await context.close();
  });

  it('falls back to defaults on malicious addresses, on every screen', async () => {
    const { page, context, record } = await openWatched();
    const hashes = [
      "#/files?source=<script>alert(1)</script>&province=<img src=x onerror=alert(1)>",
      '#/reports/%3Cscript%3Ealert(1)%3C%2Fscript%3E?p=99999999999',
      '#/data?indicator=javascript:alert(1)&districts=%E0%A4%A,440203&year=2020%00',
      '#/mediation?year={a|x}&lang=<b>en</b>&pc=1&source=2020-a-b/%7Ba%7Cx%7D',
      `#/${'%'.repeat(500)}?${'&'.repeat(500)}`,
    ];
    for (const hash of hashes) {
      await page.goto(`${app.server.baseUrl}${hash}`);
      await waitForApp(page);
      assert.ok((await page.locator('main h2').first().innerText()).length > 0, `blank page for ${hash}`);
    }
    await assertNoInjectedElements(page);
    assertNothingRan(record);
    await context.close();
  });

  it('shows payloads in the published data as text, and a published file it cannot read as an error, not a blank page', async () => {
    const { page, context, record } = await openWatched();
    // A published dataset whose report fields carry payloads: the page draws them escaped.
    await page.route('**/data/dataset.json', async (route) => {
      const published = await (await route.fetch()).json();
      const district = published.reports.fields.indexOf('district');
      const values = published.reports.values[district];
      values[0] = "<img src=/payload-published onerror=alert('published')>";
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(published) });
    });
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    assert.match(await page.locator('main h2').first().innerText(), /人民调解/);
    await assertNoInjectedElements(page);
    assertNothingRan(record);
    await page.unroute('**/data/dataset.json');
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"format": 1, "reports": <script>' }));
    await page.goto(`${app.server.baseUrl}#/?reload=1`);
    await page.reload();
    await page.locator('.screen-error button').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.screen-error').innerText(), /数据载入失败/);
    await context.close();
  });

  it('shows an error with a way to retry, not a blank page, when the published data cannot be fetched', async () => {
    const { page, context } = await openWatched();
    await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${app.server.baseUrl}#/`);
    await page.locator('.screen-error button').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.screen-error').innerText(), /数据载入失败[\s\S]*dataset\.json: HTTP 404/);
    await context.close();
  });
});

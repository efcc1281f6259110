// Browser tests at scale: the built app on a small synthetic "national" dataset (the benchmark's
// generator, 150 districts, 900 reports), published in place of data/: found by name, drawn by ranks,
// texts on demand (and those behind the drawn bars ahead).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateNational } from '../../bench/generateNational.mjs';
import { serveStatic } from '../../bench/serveStatic.mjs';
import { launchBrowser, openPage } from './harness.mjs';

let work;
let server;
let browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'fazhi-national-'));
  cpSync('dist', work, { recursive: true, filter: (source) => !/[/\\]dist[/\\]data([/\\]|$)/.test(source) });
  generateNational({ dir: join(work, 'csv'), districts: 150 });
  const published = spawnSync('npx', ['tsx', 'scripts/publishData.ts', '--dir', join(work, 'csv'), '--out', join(work, 'data')], { encoding: 'utf8' });
  assert.equal(published.status, 0, published.stderr);
  server = await serveStatic(work);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the overview and waits for its first ranking. */
async function openOverview(hash = '') {
  const opened = await openPage(browser);
  await opened.page.goto(`${server.baseUrl}#/${hash}`);
  await opened.page.waitForSelector('[data-chart="reconsideration_received"] svg path', { state: 'attached', timeout: 60_000 });
  return opened;
}

/** The category labels of a chart, as drawn. */
function labels(page, chartId) {
  return page.$$eval(`[data-chart="${chartId}"] svg text`, (texts) => texts.map((text) => text.textContent));
}

describe('the dashboard at national scale', () => {
  it('reads the published dataset, never a CSV file, and shows no data problem', async () => {
    const { page, context, record } = await openPage(browser);
    await page.goto(`${server.baseUrl}#/data`);
    await page.waitForSelector('.data-table tbody tr', { timeout: 60_000 });
    const data = record.requests.filter((url) => url.includes('/data/') && !url.includes('/data/sources/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    assert.ok(data.includes('dataset.json') && data.includes('quotes.json'), data.join(', '));
    assert.ok(!data.some((name) => name.endsWith('.csv')), data.join(', '));
    assert.equal(await page.locator('.data-health').count(), 0, 'a data problem is shown');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('reads the same rows from a host that ignores byte ranges', async () => {
    const totalOn = async (baseUrl) => {
      const { page, context, record } = await openPage(browser);
      await page.goto(`${baseUrl}#/data`);
      await page.waitForSelector('.data-table tbody tr', { timeout: 60_000 });
      const total = await page.locator('.list-more').innerText();
      assert.equal(await page.locator('.data-health').count(), 0, 'a data problem is shown');
      assert.deepEqual(record.errors, []);
      await context.close();
      return total;
    };
    const plain = await serveStatic(work, { ranges: false });
    try {
      assert.equal(await totalOn(plain.baseUrl), await totalOn(server.baseUrl));
    } finally {
      await plain.close();
    }
  });


  it('draws the top and bottom of a long ranking with their ranks, and says how many sit between', async () => {
    const { page, context, record } = await openOverview();
    const drawn = await labels(page, 'reconsideration_received');
    assert.ok(drawn.some((label) => /^1\. /.test(label)), drawn.join(' | '));
    assert.ok(drawn.some((label) => /其间还有 1[0-9]{2} 个区县/.test(label)), drawn.join(' | '));
    assert.ok(drawn.filter((label) => /^\d+\. /.test(label)).length <= 20, 'no more than 20 districts drawn');
    assert.match(await page.locator('#chart-reconsideration_received .caveats').innerText(), /最高和最低的各 10 个/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('finds a district by name and compares only the districts chosen', async () => {
    const { page, context, record } = await openOverview();
    assert.equal(await page.locator('.district-picker input[type="checkbox"]').count(), 0, 'no checkbox per district');
    const name = (await labels(page, 'reconsideration_received')).find((label) => /^1\. /.test(label)).replace(/^1\. /, '').replace(/ \d{4}$/, '');
    await page.fill('.district-finder input[type="search"]', name);
    await page.locator('.finder-matches button', { hasText: name }).first().click();
    // One district compares nothing: its figure is shown on its own, no longer in a ranking.
    await page.waitForFunction((district) => document.querySelector('[data-single="reconsideration_received"]')?.textContent.includes(district), name);
    assert.match(page.url(), /districts=\d{6}/);
    assert.equal(await page.locator('.chip-chosen', { hasText: name }).count(), 1);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('fetches a report’s text when one of its figures is first opened, and marks the quote', async () => {
    const { page, context, record } = await openOverview();
    await page.locator('[data-chart="reconsideration_received"]').scrollIntoViewIfNeeded();
    const box = await page.$$eval('[data-chart="reconsideration_received"] svg path', (paths) => {
      const bar = paths.filter((path) => path.getAttribute('fill') === '#0072B2').map((path) => path.getBoundingClientRect()).find((rect) => rect.width > 4 && rect.height > 4);
      return bar && { x: bar.left + bar.width / 2, y: bar.top + bar.height / 2 };
    });
    assert.ok(box, 'a bar to click');
    await page.mouse.click(box.x, box.y);
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor({ timeout: 10_000 });
    assert.match(await mark.innerText(), /收到行政复议申请.*\d+.*件/);
    assert.ok(record.requests.some((url) => /\/data\/sources\/\d{4}-[a-z]+-\d{6}\.txt$/.test(url)), 'the text was fetched on demand');
    // Ahead of a click only the texts behind the drawn bars are fetched (eight charts of at most twenty
    // bars), never the 900 reports' all.
    const fetched = new Set(record.requests.filter((url) => url.includes('/data/sources/')));
    assert.ok(fetched.size <= 8 * 20, `${fetched.size} texts fetched`);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('searches the texts opened so far, says how many of all, and does not fetch every report for it', async () => {
    const { page, context, record } = await openPage(browser);
    const reportId = readFileSync(join(work, 'csv', 'reports.csv'), 'utf8').split('\n')[1].split(',')[0];
    await page.goto(`${server.baseUrl}#/reports/${reportId}`);
    await page.waitForSelector('.report-viewer [id^="p-"]', { timeout: 60_000 });
    await page.locator('.report-search input').fill('法治');
    const status = page.locator('.report-search .row-count');
    await status.waitFor();
    assert.match(await status.innerText(), /只搜索了已打开的 \d+ 份报告原文，共 900 份报告/);
    assert.ok(await page.locator('.search-results li').count() > 0, 'the open report is searched');
    const fetched = new Set(record.requests.filter((url) => url.includes('/data/sources/')));
    assert.ok(fetched.size < 100, `${fetched.size} texts fetched for a search`);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('draws the other screens ahead while idle, so a first visit shows its charts drawn at once', async () => {
    const { page, context, record } = await openOverview();
    // The four family screens laid out aside, out of reach of the page's selectors.
    await page.waitForSelector('.screens-aside[data-screens="4"]', { state: 'attached', timeout: 60_000 });
    assert.equal(await page.locator('#family-title').count(), 0);
    // Screens aside take no room: the page ends with its footer, however tall they are.
    const below = await page.evaluate(() => document.documentElement.scrollHeight - (document.querySelector('.app-footer').getBoundingClientRect().bottom + scrollY));
    assert.ok(below <= 1, `${below} px below the footer`);
    await page.waitForTimeout(3000);
    // The first change the visit makes to the page brings the screen with its charts drawn, none pending.
    const first = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const main = document.querySelector('main');
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve({
              title: document.querySelector('#family-title')?.textContent ?? '',
              charts: document.querySelectorAll('main .echart').length,
              drawn: [...document.querySelectorAll('main .echart')].filter((chart) => chart.querySelector('svg path')).length,
              pending: document.querySelectorAll('main .chart-pending').length,
            });
          });
          observer.observe(main, { subtree: true, childList: true });
          location.hash = '#/training';
        }),
    );
    assert.match(first.title, /行政执法/);
    assert.ok(first.charts > 0);
    assert.equal(first.drawn, first.charts);
    assert.equal(first.pending, 0);
    // The overview went aside in its place; the screen shown is in the page once.
    assert.equal(await page.locator('#overview-title').count(), 0);
    assert.equal(await page.locator('#family-title').count(), 1);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('sums coverage up by province and keeps the data table to its first rows', async () => {
    const { page, context, record } = await openOverview();
    assert.match(await page.locator('.coverage .screen-summary').innerText(), /按省份汇总/);
    await page.goto(`${server.baseUrl}#/data`);
    await page.waitForSelector('.data-table tbody tr', { timeout: 60_000 });
    assert.equal(await page.locator('.data-table tbody tr').count(), 500);
    assert.match(await page.locator('.list-more').innerText(), /显示前 500 行/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

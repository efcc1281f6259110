// Browser tests of chart craft, each on a class of fault rather than one chart: legends whole (never a
// pager) and naming every colour drawn, on screen and in exports; one colour per category across filters;
// no text of a chart drawn over another (tick labels, axis names, wrapped labels); no row of charts left
// mostly empty, and one district's figures gathered in one list; no chart of fewer than two reporting
// districts (their figures are listed instead).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, withServedApp, waitForApp } from './harness.mjs';
import { overlappingTexts, readCharts, readReporting } from './chartCheck.mjs';

const app = withServedApp();
const SCREENS = ['', 'reconsideration', 'litigation', 'mediation', 'training'];
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];
const LANGS = ['zh', 'en'];
/** An analyst's file adding a district's 2021 report: the curated reports give one year each. */
const TREND_FIXTURE = fileURLToPath(new URL('../fixtures/profile/', import.meta.url));
const TREND_FILES = ['reports.csv', '2021-guangdong-shaoguan-wujiang-test.txt', 'observations.csv'].map((name) => TREND_FIXTURE + name);
/** A chart compares: fewer reporting districts than this are shown as figures, not drawn. */
const MIN_REPORTING = 2;

/** Opens a screen and waits until every chart on it has drawn its texts. */
async function openScreen(page, route, lang) {
  const query = [route.includes('?') ? route.split('?')[1] : '', lang === 'en' ? 'lang=en' : '']
    .filter(Boolean)
    .join('&');
  await page.goto(`${app.server.baseUrl}#/${route.split('?')[0]}${query ? `?${query}` : ''}`);
  await waitForApp(page);
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-chart]')].every((chart) => chart.querySelector('svg text')),
    null,
    { timeout: 15000 },
  );
  // Scrolled through, so every chart has drawn, then settled (animations end).
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(1200);
}

/**
 * The rows of each chart grid on the page that leave more than a tenth of the grid's width empty, and the
 * one-district figures shown as cards of their own in the grid rather than in its one list.
 */
function wastedSpace() {
  const faults = [];
  for (const grid of document.querySelectorAll('main .chart-grid')) {
    const width = grid.getBoundingClientRect().width;
    const rows = new Map();
    for (const card of grid.children) {
      const box = card.getBoundingClientRect();
      if (box.width > 0) rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? 0) + box.width);
    }
    for (const [top, used] of rows)
      if (used < width * 0.9) faults.push(`the row at ${top} px leaves ${Math.round(100 - (100 * used) / width)}% empty`);
    const cards = grid.querySelectorAll(':scope > .single-figures:not([data-single-list])');
    if (cards.length > 0) faults.push(`${cards.length} one-district figure cards in the grid`);
  }
  // A figure of the one-district list is not repeated in the table of the family's other figures.
  const rows = new Set([...document.querySelectorAll('main .more-figures tbody th')].map((th) => th.textContent.trim()));
  for (const line of document.querySelectorAll('main [data-single-list] li'))
    for (const name of line.querySelectorAll('.single-indicator'))
      if (rows.has(name.textContent.trim())) faults.push(`"${name.textContent.trim()}" both in the one-district list and in the table below`);
  return faults;
}

/** Whether each bar colour of a chart has a legend entry (a chart of one colour needs none). */
function unnamedColours(chart) {
  if (chart.bars.length < 2) return [];
  const named = new Set(chart.legend.map((entry) => entry.fill));
  return chart.bars.filter((fill) => !named.has(fill));
}

describe('chart legends', () => {
  // One pass over the screens for both checks: each screen is opened once per size and language.
  for (const size of SIZES)
    for (const lang of LANGS)
      it(`shows every legend whole, names every colour drawn, draws no text over another, fills each row of charts, and draws no chart of one district, at ${size.width}×${size.height} in ${lang}`, async () => {
        const { page, context, record } = await openPage(app.browser, size);
        const overlaps = [];
        const space = [];
        const fewer = [];
        for (const screen of SCREENS) {
          await openScreen(page, screen, lang);
          for (const fault of await page.evaluate(wastedSpace)) space.push(`#/${screen}: ${fault}`);
          const charts = await page.evaluate(readCharts, 'main');
          assert.ok(charts.length > 0, `no chart on #/${screen}`);
          for (const chart of charts) {
            assert.deepEqual(chart.pager, [], `#/${screen} ${chart.chart}: a paged legend`);
            assert.deepEqual(unnamedColours(chart), [], `#/${screen} ${chart.chart}: colours without a legend entry`);
            for (const pair of overlappingTexts(chart.texts)) overlaps.push(`#/${screen} ${chart.chart}: ${pair}`);
          }
          for (const { chart, reporting } of await page.evaluate(readReporting, 'main'))
            if (!(reporting >= MIN_REPORTING)) fewer.push(`#/${screen} ${chart}: ${reporting} reporting`);
        }
        assert.deepEqual(overlaps, []);
        assert.deepEqual(space, []);
        assert.deepEqual(fewer, [], 'charts of fewer than two reporting districts');
        assert.deepEqual(record.errors, []);
        await context.close();
      });

  it('draws the trends over the years with every legend whole, no text over another, at both sizes and in both languages', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/files`);
    await waitForApp(page);
    await page.setInputFiles('input[type="file"]', TREND_FILES);
    await page.locator('.user-files th', { hasText: 'observations.csv' }).waitFor({ timeout: 20000 });
    const faults = [];
    const drawn = new Set();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const lang of LANGS)
        for (const screen of SCREENS.filter(Boolean)) {
          await openScreen(page, `${screen}?trend=1`, lang);
          for (const chart of await page.evaluate(readCharts, 'main')) {
            if (!chart.chart.startsWith('trend-')) continue;
            drawn.add(chart.chart);
            const where = `#/${screen}?trend=1 ${chart.chart} ${size.width}×${size.height} ${lang}`;
            if (chart.pager.length > 0) faults.push(`${where}: a paged legend`);
            if (unnamedColours(chart).length > 0) faults.push(`${where}: colours without a legend entry`);
            for (const pair of overlappingTexts(chart.texts)) faults.push(`${where}: ${pair}`);
          }
        }
    }
    // The file adds 2021 figures of reconsideration and mediation: their trends are drawn.
    assert.ok(drawn.has('trend-reconsideration_received') && drawn.has('trend-mediation_cases'), [...drawn].join(', '));
    assert.deepEqual(faults, []);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('keeps a category’s colour when the filters change which categories are drawn', async () => {
    const { page, context } = await openPage(app.browser);
    const legendOf = async (query) => {
      await openScreen(page, `reconsideration?${query}`, 'zh');
      const [flow] = await page.evaluate(readCharts, '#chart-flow-reconsideration_received');
      return new Map(flow.legend.map((entry) => [entry.name, entry.fill]));
    };
    const all = await legendOf('districts=');
    // Xingyi and Zhaohua give no rejected applications: the steps after it are drawn without it.
    const two = await legendOf('districts=522301,510811');
    assert.ok(all.size > two.size, 'the second selection draws fewer steps');
    assert.ok(two.size >= 2);
    for (const [name, fill] of two) assert.equal(fill, all.get(name), `${name} changed colour`);
    await context.close();
  });

  it('exports a composition chart whose image names every category it draws, with no pager', async () => {
    const { page, context } = await openPage(app.browser, { width: 1366, height: 768 });
    for (const lang of LANGS) {
      await openScreen(page, 'reconsideration', lang);
      const card = page.locator('#chart-parts-reconsideration_concluded');
      const [event] = await Promise.all([page.waitForEvent('download'), card.locator('[data-export="svg"]').click()]);
      const svg = await readFile(await event.path(), 'utf8');
      await page.evaluate((text) => {
        const holder = document.createElement('div');
        holder.id = 'exported';
        holder.innerHTML = text;
        document.body.append(holder);
      }, svg);
      const [exported] = await page.evaluate(readCharts, '#exported > svg');
      assert.deepEqual(exported.pager, []);
      assert.ok(exported.bars.length >= 2, 'the export draws the chart');
      assert.deepEqual(unnamedColours(exported), [], `${lang}: colours drawn without a name in the export`);
      await page.evaluate(() => document.getElementById('exported').remove());
    }
    await context.close();
  });
});

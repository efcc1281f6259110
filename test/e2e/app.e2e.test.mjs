// Browser tests of the built dashboard: routes, drill-down to the source, shareable links, keyboard use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clickTopBar, openPage, withServedApp, waitForApp, waitForCharts } from './harness.mjs';

const REPORT_IDS = [
  '2020-guangdong-shaoguan-wujiang',
  '2020-guangdong-guangzhou-huadu',
  '2022-jiangxi-ganzhou-zhanggong',
  '2020-guizhou-qianxinan-xingyi',
  '2020-sichuan-guangyuan-zhaohua',
];
const FAMILY_ROUTES = ['#/reconsideration', '#/litigation', '#/mediation', '#/training'];
const ROUTES = ['#/', ...FAMILY_ROUTES, '#/data', ...REPORT_IDS.map((id) => `#/reports/${id}`)];

const allRequests = [];
const app = withServedApp();

describe('the built dashboard', () => {
  for (const route of ROUTES) {
    it(`renders ${route} without console errors`, async () => {
      const { page, context, record } = await openPage(app.browser);
      await page.goto(app.server.baseUrl + route);
      await waitForApp(page);
      assert.equal(await page.locator('.screen-error').count(), 0, 'the screen shows an error');
      // The patterns toggle draws charts otherwise: it is offered where there are charts, and only there.
      const charted = route === '#/' || FAMILY_ROUTES.includes(route);
      assert.equal(await page.getByLabel(/图案区分/).count(), charted ? 1 : 0, 'the patterns toggle where there are charts only');
      assert.deepEqual(record.errors, []);
      allRequests.push(...record.requests);
      await context.close();
    });
  }

  it('drills down from a chart bar to the quote inside <mark>', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await clickTopBar(page, 'mediation_cases');
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor();
    assert.match(await mark.innerText(), /2291/);
    assert.match(await page.locator('.source-panel').innerText(), /兴义市/);
    assert.match(page.url(), /source=2020-guizhou-qianxinan-xingyi\/mediation_cases/);
    allRequests.push(...record.requests);
    await context.close();
  });

  it('keeps the clicked chart and the marked figure in view, with no tooltip left over it, when the source panel narrows the screen at 1366×768', async () => {
    const { page, context, record } = await openPage(app.browser, { width: 1366, height: 768 });
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await waitForCharts(page);
    // A chart of the right-hand column: with the panel open the grid has one column, and it moves down.
    const chartId = await page.$$eval('.chart-card [data-chart]', (charts) =>
      charts.find((chart) => chart.getBoundingClientRect().left > innerWidth / 3 && chart.querySelector('path[fill="#0072B2"]'))?.dataset.chart,
    );
    assert.ok(chartId, 'no chart in a second column');
    const card = page.locator(`.chart-card:has([data-chart="${chartId}"])`);
    await card.scrollIntoViewIfNeeded();
    // The scroll settled and the chart's tooltip laid out before the bar is found and clicked.
    await page.waitForTimeout(500);
    await clickTopBar(page, chartId);
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor();
    await page.waitForTimeout(300);
    const box = (locator) => locator.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), window: innerHeight };
    });
    const inView = ({ top, bottom, window }) => top >= 0 && bottom <= window && bottom > top;
    assert.equal(await page.locator('.layout.with-panel').count(), 1);
    const cardBox = await box(card);
    assert.ok(inView(cardBox), `the clicked chart ${chartId} is at ${JSON.stringify(cardBox)}`);
    const markBox = await box(mark);
    assert.ok(inView(markBox), `the marked figure is at ${JSON.stringify(markBox)}`);
    // The chart's tooltip (ECharts' topmost div) went with the click: it would stay over the chart's labels.
    const tooltips = await card.evaluate((element) =>
      [...element.querySelectorAll('[data-chart] div')].filter((div) => {
        const style = getComputedStyle(div);
        return Number(style.zIndex) > 1000 && style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
      }).map((div) => div.innerText),
    );
    assert.deepEqual(tooltips, []);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('says which districts have no report of the chosen year, draws no empty chart for them, and offers their latest', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation?year=2022&province=${encodeURIComponent('广东省')}`);
    await waitForApp(page);
    const note = page.locator('.year-gaps');
    assert.match(await note.innerText(), /花都区（最新为 2020 年）、武江区（最新为 2020 年）没有 2022 年的报告/);
    // No other report in the filter: nothing below to speak of.
    assert.doesNotMatch(await note.innerText(), /以下/);
    assert.equal(await page.locator('.chart-card').count(), 0, 'empty chart cards for districts that have no report');
    await note.locator('button').click();
    // Their latest reports' figures: charts, or figure cards where one district alone reports a figure.
    await page.locator('.chart-card [data-chart] svg, .single-figures .value-button').first().waitFor();
    assert.doesNotMatch(page.url(), /year=2022/);
    assert.equal(await page.locator('.year-gaps').count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('shows three key points on the overview and the rest one click away, with the first chart on the first screen at 1366×768', async () => {
    const { page, context, record } = await openPage(app.browser, { width: 1366, height: 768 });
    await page.goto(app.server.baseUrl);
    await waitForApp(page);
    await page.locator('.brief li').first().waitFor();
    assert.equal(await page.locator('.brief > ul > li').count(), 3);
    const more = page.locator('.brief-more');
    const hidden = await more.locator('li').count();
    assert.ok(hidden > 0);
    assert.equal(await more.locator('li').first().isVisible(), false);
    const firstChart = await page.locator('.chart-card').first().evaluate((card) => card.getBoundingClientRect().top);
    assert.ok(firstChart < 768, `the first chart starts at ${firstChart} px`);
    await more.locator('summary').click();
    assert.equal(await more.locator('li').first().isVisible(), true);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('drills down from a table cell to the quote inside <mark>', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    await page.fill('input[type="search"]', '调解成功率');
    const row = page.locator('tr', { hasText: '武江区' }).filter({ hasText: '调解成功率' });
    await row.locator('.value-button').click();
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor();
    assert.match(await mark.innerText(), /98\.79/);
    await context.close();
  });

  it('reopens the same view from a copied link', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await page.selectOption('.filter-bar select >> nth=0', '2020');
    await page.locator('.district-picker label', { hasText: '武江区' }).locator('input').uncheck();
    await page.locator('.filter-bar label', { hasText: '按每万人计算' }).locator('input').check();
    const link = page.url();
    const second = await openPage(app.browser);
    await second.page.goto(link);
    await waitForApp(second.page);
    assert.equal(await second.page.locator('.filter-bar select >> nth=0').inputValue(), '2020');
    assert.equal(await second.page.locator('.district-picker label', { hasText: '武江区' }).locator('input').isChecked(), false);
    assert.equal(await second.page.locator('.district-picker label', { hasText: '兴义市' }).locator('input').isChecked(), true);
    assert.equal(await second.page.locator('.filter-bar label', { hasText: '按每万人计算' }).locator('input').isChecked(), true);
    // A chart, or one district's figure in the screen's list of them (titled by an h4 under the list's h3).
    assert.match(await second.page.locator('#chart-mediation_cases :is(h3, h4)').innerText(), /每万人/);
    assert.equal(await second.page.locator('text=章贡区 2022').count(), 0, 'a 2022 report is shown under the 2020 filter');
    await second.context.close();
    await context.close();
  });

  it('opens the report at the paragraph and comes back to the same chart and filters', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation?year=2020`);
    await waitForApp(page);
    await clickTopBar(page, 'mediation_cases');
    await page.locator('.source-panel a', { hasText: '在报告原文中打开' }).click();
    await page.waitForSelector('.report-viewer .para-focused mark.focused-mark');
    assert.match(await page.locator('.para-focused mark.focused-mark').innerText(), /2291/);
    await page.goBack();
    await page.waitForSelector('.source-panel');
    assert.match(page.url(), /#\/mediation\?year=2020/);
    await context.close();
  });

  it('keeps the overview drawn while a family screen shows, and brings it up to date with filters changed there', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/`);
    await waitForApp(page);
    await page.waitForSelector('#overview-title ~ .family-grid [data-chart="mediation_cases"] svg path', { state: 'attached' });
    // A mark on the overview's drawing: the same element, not a new drawing, when the overview shows again.
    await page.evaluate(() => (document.querySelector('[data-chart="mediation_cases"] svg').dataset.kept = 'yes'));
    const barsBefore = await page.locator('[data-chart="mediation_cases"] svg path[fill="#0072B2"]').count();
    await page.evaluate(() => (location.hash = '#/mediation'));
    await page.waitForSelector('#family-title');
    // Out of the page while hidden: one screen's headings and charts, never two.
    assert.equal(await page.locator('#overview-title').count(), 0);
    assert.equal(await page.locator('[data-chart="mediation_cases"]').count(), 1);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('#overview-title');
    assert.equal(await page.locator('#family-title').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelector('[data-chart="mediation_cases"] svg').dataset.kept), 'yes');
    // Filters changed on the family screen reach the overview when it shows again.
    await page.evaluate(() => (location.hash = '#/mediation'));
    await page.waitForSelector('#family-title');
    await page.selectOption('.filter-bar select >> nth=0', '2022');
    await page.locator('.main-nav a').first().click();
    await page.waitForSelector('#overview-title');
    assert.equal(await page.locator('.filter-bar select >> nth=0').inputValue(), '2022');
    await page.waitForFunction((before) => document.querySelectorAll('[data-chart="mediation_cases"] svg path[fill="#0072B2"]').length !== before, barsBefore);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('closes the source panel with Esc and returns focus to the value that opened it', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    const button = page.locator('.data-table .value-button').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.source-panel');
    // Focus moves into the panel, to its heading, as it shows.
    await page.waitForFunction(() => document.activeElement?.matches('.source-panel h2, .source-panel h3, .source-panel [tabindex="-1"]'));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.source-panel', { state: 'detached' });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('value-button')), true);
    await context.close();
  });

  it('falls back to defaults on a malformed address', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/nowhere?year=abc&districts=%E0%A4%A&pc=maybe&source=<script>`);
    await waitForApp(page);
    assert.match(await page.locator('main h2').first().innerText(), /总览/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('switches to English and back, keeping the view and the quotes in their own script', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation?year=2020&source=2020-guangdong-guangzhou-huadu/mediation_epidemic_disputes_mediated`);
    await waitForApp(page);
    await page.locator('.lang-switch').click();
    await page.waitForSelector('h2:has-text("People\'s mediation")');
    assert.match(page.url(), /lang=en/);
    assert.match(page.url(), /year=2020/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await page.locator('.source-panel').innerText(), /Huadu District/);
    assert.match(await page.locator('.source-panel blockquote mark').innerText(), /調解涉疫糾紛109宗/);
    await page.locator('.lang-switch').click();
    await page.waitForSelector('h2:has-text("人民调解")');
    assert.doesNotMatch(page.url(), /lang=/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('starts the flow chart\'s plot below its legend, however many rows the legend wraps to', async () => {
    // The legend of the reconsideration flow: five long English names that wrap in a third of the screen.
    const names = ['Reconsideration applications received', 'Reconsideration cases accepted', 'Reconsideration applications rejected', 'Reconsideration cases concluded', 'Reconsideration cases pending'];
    /** The legend's lowest text and the top tick of the value axis (the numbers furthest left), in the chart's SVG. */
    const layout = () =>
      page.$eval('[data-chart^="flow"] svg', (svg, legendNames) => {
        const texts = [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect() }));
        const legend = texts.filter(({ text }) => legendNames.includes(text));
        const numbers = texts.filter(({ text }) => /^[0-9][0-9,]*$/.test(text));
        const left = Math.min(...numbers.map(({ box }) => box.left));
        const ticks = numbers.filter(({ box }) => box.left < left + 8);
        return { entries: legend.length, rows: new Set(legend.map(({ box }) => Math.round(box.top))).size, legendBottom: Math.max(...legend.map(({ box }) => box.bottom)), topTick: Math.min(...ticks.map(({ box }) => box.top)) };
      }, names);
    const { page, context, record } = await openPage(app.browser, { width: 1366, height: 768 });
    await page.goto(`${app.server.baseUrl}#/reconsideration?lang=en`);
    await waitForApp(page);
    await page.waitForSelector('[data-chart^="flow"] svg text');
    const narrow = await layout();
    assert.equal(narrow.entries, names.length);
    assert.ok(narrow.rows >= 3, `the legend takes ${narrow.rows} rows at 1366 px`);
    assert.ok(narrow.legendBottom <= narrow.topTick, `the legend ends at ${narrow.legendBottom} px, below the top tick at ${narrow.topTick} px`);
    // A window of one chart column: the chart is drawn again at its new width, its legend in fewer rows, the plot moved up.
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.waitForFunction(() => Number(document.querySelector('[data-chart^="flow"] svg')?.getAttribute('width')) > 800);
    await page.waitForTimeout(400);
    const wide = await layout();
    assert.ok(wide.rows < narrow.rows, `the legend takes ${wide.rows} rows at 1100 px`);
    assert.ok(wide.legendBottom <= wide.topTick);
    assert.ok(wide.topTick - wide.legendBottom < narrow.topTick - narrow.legendBottom + 40, 'no room is left for rows the legend no longer has');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('searches all reports in either script and offers a Simplified reading of the Traditional report', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/reports/2020-guangdong-guangzhou-huadu`);
    await waitForApp(page);
    await page.locator('.report-search input').pressSequentially('调解成功');
    const huadu = page.locator('.search-results li', { hasText: '花都区' });
    await huadu.waitFor();
    assert.match(await huadu.locator('mark').innerText(), /^調解成功$/);
    // All reports are searched, not only the one open: their texts are fetched for the search.
    for (const district of ['兴义市', '武江区', '昭化区']) await page.locator('.search-results li', { hasText: district }).first().waitFor();
    assert.doesNotMatch(await page.locator('.report-search .row-count').innerText(), /只搜索了/);
    const paragraph = page.locator('#p-34');
    assert.match(await paragraph.innerText(), /調解涉疫糾紛109宗/);
    // The button's words stand on one line.
    const lines = await page.locator('.script-toggle button').evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    assert.equal(lines, 1, 'the Simplified-reading button wraps');
    await page.locator('.script-toggle button').click();
    await page.waitForFunction(() => document.querySelector('#p-34')?.textContent?.includes('调解涉疫纠纷109宗'));
    assert.match(await paragraph.locator('mark').first().innerText(), /纠纷/);
    await page.locator('.script-toggle button').click();
    assert.match(await paragraph.innerText(), /調解涉疫糾紛109宗/);
    // A result's district opens its profile.
    await huadu.locator('a.district-link').click();
    await page.waitForURL(/#\/districts\/440114/);
    await page.locator('main h2', { hasText: '花都区' }).waitFor();
    assert.deepEqual(record.errors, []);
    allRequests.push(...record.requests);
    await context.close();
  });

  it('sends no request beyond the local server', () => {
    assert.ok(allRequests.length > 0);
    const foreign = allRequests.filter((url) => !url.startsWith(app.server.baseUrl) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
  });
});

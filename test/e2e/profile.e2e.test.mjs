// Browser tests of a district's profile and of the trends over the years: a profile opened from a chart's
// district label, a ranked figure drilled to its quote; a user's file adding a district's 2021 report, its
// trend seen on the family screen and on its profile. In Chinese and in English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, withServedApp, waitForApp } from './harness.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/profile/', import.meta.url));
const FILES = ['reports.csv', '2021-guangdong-shaoguan-wujiang-test.txt', 'observations.csv'].map((name) => FIXTURE + name);

const app = withServedApp();

/** Opens a page at `hash` and waits for the app. */
async function open(hash, viewport) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(`${app.server.baseUrl}${hash}`);
  await waitForApp(opened.page);
  return opened;
}

describe('a district’s profile', () => {
  for (const [lang, label, title, rank, viewport] of [
    ['zh', '武江区 2020', '武江区档案', /第 2 \/ 2/, { width: 1920, height: 1080 }],
    ['en', 'Wujiang District 2020', 'Wujiang District: profile', /2 of 2/, { width: 1366, height: 768 }],
  ]) {
    it(`opens from a chart’s district label and drills from a ranked figure to its quote (${lang})`, async () => {
      const { page, context, record } = await open(`#/mediation${lang === 'en' ? '?lang=en' : ''}`, viewport);
      await page.locator('[data-chart="mediation_cases"] svg text', { hasText: label }).first().click();
      await page.waitForSelector('.profile[data-code="440203"] .profile-family', { timeout: 15000 });
      assert.match(page.url(), /#\/districts\/440203/);
      assert.equal(await page.locator('#profile-title').innerText(), title);
      const row = page.locator('#profile-mediation_cases');
      // 992 disputes among the two districts reporting the count for 2020 (兴义市 2,291).
      assert.match(await row.locator('.profile-rank').first().innerText(), rank);
      await row.locator('.profile-value .value-button').click();
      await page.locator('.source-panel blockquote mark', { hasText: '全区共调处各类纠纷992件' }).waitFor();
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }

  it('is reached from the report viewer, and says so for an unknown district', async () => {
    const { page, context, record } = await open('#/reports/2020-guizhou-qianxinan-xingyi');
    await page.locator('.report-profile a').click();
    await page.waitForSelector('.profile[data-code="522301"] .profile-family');
    await page.goto(`${app.server.baseUrl}#/districts/999999`);
    await page.locator('main h2', { hasText: '999999' }).waitFor();
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('trends over the years', () => {
  it('shows a district’s 2021 report, loaded from the analyst’s files, as a trend on the family screen, on its profile and in the presentation', async () => {
    const { page, context, record } = await open('#/files');
    await page.setInputFiles('input[type="file"]', FILES);
    await page.locator('.user-files th', { hasText: 'observations.csv' }).waitFor({ timeout: 20000 });

    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await page.locator('button.trend-toggle').click();
    assert.match(page.url(), /trend=1/);
    const chart = page.locator('[data-chart="trend-mediation_cases"]');
    await chart.locator('svg path').first().waitFor({ state: 'attached', timeout: 15000 });
    assert.ok((await chart.locator('svg text', { hasText: '武江区' }).count()) > 0, 'the district’s line is not named');
    const card = page.locator('#chart-trend-mediation_cases');
    assert.equal(await card.getAttribute('data-reporting'), '2');
    // 2020's count is "so far this year" (its note); 2021's has no such note: the chart says so at 2021.
    assert.match(await card.locator('.caveats').innerText(), /武江区 2021年口径变化/);
    // The count of 2020 reports a change on 2019 (同比): stated as the report gives it, in the reconsideration trend.
    await page.goto(`${app.server.baseUrl}#/reconsideration?trend=1`);
    await page.locator('#chart-trend-reconsideration_received .caveats').waitFor({ timeout: 15000 });
    assert.match(await page.locator('#chart-trend-reconsideration_received .caveats').innerText(), /武江区 2020年报告称.*-37\.5%（按原文，未重新计算）/);

    for (const [lang, expected] of [
      ['zh', ['2020: 992', '2021: 约1,050']],
      ['en', ['2020: 992', '2021: about 1,050']],
    ]) {
      await page.goto(`${app.server.baseUrl}#/districts/440203${lang === 'en' ? '?lang=en' : ''}`);
      await page.waitForSelector('.profile .profile-family');
      const row = page.locator('#profile-mediation_cases');
      assert.deepEqual(await row.locator('.year-value').allInnerTexts(), [expected[0], `${expected[1]} △`]);
      assert.equal(await row.locator('.sparkline').count(), 1);
      await row.locator('.year-value').first().click();
      await page.locator('.source-panel blockquote mark', { hasText: '全区共调处各类纠纷992件' }).waitFor();
      await page.keyboard.press('Escape');
    }

    // The presentation of the 历年趋势 view: the trend as a slide, its footnote naming the report of each year.
    await page.goto(`${app.server.baseUrl}#/present?trend=1`);
    await page.waitForSelector('.slide');
    const total = Number((await page.locator('[data-testid="slide-counter"]').innerText()).split('/')[1]);
    const slideChart = page.locator('.slide [data-chart="trend-mediation_cases"]');
    for (let i = 0; i < total && (await slideChart.count()) === 0; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(50);
    }
    await slideChart.locator('svg path').first().waitFor({ state: 'attached', timeout: 15000 });
    assert.ok((await slideChart.locator('svg text', { hasText: '武江区' }).count()) > 0, 'the slide’s line is not named');
    assert.match(await page.locator('.slide-footnote').innerText(), /武江区2020年报告第\d+段；武江区2021年报告第\d+段/);
    // A trend compares years: one district's line of two years' reports is a comparison of two reports.
    assert.equal(await page.locator('.slide-chart').getAttribute('data-reporting'), '2');
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

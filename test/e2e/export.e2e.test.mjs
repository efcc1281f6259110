// Browser tests of the exports: a chart as PNG (2×) and SVG carrying its sources, values as CSV with a
// BOM and formula-like cells neutralised, and the printed handout (one chart per A4 landscape page).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPage, withServedApp, waitForApp, waitForCharts } from './harness.mjs';

const WUJIANG = '2020-guangdong-shaoguan-wujiang';
const WUJIANG_TITLE = '韶关市武江区人民政府2020年法治政府建设年度报告';
const XINGYI_TITLE = '兴义市2020年法治政府建设年度报告';
const CSV_HEADER = '区县,行政区划代码,年份,指标代码,指标（中文）,指标（英文）,数值,单位,数值性质,原文摘录,说明,报告标题';
// The width a chart is redrawn at for print (PRINT_WIDTH_PX in src/charts/EChart.tsx).
const PRINT_WIDTH_PX = 1000;

const app = withServedApp();

/** Clicks a button and returns the download it starts: its suggested name and its bytes. */
async function download(page, locator) {
  const [event] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: event.suggestedFilename(), bytes: await readFile(await event.path()) };
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A CSV's text without its BOM, split into lines (CRLF) and naive cells (the tests avoid quoted commas). */
function readCsv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV does not start with the UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), 'CSV lines end in CRLF');
  return text.slice(0, -2).split('\r\n');
}

/**
 * Adds to the served data one figure whose text cells look like formulas (and whose value is negative),
 * in Wujiang's report, so the table's CSV can be checked for neutralised cells.
 */
/**
 * Publishes the curated data with a figure whose texts look like spreadsheet formulas (it passes the
 * validator) and serves that published form in place of the built one.
 */
async function injectFormulaLikeFigure(page) {
  const work = mkdtempSync(join(tmpdir(), 'fazhi-export-'));
  cpSync('data', join(work, 'csv'), { recursive: true });
  appendFileSync(join(work, 'csv/indicators.csv'), 'test_injection_pct,other,@测试变化,+Test change,%,change,测试用指标。,A test indicator.,,,\n');
  appendFileSync(join(work, 'csv/observations.csv'), `${WUJIANG},test_injection_pct,-12,exact,=1+1测试事项同比减少了12%,@test note,-仅用于测试\n`);
  appendFileSync(join(work, `csv/sources/${WUJIANG}.txt`), '\n=1+1测试事项同比减少了12%。\n');
  const published = spawnSync('npx', ['tsx', 'scripts/publishData.ts', '--dir', join(work, 'csv'), '--out', join(work, 'data')], { encoding: 'utf8' });
  assert.equal(published.status, 0, published.stderr);
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    return route.fulfill({ body: readFileSync(join(work, 'data', decodeURIComponent(path))) });
  });
}

describe('exports', () => {
  it('exports a chart as PNG at twice its size and as SVG, both naming their reports and years', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    const card = page.locator('#chart-mediation_cases');
    const chartBox = await page.locator('[data-chart="mediation_cases"]').boundingBox();

    const png = await download(page, card.locator('[data-export="png"]'));
    const svg = await download(page, card.locator('[data-export="svg"]'));
    for (const { name } of [png, svg]) {
      assert.match(name, /^人民调解案件 - 武江区、兴义市 - 2020年 - 导出\d{4}-\d{2}-\d{2}\.(png|svg)$/);
    }
    const svgText = svg.bytes.toString('utf8');
    const [, svgWidth, svgHeight] = svgText.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/).map(Number);
    assert.ok(Math.abs(svgWidth - chartBox.width) <= 1, `SVG ${svgWidth} px wide, chart ${chartBox.width} px`);
    assert.ok(svgHeight > chartBox.height, 'the SVG adds a title and a footer to the chart');
    assert.deepEqual(pngSize(png.bytes), { width: 2 * svgWidth, height: 2 * svgHeight });

    // The footer is text of the image: the reports with their years, and the date of export.
    const footer = [...svgText.matchAll(/<text x="16"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    assert.match(footer, new RegExp(`《${WUJIANG_TITLE}》（2020年数据）`));
    assert.match(footer, new RegExp(`《${XINGYI_TITLE}》（2020年数据，标题为整理时所拟）`));
    assert.match(footer, /导出日期：\d{4}-\d{2}-\d{2}/);
    assert.match(footer, /^人民调解案件/);
    const wellFormed = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length === 0, svgText);
    assert.ok(wellFormed, 'the SVG is well-formed XML');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it("exports a chart's values as CSV with a BOM, one row per value", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    const csv = await download(page, page.locator('#chart-mediation_cases [data-export="csv"]'));
    assert.match(csv.name, /^人民调解案件 - 武江区、兴义市 - 2020年 - 导出\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = readCsv(csv.bytes);
    assert.equal(header, CSV_HEADER);
    assert.deepEqual(rows.map((row) => row.split(',').slice(0, 10)), [
      ['兴义市', '522301', '2020', 'mediation_cases', '人民调解案件', 'Disputes mediated', '2291', '件', '确数', '调处2291件'],
      ['武江区', '440203', '2020', 'mediation_cases', '人民调解案件', 'Disputes mediated', '992', '件', '确数', '全区共调处各类纠纷992件'],
    ]);
    assert.ok(rows[1].endsWith(`,${WUJIANG_TITLE}`));
    await context.close();
  });

  it('exports a family screen as CSV: every figure of the family for the selected reports', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/litigation?districts=522301,510811`);
    await waitForApp(page);
    const button = page.locator('[data-export="view-csv"]');
    const count = Number((await button.innerText()).match(/\d+/)[0]);
    const csv = await download(page, button);
    assert.match(csv.name, /^行政应诉 - 兴义市、昭化区 - 2020年 - /);
    const rows = readCsv(csv.bytes).slice(1);
    assert.equal(rows.length, count);
    assert.ok(count > 0);
    for (const row of rows) assert.match(row, /^(兴义市,522301|昭化区,510811),2020,litigation_/);
    assert.ok(rows.some((row) => row.startsWith('昭化区')) && rows.some((row) => row.startsWith('兴义市')));
    await context.close();
  });

  it('exports the filtered data table as CSV, neutralising cells a spreadsheet would run as formulas', async () => {
    const { page, context, record } = await openPage(app.browser);
    await injectFormulaLikeFigure(page);
    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    assert.equal(await page.locator('.data-health').count(), 0, 'the injected figure passed validation');
    await page.fill('input[type="search"]', '测试事项');
    await page.locator('.data-table tbody tr').first().waitFor();
    assert.equal(await page.locator('.data-table tbody tr').count(), 1);
    const csv = await download(page, page.locator('[data-export="view-csv"]'));
    assert.match(csv.name, /^数据表 - 武江区 - 2020年 - 导出/);
    const [header, row, ...rest] = readCsv(csv.bytes);
    assert.equal(header, CSV_HEADER);
    assert.deepEqual(rest, []);
    assert.deepEqual(row.split(','), [
      '武江区',
      '440203',
      '2020',
      'test_injection_pct',
      "'@测试变化",
      "'+Test change",
      // A number stays a number, negative or not: only text cells are neutralised.
      '-12',
      '%',
      '确数',
      "'=1+1测试事项同比减少了12%",
      "'-仅用于测试",
      WUJIANG_TITLE,
    ]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('prints a handout: one chart per A4 landscape page, with its footnotes and sources', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/reconsideration`);
    await waitForApp(page);
    const charts = page.locator('.chart-card:not(.chart-empty)');
    const chartCount = await charts.count();
    assert.ok(chartCount >= 3);
    await waitForCharts(page);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.filter-bar').isVisible(), false, 'the filters are not printed');
    assert.equal(await page.locator('.chart-export').first().isVisible(), false, 'the export buttons are not printed');
    const first = charts.first();
    assert.equal(await first.evaluate((card) => getComputedStyle(card).breakAfter), 'page');
    assert.equal(await first.locator('.caveats').isVisible(), true, 'footnotes are printed');
    const sources = first.locator('.chart-sources');
    assert.equal(await sources.isVisible(), true, 'sources are printed');
    assert.match(await sources.innerText(), new RegExp(`来源（2020、2022年，共 \\d 份报告）：.*《${WUJIANG_TITLE}》`));

    // Before printing, each chart is redrawn at the page's width; afterwards, at its container's again.
    const svgWidth = () => first.locator('.echart svg').first().evaluate((svg) => Number(svg.getAttribute('width')));
    const containerWidth = () => first.locator('.echart > div').first().evaluate((element) => element.clientWidth);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await svgWidth(), PRINT_WIDTH_PX);
    // The page's width holds while printing: the print layout's own resizes do not undo it.
    await page.waitForTimeout(600);
    assert.equal(await svgWidth(), PRINT_WIDTH_PX);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await svgWidth(), await containerWidth());

    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const [, width, height] = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/).map(Number);
    assert.ok(Math.abs(width - 842) < 2 && Math.abs(height - 595) < 2, `page is ${width} × ${height} pt, not A4 landscape`);
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g).length;
    assert.ok(pages >= chartCount, `${pages} pages for ${chartCount} charts`);
    await context.close();
  });
});

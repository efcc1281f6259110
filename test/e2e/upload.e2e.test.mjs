// Browser tests of an analyst's own files: load by the file picker, see the rows in a chart and the table,
// keep them across a reload, download the rejected rows of a bad file and the blank templates, remove a
// file, refuse a huge one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, pickMadeFiles, withServedApp, waitForApp } from './harness.mjs';

const CORPUS = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
const VALID = ['valid-reports.csv', '2021-test-demo-shiyan.txt', 'valid-observations.csv'].map((name) => CORPUS + name);
const OWN_LABEL = '试验区 2021（我的数据）';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = withServedApp();

/** Opens the files screen, records dialogs and workers, and returns what a test needs. */
async function openFiles() {
  const opened = await openPage(app.browser);
  opened.record.dialogs = [];
  opened.record.workers = 0;
  opened.page.on('dialog', (dialog) => {
    opened.record.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  opened.page.on('worker', () => opened.record.workers++);
  await opened.page.goto(`${app.server.baseUrl}#/files`);
  await waitForApp(opened.page);
  return opened;
}

/** Picks files and waits until the files table lists the last of them. */
async function pick(page, files) {
  await page.setInputFiles('input[type="file"]', files);
  const last = typeof files.at(-1) === 'string' ? files.at(-1).split('/').at(-1) : files.at(-1).name;
  await page.locator('.user-files th', { hasText: last }).waitFor({ timeout: 20000 });
}

const rowOf = (page, name) => page.locator('.user-files tr', { has: page.locator('th', { hasText: name }) });

describe('an analyst’s own files', () => {
  it('loads files by the picker, in a worker, shows their rows marked in a chart and the table, and keeps them after a reload', async () => {
    const { page, context, record } = await openFiles();
    await pick(page, VALID);
    assert.match(await rowOf(page, 'valid-observations.csv').innerText(), /已载入 7 行/);
    assert.match(await rowOf(page, 'valid-reports.csv').innerText(), /已载入 1 行/);
    assert.ok(record.workers > 0, 'the files were not read in a Web Worker');

    const check = async () => {
      await page.goto(`${app.server.baseUrl}#/mediation`);
      await waitForApp(page);
      await page.locator('[data-chart="mediation_cases"] svg text', { hasText: OWN_LABEL }).first().waitFor();
      await page.goto(`${app.server.baseUrl}#/data`);
      await waitForApp(page);
      await page.fill('input[type="search"]', '调解纠纷1200件');
      const row = page.locator('.data-table tbody tr', { hasText: '试验区' });
      assert.equal(await row.count(), 1);
      assert.match(await row.locator('.own-badge').innerText(), /我的数据/);
      await row.locator('.value-button').click();
      await page.locator('.source-panel blockquote mark', { hasText: '调解纠纷1200件' }).waitFor();
      assert.match(await page.locator('.source-own').innerText(), /valid-observations\.csv 第 4 行/);
    };
    await check();
    await page.reload();
    await waitForApp(page);
    await check();
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.dialogs, []);
    assert.deepEqual(record.requests.filter((url) => !url.startsWith(app.server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
    await context.close();
  });

  it('loads a bad file, lists every rejected row, and downloads them with a reason column', async () => {
    const { page, context, record } = await openFiles();
    await pick(page, [...VALID.slice(0, 2), CORPUS + 'non-numeric.csv']);
    assert.match(await rowOf(page, 'non-numeric.csv').innerText(), /已载入 1 行，4 行未载入/);
    const reasons = await page.locator('.upload-issues .issue-reason').allInnerTexts();
    assert.deepEqual(reasons, ['value“abc”不是数字（只写阿拉伯数字，如 98.79）', 'value“1,200”不是数字（只写阿拉伯数字，如 98.79）', 'value“97.5%”不是数字（只写阿拉伯数字，如 98.79）', 'value“约860”不是数字（只写阿拉伯数字，如 98.79）']);
    // The data-health panel at the top names the same problems and links here.
    assert.match(await page.locator('.data-health summary').innerText(), /4 个问题/);

    const [download] = await Promise.all([page.waitForEvent('download'), rowOf(page, 'non-numeric.csv').locator('button', { hasText: '下载未载入的 4 行' }).click()]);
    assert.equal(download.suggestedFilename(), 'non-numeric-rejected.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.split('\r\n');
    assert.equal(lines[0], '\uFEFFreason,report_id,indicator_id,value,qualifier,quote,note,note_zh');
    assert.equal(lines.length, 6);
    assert.equal(lines[1], '第 3 行 [value]：value“abc”不是数字（只写阿拉伯数字，如 98.79）,2021-test-demo-shiyan,reconsideration_accepted,abc,exact,依法受理31件,,');

    // Fixed and loaded again, the file is kept beside the first (never in its place); once the first is
    // removed, every row is loaded.
    const fixed = text.replace(',abc,', ',31,').replace('"1,200"', '1200').replace(',97.5%,', ',97.5,').replace(',约860,', ',860,');
    await pick(page, [{ name: 'non-numeric.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) }]);
    await page.locator('.user-files th', { hasText: 'non-numeric.csv (2)' }).waitFor();
    await page.locator('button[aria-label="移除 non-numeric.csv"]').click();
    await page.locator('.user-files th', { hasText: 'non-numeric.csv (2)' }).waitFor({ state: 'detached' });
    assert.match(await rowOf(page, 'non-numeric.csv').innerText(), /已载入 4 行/);
    assert.doesNotMatch(await rowOf(page, 'non-numeric.csv').innerText(), /未载入/);
    assert.equal(await page.locator('.upload-issues .issue-reason').count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('decodes a GB18030 file, as Excel on Chinese Windows saves it', async () => {
    const { page, context, record } = await openFiles();
    await pick(page, [...VALID.slice(0, 2), CORPUS + 'gb18030.csv']);
    assert.match(await rowOf(page, 'gb18030.csv').innerText(), /GB18030\/GBK\s+\d+ KB\s+已载入 7 行/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('downloads blank templates of reports.csv and observations.csv that, filled in, load whole', async () => {
    const { page, context, record } = await openFiles();
    const filled = [];
    for (const [kind, fixture] of [['reports', VALID[0]], ['observations', VALID[2]]]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-template="${kind}"]`).click()]);
      assert.equal(download.suggestedFilename(), `${kind}.csv`);
      const template = readFileSync(await download.path(), 'utf8');
      const [header, ...rest] = template.split('\r\n');
      assert.deepEqual(rest, [''], 'a template has its header alone');
      // The fixtures were written to the schema by hand: the template names the same columns in the same order.
      const [fixtureHeader, ...rows] = readFileSync(fixture, 'utf8').trimEnd().split('\n');
      assert.equal(header, `\uFEFF${fixtureHeader}`);
      filled.push({ name: `${kind}.csv`, mimeType: 'text/csv', buffer: Buffer.from([header, ...rows, ''].join('\r\n')) });
    }
    const source = { name: VALID[1].split('/').at(-1), mimeType: 'text/plain', buffer: readFileSync(VALID[1]) };
    await pick(page, [filled[0], source, filled[1]]);
    assert.match(await rowOf(page, 'reports.csv').innerText(), /已载入 1 行/);
    assert.match(await rowOf(page, 'observations.csv').innerText(), /已载入 7 行/);
    assert.doesNotMatch(await page.locator('.user-files').innerText(), /未载入/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('removes a file, and its rows leave the charts and the table', async () => {
    const { page, context, record } = await openFiles();
    await pick(page, VALID);
    await page.locator('button[aria-label="移除 valid-observations.csv"]').click();
    await rowOf(page, 'valid-observations.csv').waitFor({ state: 'detached' });
    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    await page.fill('input[type="search"]', '调解纠纷1200件');
    assert.equal(await page.locator('.data-table tbody tr', { hasText: '试验区' }).count(), 0);
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    // The report itself stays (its file was not removed), now a gap: named, never a zero.
    assert.match(await page.locator('[data-chart="mediation_cases"] svg text', { hasText: '试验区' }).first().textContent(), /试验区 2021（我的数据）（未报告）/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('refuses a file above the size limit with a message, and shows progress for a slow file', async () => {
    const { page, context, record } = await openFiles();
    await pickMadeFiles(page, [{ name: 'huge.csv', body: 'a'.repeat(1024 * 1024), times: 21 }]);
    await page.locator('.upload-issues .issue-reason', { hasText: '文件大小为 22,020,096 字节，比 20 MB（20,971,520 字节）的上限多 1,048,576 字节，未载入' }).waitFor();

    // 150,000 rows that all fail: slow enough to show progress, and the page keeps answering meanwhile.
    const header = 'report_id,indicator_id,value,qualifier,quote,note\n';
    const body = '2021-test-demo-shiyan,mediation_cases,x,exact,调解纠纷1200件,\n';
    await pickMadeFiles(page, [{ name: 'slow.csv', head: header, body, times: 150_000 }]);
    await page.locator('.upload-progress progress').waitFor({ timeout: 10000 });
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await page.locator('.user-files th', { hasText: 'slow.csv' }).waitFor({ timeout: 60000 });
    assert.match(await rowOf(page, 'slow.csv').innerText(), /已载入 0 行，150,000 行未载入/);
    assert.match(await page.locator('.upload-issues .issue-more').innerText(), /另有 [\d,]+ 个问题未列出/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('has no accessibility violation on the files screen with files and problems listed, in either language', async () => {
    // axe is injected around the page's policy, which rightly forbids inline scripts.
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}#/files`);
    await waitForApp(page);
    await pick(page, [CORPUS + 'binary.csv', ...VALID, CORPUS + 'unknown-ids.csv']);
    for (const hash of ['#/files', '#/files?lang=en', '#/data?lang=en']) {
      await page.goto(`${app.server.baseUrl}${hash}`);
      await waitForApp(page);
      await page.locator('.data-health summary').click();
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })));
      assert.deepEqual(violations, [], hash);
    }
    await context.close();
  });
});

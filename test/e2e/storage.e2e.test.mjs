// Browser tests of how an analyst's files are kept: nothing loaded is lost, replaced or credited
// differently after a reload; the files screen shows what the store holds, from any tab.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, pickMadeFiles, withServedApp, waitForApp } from './harness.mjs';

const CORPUS = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
const read = (name) => readFileSync(CORPUS + name, 'utf8');
const SOURCE = '2021-test-demo-shiyan.txt';
const VALID = ['valid-reports.csv', SOURCE, 'valid-observations.csv'].map((name) => CORPUS + name);

/** The demo district's files as another district would send them: its own ids, names and codes. */
function otherDistrict() {
  const rename = (text) => text.replaceAll('2021-test-demo-shiyan', '2021-test-demo-dierqu').replaceAll('999902', '999903').replaceAll('试验区', '第二区').replaceAll('Shiyan', 'Dierqu');
  return [
    { name: 'reports.csv', body: rename(read('valid-reports.csv')) },
    { name: '2021-test-demo-dierqu.txt', body: read(SOURCE) },
    { name: 'observations.csv', body: rename(read('valid-observations.csv')) },
  ];
}

const app = withServedApp();

async function openFiles(context) {
  const opened = context ? { context, page: await context.newPage(), record: { errors: [] } } : await openPage(app.browser);
  opened.page.on('pageerror', (error) => opened.record.errors.push(error.message));
  await opened.page.goto(`${app.server.baseUrl}#/files`);
  await waitForApp(opened.page);
  return opened;
}

/** Operations the files' queue has finished since the page opened. */
const finished = async (page) => Number(await page.locator('section.upload-screen').getAttribute('data-finished'));

/** Does `act`, then waits until the queue has finished `count` more operations and is idle. */
async function settle(page, act, count = 1) {
  const before = await finished(page);
  await act();
  await page.locator(`section.upload-screen[aria-busy="false"][data-finished="${before + count}"]`).waitFor({ timeout: 180000 });
}

/** The files table as text: one line per file, its label and its result. */
async function listed(page) {
  const rows = page.locator('.user-files tbody tr');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push(`${(await row.locator('th').innerText()).trim()} | ${(await row.locator('td').nth(4).innerText()).trim()}`);
  }
  return out;
}

async function reloadFiles(page) {
  await page.reload();
  // The app opens once the kept files are built in; 50,000 rows take a while on a busy machine.
  await page.locator('.user-files').waitFor({ timeout: 90000 });
}

/** Whether leaving the page now would ask first (a beforeunload listener cancels the event). */
const asksBeforeLeaving = (page) => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));

describe('keeping an analyst’s files', () => {
  it('keeps files of the same name from two districts side by side, before and after a reload', async () => {
    const { page, context, record } = await openFiles();
    await settle(page, () => pickMadeFiles(page, [{ name: 'reports.csv', body: read('valid-reports.csv') }, { name: SOURCE, body: read(SOURCE) }, { name: 'observations.csv', body: read('valid-observations.csv') }]));
    await settle(page, () => pickMadeFiles(page, otherDistrict()));
    const expected = ['reports.csv | 已载入 1 行', `${SOURCE} | 被 1 份报告引用`, 'observations.csv | 已载入 7 行', 'reports.csv (2) | 已载入 1 行', '2021-test-demo-dierqu.txt | 被 1 份报告引用', 'observations.csv (2) | 已载入 7 行'];
    assert.deepEqual(await listed(page), expected);
    // Each of the two is shown with its first rows, so a person can tell them apart.
    assert.match(await page.locator('.user-files tbody tr').nth(5).locator('.file-preview').first().innerText(), /^2021-test-demo-dierqu,/);

    // The very same file again changes nothing, and says so.
    await settle(page, () => pickMadeFiles(page, [otherDistrict()[2]]));
    await page.locator('[data-notice="same"]', { hasText: 'observations.csv 与已载入的文件完全相同' }).waitFor();
    assert.deepEqual(await listed(page), expected);

    await reloadFiles(page);
    assert.deepEqual(await listed(page), expected);
    await page.goto(`${app.server.baseUrl}#/data`);
    await waitForApp(page);
    await page.fill('input[type="search"]', '调解纠纷1200件');
    assert.equal(await page.locator('.data-table tbody tr', { hasText: /试验区|第二区/ }).count(), 2);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('goes on loading while the person leaves the screen, and adds and removes files in turn, as the store keeps them', async () => {
    const { page, context, record } = await openFiles();
    await settle(page, () => page.setInputFiles('input[type="file"]', VALID));
    assert.equal(await asksBeforeLeaving(page), false);
    // 150,000 rows that all fail: a load of a few seconds, longer than going to another screen and back.
    const header = 'report_id,indicator_id,value,qualifier,quote,note\n';
    await pickMadeFiles(page, [{ name: 'slow.csv', head: header, body: '2021-test-demo-shiyan,mediation_cases,x,exact,调解纠纷1200件,\n', times: 150_000 }]);
    await page.locator('.upload-progress').waitFor({ timeout: 10000 });
    assert.equal(await asksBeforeLeaving(page), true);

    // To another screen and back by the address, as the menu does.
    await page.evaluate(() => (window.location.hash = '#/data'));
    await page.locator('.upload-screen').waitFor({ state: 'detached' });
    await page.evaluate(() => (window.location.hash = '#/files'));
    await page.locator('section.upload-screen').waitFor();
    // Back on the screen, the load is still running, and what is picked or removed now waits its turn.
    assert.equal(await page.locator('section.upload-screen').getAttribute('aria-busy'), 'true');
    await settle(
      page,
      async () => {
        await page.setInputFiles('input[type="file"]', [CORPUS + 'non-numeric.csv']);
        await page.locator('button[aria-label="移除 valid-observations.csv"]').click();
      },
      3,
    );
    const expected = ['valid-reports.csv | 已载入 1 行', `${SOURCE} | 被 1 份报告引用`, 'slow.csv | 已载入 0 行，150,000 行未载入', 'non-numeric.csv | 已载入 1 行，4 行未载入'];
    assert.deepEqual(await listed(page), expected);
    assert.equal(await asksBeforeLeaving(page), false);
    await reloadFiles(page);
    assert.deepEqual(await listed(page), expected);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('names the files of a load cut short by a reload: kept or to load again', async () => {
    const { page, context } = await openFiles();
    await settle(page, () => page.setInputFiles('input[type="file"]', VALID));
    await pickMadeFiles(page, [{ name: 'cut.csv', head: 'report_id,indicator_id,value,qualifier,quote,note\n', body: '2021-test-demo-shiyan,mediation_cases,x,exact,调解纠纷1200件,\n', times: 150_000 }]);
    await page.locator('.upload-progress').waitFor({ timeout: 10000 });
    await reloadFiles(page);
    const notice = await page.locator('[data-notice="interrupted"]').innerText();
    const kept = (await listed(page)).some((line) => line.startsWith('cut.csv'));
    assert.match(notice, kept ? /已保存：cut\.csv/ : /未保存，请重新载入：cut\.csv/);
    await context.close();
  });

  it('credits rows two files hold to the one loaded first, and lists the files in load order, before and after a reload', async () => {
    const { page, context, record } = await openFiles();
    const observations = read('valid-observations.csv');
    // Name order is the reverse of load order, so a store read back in name order would credit the other.
    const files = [
      { name: 'valid-reports.csv', body: read('valid-reports.csv') },
      { name: SOURCE, body: read(SOURCE) },
      { name: 'z-observations.csv', body: observations },
      { name: 'a-observations.csv', body: observations },
      // Two files of one name from two folders in one drop: the identical one is kept once.
      { name: 'observations.csv', body: observations.split('\n').slice(0, 2).join('\n') + '\n' },
      { name: 'observations.csv', body: observations.split('\n').slice(0, 2).join('\n') + '\n' },
    ];
    await settle(page, () => pickMadeFiles(page, files));
    const expected = ['valid-reports.csv | 已载入 1 行', `${SOURCE} | 被 1 份报告引用`, 'z-observations.csv | 已载入 7 行', 'a-observations.csv | 已载入 0 行，7 行未载入', 'observations.csv | 已载入 0 行，1 行未载入'];
    assert.deepEqual(await listed(page), expected);
    await page.locator('[data-notice="same"]', { hasText: 'observations.csv' }).waitFor();
    await reloadFiles(page);
    assert.deepEqual(await listed(page), expected);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('costs a bad byte its line only, and names the line and the byte', async () => {
    const { page, context, record } = await openFiles();
    const lines = read('valid-observations.csv').split('\n');
    const [before, after] = [lines.slice(0, 2).join('\n') + '\n', '\n' + lines.slice(3).join('\n')];
    const third = [...Buffer.from(lines[2])];
    // A Latin-1 "é" typed into the indicator id of line 3 of a UTF-8 file.
    third.splice(30, 0, 0xe9);
    await settle(page, () => pickMadeFiles(page, [{ name: 'valid-reports.csv', body: read('valid-reports.csv') }, { name: SOURCE, body: read(SOURCE) }, { name: 'observations.csv', bytes: [...Buffer.from(before), ...third, ...Buffer.from(after)] }]));
    assert.deepEqual((await listed(page)).at(-1), 'observations.csv | 已载入 6 行，1 行未载入');
    const issue = page.locator('.upload-issues tbody tr');
    assert.equal(await issue.count(), 1);
    assert.equal(await issue.locator('td').nth(1).innerText(), '3');
    assert.match(await issue.locator('.issue-reason').innerText(), /此行其余部分是 UTF-8，但第 31 个字节 0xE9 不是有效的 UTF-8/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('shows in one tab what another tab loads and removes, without a reload', async () => {
    const { page: first, context } = await openFiles();
    const { page: second } = await openFiles(context);
    await settle(second, () => settle(first, () => first.setInputFiles('input[type="file"]', VALID)));
    assert.deepEqual(await listed(second), ['valid-reports.csv | 已载入 1 行', `${SOURCE} | 被 1 份报告引用`, 'valid-observations.csv | 已载入 7 行']);
    await settle(first, () => settle(second, () => second.locator('button[aria-label="移除 valid-observations.csv"]').click()));
    assert.deepEqual(await listed(first), ['valid-reports.csv | 已载入 1 行', `${SOURCE} | 被 1 份报告引用`]);
    await context.close();
  });
});

describe('a long report text an analyst loads', () => {
  const REPORT = '2021-test-demo-shiyan';
  const FILLER = '二、推进严格规范公正文明执法。全年共办理行政执法案件若干件，执法人员持证上岗率达到要求。\n';

  /** Paragraphs of a text as the product counts them: non-empty lines, ended by CR, LF or CRLF. */
  const paragraphsOf = (text) => text.split(/\r\n?|\n/).filter((line) => line.trim() !== '').length;

  /**
   * The longest task of the page's main thread while `act` runs, in the thread's CPU time (a Chromium trace's
   * RunTask `tdur`): on a machine busy with other work a task's wall-clock time measures the machine, a
   * 200 ms task of the page's own work timing at up to a second.
   */
  async function longestTask(page, act) {
    await app.browser.startTracing(page, { categories: ['toplevel'] });
    await act();
    const { traceEvents } = JSON.parse((await app.browser.stopTracing()).toString());
    const main = new Set(traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
    const tasks = traceEvents.filter((event) => event.ph === 'X' && event.tdur !== undefined && main.has(`${event.pid}:${event.tid}`) && /RunTask$/.test(event.name));
    assert.ok(tasks.length > 0, 'the trace holds no task of the page');
    return Math.max(...tasks.map((event) => event.tdur / 1000));
  }

  /**
   * Waits until paragraph `index` is in the page. Asked by id twice a second: a locator's query walks every
   * element of the page at each frame, itself a long task on the page once 90,000 paragraphs are in it.
   */
  const renderedTo = (page, index) => page.waitForFunction((id) => document.getElementById(id) !== null, `p-${index}`, { polling: 500, timeout: 180000 });

  it('opens a 12 MB report text, and opens it again after Back, without a task over 200 ms', async () => {
    const { page, context, record } = await openFiles();
    const times = Math.ceil((12 * 1024 * 1024) / Buffer.byteLength(FILLER));
    await settle(page, () => pickMadeFiles(page, [{ name: 'valid-reports.csv', body: read('valid-reports.csv') }, { name: SOURCE, head: read(SOURCE), body: FILLER, times }]));
    const last = paragraphsOf(read(SOURCE)) + times - 1;
    await page.waitForTimeout(1000);
    const opened = await longestTask(page, async () => {
      await page.evaluate((report) => (location.hash = `#/reports/${report}`), REPORT);
      await renderedTo(page, last);
    });
    assert.ok(opened < 200, `opening the report took a task of ${opened} ms`);

    await page.evaluate(() => (location.hash = '#/data'));
    await waitForApp(page);
    await page.waitForTimeout(1000);
    const back = await longestTask(page, async () => {
      await page.goBack();
      await renderedTo(page, last);
    });
    assert.ok(back < 200, `going back to the report took a task of ${back} ms`);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('splits a report text at every CR, LF and CRLF line end', async () => {
    const { page, context } = await openFiles();
    const lines = read(SOURCE).split(/\r?\n/);
    const mixed = lines.map((line, i) => line + ['\r', '\n', '\r\n'][i % 3]).join('');
    await settle(page, () => pickMadeFiles(page, [{ name: 'valid-reports.csv', body: read('valid-reports.csv') }, { name: SOURCE, body: mixed }]));
    await page.evaluate((report) => (location.hash = `#/reports/${report}`), REPORT);
    await page.locator('.report-text .para').first().waitFor();
    assert.equal(await page.locator('.report-text .para').count(), paragraphsOf(read(SOURCE)));
    await context.close();
  });
});

// Browser tests of the curation workbench: open a report, review its proposals with the keyboard, add a
// missed figure by selecting it, find the review intact after a reload and in a second tab, finish into
// "my data", and see the new district in a chart with drill-down to its paragraph.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, waitForApp, withServedApp } from './harness.mjs';

const REPORT = fileURLToPath(new URL('../fixtures/curate/2021-demo-yanshi.txt', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OWN_LABEL = '演示区 2021（我的数据）';

const app = withServedApp();

/** Fills in the report's row: the district is an invented one, so the extractor cannot know it. */
async function fillReportRow(page) {
  const fields = { district: '演示区', city: '演示市', province: '演示省', districtEn: 'Yanshi District', adminCode: '999903' };
  for (const [name, value] of Object.entries(fields)) await page.fill(`input[name="${name}"]`, value);
}

/** Opens the workbench on the test report and waits for its proposals. */
async function openReport(page) {
  await page.goto(`${app.server.baseUrl}#/curate`);
  await waitForApp(page);
  await page.setInputFiles('input[type="file"]', REPORT);
  await page.locator('.curate-item').first().waitFor({ timeout: 20000 });
}

const current = (page) => page.locator('.curate-item[aria-current="true"]');
const itemWith = (page, text) => page.locator('.curate-item', { hasText: text });

/** Moves with J (then K) until the figure under review holds `text`. */
async function goTo(page, text) {
  for (const key of ['j', 'k']) {
    for (let i = 0; i < 25; i++) {
      if ((await current(page).innerText()).includes(text)) return;
      await page.keyboard.press(key);
    }
  }
  assert.fail(`no proposal holds ${text}`);
}

/** In the open editor: types the indicator's id and picks it with Enter. */
async function chooseIndicator(page, id) {
  await page.keyboard.type(id);
  await page.locator('.curate-matches [aria-selected="true"]', { hasText: id }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.curate-chosen', { hasText: id }).waitFor();
}

/** Accepts the figure under review with A; one proposed without an indicator opens the editor, where it is chosen. */
async function accept(page, id) {
  await page.keyboard.press('a');
  if (await page.locator('.curate-editor').isVisible()) {
    await chooseIndicator(page, id);
    await page.keyboard.press('Enter');
  }
}

/** Selects `words` in the report's text, as a person does with the mouse. */
async function selectWords(page, words) {
  await page.evaluate((words) => {
    const piece = [...document.querySelectorAll('.curate-text [data-at]')].find((element) => element.children.length === 0 && element.textContent.includes(words));
    const node = piece.firstChild;
    const at = node.textContent.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  }, words);
}

/** Clicks the bar of the chart drawn level with `label`. */
async function clickBarOf(page, chartId, label) {
  const point = await page.$$eval(
    `[data-chart="${chartId}"] svg`,
    ([svg], label) => {
      const text = [...svg.querySelectorAll('text')].find((element) => element.textContent.includes(label));
      const row = text.getBoundingClientRect();
      const bar = [...svg.querySelectorAll('path')]
        .map((path) => path.getBoundingClientRect())
        .filter((rect) => rect.width > 2 && rect.height > 2 && rect.left > row.right && rect.top <= row.top + row.height / 2 && rect.bottom >= row.top + row.height / 2)
        .sort((a, b) => b.width - a.width)[0];
      return bar ? { x: bar.left + Math.min(bar.width / 2, 20), y: bar.top + bar.height / 2 } : null;
    },
    label,
  );
  assert.ok(point, `no bar level with ${label}`);
  await page.mouse.click(point.x, point.y);
}

describe('the curation workbench', () => {
  it('reviews a report with the keyboard, survives a reload and a second tab, and finishes into my data with drill-down', async () => {
    const { page, context, record } = await openPage(app.browser, { width: 1366, height: 768 });
    await openReport(page);
    const proposals = await page.locator('.curate-item').count();

    // The report's row: what the extractor could not read is filled in.
    await page.locator('.curate-report summary').click();
    await fillReportRow(page);
    await page.locator('.curate-report summary').click();

    // Accept, edit (indicator and a quote one character shorter), reject, undo, reject again.
    await page.locator('.curate-text').focus();
    await goTo(page, '申请42件');
    await accept(page, 'reconsideration_received');
    await itemWith(page, '申请42件').and(page.locator('.is-accepted')).waitFor();
    await goTo(page, '受理38件');
    await page.keyboard.press('e');
    await chooseIndicator(page, 'reconsideration_accepted');
    await page.keyboard.press('Enter');
    await goTo(page, '纠纷1350件');
    await page.keyboard.press('e');
    await chooseIndicator(page, 'mediation_cases');
    await page.getByRole('button', { name: '引文开头缩一字' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.curate-quote-edit q').innerText(), '区调解纠纷1350件');
    await page.locator('.curate-editor input[name="value"]').focus();
    await page.keyboard.press('Enter');
    const edited = itemWith(page, '区调解纠纷1350件');
    await edited.and(page.locator('.is-accepted')).waitFor();
    assert.match(await edited.innerText(), /已修改/);
    await goTo(page, '败诉案件3件');
    await page.keyboard.press('x');
    await itemWith(page, '败诉案件3件').and(page.locator('.is-rejected')).waitFor();
    await page.keyboard.press('u');
    await itemWith(page, '败诉案件3件').and(page.locator('.is-pending')).waitFor();
    assert.match(await current(page).innerText(), /败诉案件3件/);
    await page.keyboard.press('x');

    // A figure the extractor did not propose, added by selecting its words.
    await selectWords(page, '审查规范性文件12件');
    await page.keyboard.press('n');
    await page.locator('.curate-editor', { hasText: '添加一个遗漏的数字' }).waitFor();
    await chooseIndicator(page, 'normative_documents_reviewed');
    await page.keyboard.press('Enter');
    await itemWith(page, '审查规范性文件12件').and(page.locator('.is-accepted')).waitFor();
    // Edited: the quote shortened, and any proposal that came without an indicator and was given one.
    const edits = await page.locator('.curate-item', { hasText: '已修改' }).count();
    assert.ok(edits >= 1);
    const progress = `已审阅 4 / ${proposals} 条建议`;
    assert.match(await page.locator('.curate-progress').innerText(), new RegExp(`${progress}[\\s\\S]*确认 4 · 否决 1 · 修改 ${edits} · 手动添加 1`));

    // Reloaded mid-way, the review is as it was.
    await page.reload();
    await page.locator('.curate-item').first().waitFor({ timeout: 20000 });
    assert.match(await page.locator('.curate-progress').innerText(), new RegExp(`${progress}[\\s\\S]*手动添加 1`));
    assert.match(await itemWith(page, '区调解纠纷1350件').innerText(), /已修改/);
    await itemWith(page, '败诉案件3件').and(page.locator('.is-rejected')).waitFor();
    assert.equal(await page.inputValue('input[name="districtEn"]'), 'Yanshi District');

    // A second tab shows the same review, and a decision there reaches this one.
    const second = await context.newPage();
    await second.goto(`${app.server.baseUrl}#/curate`);
    await second.locator('.curate-item').first().waitFor({ timeout: 20000 });
    assert.match(await second.locator('.curate-progress').innerText(), new RegExp(progress));
    await second.locator('.curate-text').focus();
    await goTo(second, '成功率98.2%');
    await accept(second, 'mediation_success_rate');
    await itemWith(page, '成功率98.2%').and(page.locator('.is-accepted')).waitFor();
    await second.close();

    // Finish: the accepted rows pass the curated data's checks and join my data.
    await page.getByRole('button', { name: '检查已确认的数据' }).click();
    await page.locator('.curate-finish .curate-ok', { hasText: '全部通过检查' }).waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: '并入“我的数据”' }).click();
    await page.locator('.curate-joined').waitFor({ timeout: 20000 });

    // The new district in a chart, and from its bar the paragraph with the quote marked.
    await page.goto(`${app.server.baseUrl}#/mediation`);
    await waitForApp(page);
    await page.locator('[data-chart="mediation_cases"] svg text', { hasText: OWN_LABEL }).first().waitFor({ timeout: 20000 });
    await clickBarOf(page, 'mediation_cases', OWN_LABEL);
    await page.locator('.source-panel blockquote mark', { hasText: '区调解纠纷1350件' }).waitFor();
    assert.match(await page.locator('.source-panel blockquote').innerText(), /三、人民调解。全区调解纠纷1350件/);
    assert.match(await page.locator('.source-own').innerText(), /observations\.csv/);

    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.requests.filter((url) => !url.startsWith(app.server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
    await context.close();
  });

  it('shows a row that fails the checks with its reason at the row, and has no accessibility violation', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    await openReport(page);
    await page.locator('.curate-text').focus();
    await goTo(page, '申请42件');
    await accept(page, 'reconsideration_received');
    await goTo(page, '受理38件');
    // The same indicator twice: the second row is a duplicate, and says so where it is listed.
    await page.keyboard.press('e');
    await chooseIndicator(page, 'reconsideration_received');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '检查已确认的数据' }).click();
    const reason = page.locator('.curate-report .curate-item-issues');
    await reason.waitFor({ timeout: 20000 });
    assert.match(await reason.innerText(), /district_en 为空/);
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    assert.deepEqual(violations, []);
    await fillReportRow(page);
    await page.getByRole('button', { name: '检查已确认的数据' }).click();
    await itemWith(page, '受理38件').locator('.curate-item-issues', { hasText: '已有一行' }).waitFor({ timeout: 20000 });
    assert.equal(await itemWith(page, '申请42件').locator('.curate-item-issues').count(), 0);
    await context.close();
  });
});

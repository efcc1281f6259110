// Browser tests of the presentation: keys and clicker, the slide in the address, footnotes and caveats,
// drill-down from a slide, Esc in layers, projector-sized labels, and every slide fitting common projectors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { clickTopBar, openPage, waitForApp, withServedApp } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const app = withServedApp();

/** Reads the slide counter as [current, total]. */
async function counter(page) {
  const text = await page.locator('[data-testid="slide-counter"]').innerText();
  const match = /^(\d+) \/ (\d+)$/.exec(text.trim());
  assert.ok(match, `counter reads "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** Presses a key and waits until the counter shows `expected`. */
async function pressAndExpect(page, key, expected) {
  await page.keyboard.press(key);
  await page.waitForFunction((want) => document.querySelector('[data-testid="slide-counter"]')?.textContent?.startsWith(`${want} /`), expected);
  assert.equal((await counter(page))[0], expected, `after ${key}`);
}

async function openPresentation(page, hash = '#/present') {
  await page.goto(app.server.baseUrl + hash);
  await page.waitForSelector('.slide');
}

/** Moves forward until the slide drawing `chartId` is in view. */
async function goToChart(page, chartId) {
  const [, total] = await counter(page);
  for (let i = 0; i < total && (await page.locator(`.slide [data-chart="${chartId}"]`).count()) === 0; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
  }
  await page.waitForSelector(`.slide [data-chart="${chartId}"] svg`);
  await page.waitForTimeout(600);
}

describe('the presentation', () => {
  it('opens from the navigation with the filters, and steps with arrows, clicker keys, Home, End and a typed number', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/?year=2020`);
    await page.waitForSelector('main h2');
    await page.locator('.main-nav a', { hasText: '演示' }).click();
    await page.waitForSelector('.slide');
    assert.match(page.url(), /#\/present\?year=2020$/);
    assert.equal(await page.locator('.app-header, .app-footer, .filter-bar').count(), 0, 'the app chrome shows while presenting');
    const [first, total] = await counter(page);
    assert.equal(first, 1);
    assert.ok(total >= 10, `only ${total} slides`);
    await pressAndExpect(page, 'ArrowRight', 2);
    assert.match(page.url(), /slide=2/);
    await pressAndExpect(page, 'PageDown', 3);
    await pressAndExpect(page, 'PageUp', 2);
    await pressAndExpect(page, 'Space', 3);
    await pressAndExpect(page, 'ArrowLeft', 2);
    await pressAndExpect(page, 'End', total);
    await pressAndExpect(page, 'ArrowRight', total);
    await pressAndExpect(page, 'Home', 1);
    await page.keyboard.press('2');
    assert.match(await page.locator('.slide-typed').innerText(), /2/);
    await pressAndExpect(page, 'Enter', 2);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await pressAndExpect(page, 'Enter', 12);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-testid="slide-counter"]')?.textContent?.startsWith('2 /'));
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('reopens a slide from its link and toggles full screen with F', async () => {
    const { page, context, record } = await openPage(app.browser);
    await openPresentation(page, '#/present?slide=5');
    assert.equal((await counter(page))[0], 5);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    // The button reflects full screen on the render after the browser's fullscreenchange event.
    await page.locator('.key-cap[aria-pressed="true"]').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('.key-cap[aria-pressed="true"]').count(), 1);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    assert.equal((await counter(page))[0], 5);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('gives a chart slide a source footnote and its caveats, and draws its labels at least 24 px at 1920×1080', async () => {
    const { page, context } = await openPage(app.browser, { width: 1920, height: 1080 });
    await openPresentation(page);
    await goToChart(page, 'mediation_success_rate');
    const footnote = await page.locator('.slide-footnote').innerText();
    assert.match(footnote, /^来源：.*兴义市2020年报告第\d+段/);
    const caveats = await page.locator('.slide-caveats li').allInnerTexts();
    assert.ok(caveats.some((caveat) => /分母|排查/.test(caveat)), `caveats: ${caveats.join(' | ')}`);
    const sizes = await page.$$eval('.slide svg text', (texts) => texts.filter((t) => t.textContent.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(sizes.length >= 8, `only ${sizes.length} labels`);
    assert.ok(Math.min(...sizes) >= 24, `smallest chart label ${Math.min(...sizes)} px`);
    await context.close();
  });

  it('opens the source panel from a bar, then Esc closes the panel and Esc again leaves to the overview with the filters', async () => {
    const { page, context, record } = await openPage(app.browser);
    await openPresentation(page, '#/present?year=2020');
    await goToChart(page, 'mediation_cases');
    const slideBefore = (await counter(page))[0];
    await clickTopBar(page, 'mediation_cases', '.slide');
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor();
    assert.match(await mark.innerText(), /2291/);
    assert.match(page.url(), new RegExp(`slide=${slideBefore}.*source=2020-guizhou-qianxinan-xingyi/mediation_cases`));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.source-panel', { state: 'detached' });
    assert.equal((await counter(page))[0], slideBefore);
    assert.match(page.url(), /#\/present/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app-header');
    assert.match(page.url(), /#\/\?year=2020$/);
    assert.equal(await page.locator('.slide').count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('returns on Esc to the screen it was opened from, with its filters', async () => {
    const { page, context, record } = await openPage(app.browser);
    await page.goto(`${app.server.baseUrl}#/mediation?year=2020`);
    await waitForApp(page);
    await page.locator('.app-header a[href^="#/present"]').click();
    await page.waitForSelector('.slide');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app-header');
    assert.match(page.url(), /#\/mediation\?year=2020$/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('lets the keyboard reach every value of a slide through its data table', async () => {
    const { page, context } = await openPage(app.browser);
    await openPresentation(page, '#/present?slide=3');
    await page.locator('.slide-tool').click();
    const button = page.locator('.slide-values .value-button').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.source-panel blockquote mark').waitFor();
    assert.equal((await counter(page))[0], 3, 'Enter on a value moved the slide');
    await context.close();
  });

  for (const [viewport, lang] of [
    [{ width: 1920, height: 1080 }, 'zh'],
    [{ width: 1280, height: 720 }, 'zh'],
    [{ width: 1024, height: 768 }, 'zh'],
    // English names are longer: the figures slide must still fit the smallest.
    [{ width: 1024, height: 768 }, 'en'],
  ]) {
    it(`fits every slide in a 16:9 frame at ${viewport.width}×${viewport.height} in ${lang}, the chart keeping most of it, and draws no chart of one district`, async () => {
      const { page, context, record } = await openPage(app.browser, viewport);
      await openPresentation(page, lang === 'en' ? '#/present?lang=en' : '#/present');
      const [, total] = await counter(page);
      for (let n = 1; n <= total; n++) {
        if (n > 1) await pressAndExpect(page, 'ArrowRight', n);
        const fit = await page.$eval('.slide', (slide) => {
          const rect = slide.getBoundingClientRect();
          const plot = slide.querySelector('.slide-plot');
          return {
            id: slide.dataset.slide,
            ratio: rect.width / rect.height,
            inside: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth + 0.5 && rect.bottom <= innerHeight + 0.5,
            overflow: slide.scrollHeight - slide.clientHeight,
            plotShare: plot ? plot.getBoundingClientRect().height / rect.height : null,
            fills: Math.max(rect.width / innerWidth, rect.height / innerHeight),
            // The figures slide's columns hide what does not fit: nothing may be hidden.
            figuresOverflow: [...slide.querySelectorAll('.figure-columns')].map((columns) => columns.scrollHeight - columns.clientHeight),
            // A chart slide says how many reports give its chart (and a chart drawn on it sits in that card).
            reporting: [...slide.querySelectorAll('.slide-chart, [data-chart]')].map((el) => Number(el.closest('[data-reporting]')?.getAttribute('data-reporting') ?? Number.NaN)),
          };
        });
        for (const overflow of fit.figuresOverflow) assert.ok(overflow <= 1, `${fit.id}: figures hidden by ${overflow}px`);
        for (const reporting of fit.reporting) assert.ok(reporting >= 2, `${fit.id}: a chart of ${reporting} reporting districts`);
        assert.ok(Math.abs(fit.ratio - 16 / 9) < 0.01, `${fit.id}: ratio ${fit.ratio}`);
        assert.ok(fit.inside && fit.fills > 0.99, `${fit.id}: not filling the window`);
        assert.ok(fit.overflow <= 1, `${fit.id}: content overflows by ${fit.overflow}px`);
        if (fit.plotShare !== null) assert.ok(fit.plotShare >= 0.45, `${fit.id}: the chart has only ${Math.round(fit.plotShare * 100)}% of the slide`);
      }
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }

  it('gathers the figures only one district reports on a slide before the sources, each opening its paragraph', async () => {
    const { page, context, record } = await openPage(app.browser);
    await openPresentation(page);
    const [, total] = await counter(page);
    await pressAndExpect(page, 'End', total);
    await pressAndExpect(page, 'ArrowLeft', total - 1);
    assert.equal(await page.locator('.slide').getAttribute('data-slide'), 'figures-1');
    // The enforcement staff of Huadu alone: a figure here, no chart anywhere in the deck.
    const staff = page.locator('.slide [data-single="enforcement_staff"] .value-button');
    assert.match(await staff.innerText(), /1,918/);
    await staff.click();
    const mark = page.locator('.source-panel blockquote mark');
    await mark.waitFor();
    assert.match(await mark.innerText(), /1918/);
    assert.equal((await counter(page))[0], total - 1, 'the slide stays');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('gives the slide controls targets of at least 44 px and a counter readable from the back, at 1366×768', async () => {
    const { page, context } = await openPage(app.browser, { width: 1366, height: 768 });
    await openPresentation(page, '#/present?slide=3');
    const boxes = await page.$$eval('.slide-bar button, .slide-tool', (buttons) => buttons.map((b) => ({ label: b.getAttribute('aria-label') ?? b.textContent, ...b.getBoundingClientRect().toJSON() })));
    assert.ok(boxes.length >= 5, `${boxes.length} controls`);
    for (const box of boxes) assert.ok(box.width >= 44 && box.height >= 44, `${box.label}: ${box.width}×${box.height}`);
    const counterPx = await page.$eval('[data-testid="slide-counter"]', (el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(counterPx >= 18, `the counter is ${counterPx}px`);
    await context.close();
  });

  for (const hash of ['#/present?slide=3', '#/present?slide=3&source=2020-guizhou-qianxinan-xingyi/reconsideration_received', '#/present?lang=en']) {
    it(`finds no accessibility violation on ${hash}`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(app.server.baseUrl + hash);
      await page.waitForSelector('.slide');
      if (hash.includes('source=')) await page.waitForSelector('.source-panel');
      await page.waitForTimeout(600);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});

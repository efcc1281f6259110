// Accessibility: axe-core finds no violation on any route, in the source panel, or in English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { withServedApp, waitForApp } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
  '#/',
  '#/reconsideration',
  '#/litigation',
  '#/mediation',
  '#/training',
  '#/data',
  '#/reports/2020-guangdong-guangzhou-huadu',
  '#/reports/2020-guangdong-shaoguan-wujiang?p=12',
  '#/mediation?source=2020-guizhou-qianxinan-xingyi/mediation_success_rate',
  '#/?lang=en',
  '#/data?lang=en&source=2020-guangdong-shaoguan-wujiang/mediation_amount',
];

const app = withServedApp();

/** Runs axe in the page (injected around the page's CSP, which rightly forbids inline scripts). */
async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

describe('accessibility (axe-core)', () => {
  for (const route of PAGES) {
    it(`finds no violations on ${route}`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(app.server.baseUrl + route);
      await waitForApp(page);
      if (route.includes('source=')) await page.waitForSelector('.source-panel');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }

  it('keeps every screen usable at 200 % zoom (no content cut off sideways)', async () => {
    const context = await app.browser.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const route of ['#/', '#/mediation', '#/data', '#/reports/2020-guangdong-shaoguan-wujiang']) {
      await page.goto(app.server.baseUrl + route);
      await waitForApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${route} scrolls sideways by ${overflow}px at 200 % zoom`);
    }
    await context.close();
  });
});

// Browser tests of the offline single file (dist-offline/index.html, written by `npm run build:offline`):
// opened from disk, it must draw and drill down with no server and send no request beyond itself.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clickTopBar, launchBrowser, openPage, waitForApp } from './harness.mjs';

const OUT_DIR = fileURLToPath(new URL('../../dist-offline/', import.meta.url));
const PAGE_URL = pathToFileURL(`${OUT_DIR}index.html`).href;
const CHART_ROUTES = ['#/', '#/reconsideration', '#/litigation', '#/mediation', '#/training'];
const OTHER_ROUTES = ['#/data', '#/reports/2020-guizhou-qianxinan-xingyi', '#/reports/2020-guangdong-guangzhou-huadu'];

/**
 * A request the offline page may make: the page itself (browsers drop the #fragment), a data: URL, or a
 * blob: URL the page made from its own memory (an export's download).
 */
const isOwnRequest = (url) => url === PAGE_URL || url.startsWith('data:') || url.startsWith('blob:');

let browser;
let html;
before(async () => {
  assert.ok(
    existsSync(`${OUT_DIR}index.html`),
    'dist-offline/index.html is missing: run `npm run build:offline` first',
  );
  html = readFileSync(`${OUT_DIR}index.html`, 'utf8');
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Opens a route of the file and waits for the app; returns the page and what it recorded. */
async function openRoute(route, setUp = async () => {}) {
  const opened = await openPage(browser);
  await setUp(opened.context);
  await opened.page.goto(PAGE_URL + route);
  await waitForApp(opened.page);
  return opened;
}

describe('the offline single file', () => {
  it('is one file whose CSP allows only its own inlined script and no connection', () => {
    assert.deepEqual(readdirSync(OUT_DIR), ['index.html']);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, 'no CSP meta tag');
    const directives = Object.fromEntries(
      policy.split(/;\s*/).map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    assert.equal(scripts.length, 1, 'expected exactly one inlined module script');
    assert.deepEqual(directives['script-src'], [
      `'sha256-${createHash('sha256').update(scripts[0], 'utf8').digest('base64')}'`,
    ]);
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['connect-src'], ["'none'"]);
    assert.doesNotMatch(policy, /unsafe-eval|\*|https?:/);
    assert.doesNotMatch(
      html,
      /<(?:script|img|iframe)\b[^>]*\bsrc="|<link\b[^>]*\bhref="(?!data:)/,
      'the page refers to another file',
    );
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
    assert.ok(styles.length > 0, 'the styles are not inlined');
    assert.doesNotMatch(styles, /@font-face|@import|url\((?!["']?data:)/, 'the styles load a font or another file');
  });

  for (const route of [...CHART_ROUTES, ...OTHER_ROUTES]) {
    it(`renders ${route} from file:// without console errors or requests beyond itself`, async () => {
      const { page, context, record } = await openRoute(route);
      assert.equal(await page.locator('.screen-error').count(), 0, 'the screen shows an error');
      if (CHART_ROUTES.includes(route))
        assert.ok((await page.locator('[data-chart] svg path').count()) > 0, 'no chart was drawn');
      assert.deepEqual(record.errors, []);
      assert.ok(record.requests.includes(PAGE_URL), 'the page itself was not recorded');
      assert.deepEqual(
        record.requests.filter((url) => !isOwnRequest(url)),
        [],
      );
      await context.close();
    });
  }

  it('drills down from a chart bar and from a table cell to the quote inside <mark> with the network blocked', async () => {
    const blocked = [];
    const { page, context, record } = await openRoute('#/mediation', async (browserContext) => {
      await browserContext.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
        blocked.push(url);
        return route.abort('internetdisconnected');
      });
      await browserContext.setOffline(true);
    });
    await clickTopBar(page, 'mediation_cases');
    await page.locator('.source-panel blockquote mark').waitFor();
    assert.match(await page.locator('.source-panel blockquote mark').innerText(), /2291/);
    assert.match(await page.locator('.source-panel').innerText(), /兴义市/);
    await page.goto(`${PAGE_URL}#/data`);
    await waitForApp(page);
    await page.fill('input[type="search"]', '调解成功率');
    await page.locator('tr', { hasText: '武江区' }).filter({ hasText: '调解成功率' }).locator('.value-button').click();
    await page.locator('.source-panel blockquote mark').waitFor();
    assert.match(await page.locator('.source-panel blockquote mark').innerText(), /98\.79/);
    assert.deepEqual(blocked, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.requests.filter((url) => !isOwnRequest(url)),
      [],
    );
    await context.close();
  });

  it('exports a chart as SVG and CSV, whose code is joined into the one script', async () => {
    const { page, context, record } = await openRoute('#/mediation');
    for (const format of ['svg', 'csv']) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10000 }),
        page.locator(`#chart-mediation_cases [data-export="${format}"]`).click(),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`\\.${format}$`));
    }
    assert.equal(await page.locator('.export-failed').count(), 0);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.requests.filter((url) => !isOwnRequest(url)),
      [],
    );
    await context.close();
  });

  it('refuses eval, any other inline script and a connection to another origin, as its policy says', async () => {
    const { page, context, record } = await openRoute('#/');
    // DevTools evaluation itself may eval, so the attempts run later, from the page's own timer and event.
    await page.evaluate(() => {
      setTimeout('window.viaTimer = true', 0);
      document.body.addEventListener('click', () => {
        try {
          window.viaEval = eval('true');
        } catch (error) {
          window.viaEval = error.name;
        }
      });
      const script = document.createElement('script');
      script.textContent = 'window.viaInline = true';
      document.body.append(script);
    });
    await page.mouse.click(2, 2);
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => [window.viaTimer, window.viaEval, window.viaInline]), [
      undefined,
      'EvalError',
      undefined,
    ]);
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        (error) => error.name,
      ),
    );
    assert.equal(outcome, 'TypeError');
    assert.ok(
      record.errors.some((text) => /connect-src 'none'/.test(text)),
      'the fetch was not refused by the policy',
    );
    assert.deepEqual(
      record.requests.filter((url) => !isOwnRequest(url)),
      [],
    );
    await context.close();
  });
});

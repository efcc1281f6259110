// Takes the README's screenshots from the build (run `npx vite build` first): the overview, a family screen
// with the source panel open, and a slide, at 1366×768 in Chinese, into docs/ as palette PNGs
// (pngquant, Debian's `pngquant` package, keeps each small; without it the PNGs are kept as taken).
// Usage: node scripts/readmeScreenshots.mjs [WIDTHxHEIGHT]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { clickTopBar, launchBrowser, openPage, serveBuild, waitForApp, waitForCharts } from '../test/e2e/harness.mjs';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const [width, height] = (process.argv[2] ?? '1366x768').split('x').map(Number);

/** The shots: a name, the address, and what to do before the picture is taken. */
const SHOTS = [
  { name: 'overview', hash: '#/', before: (page) => waitForCharts(page) },
  {
    name: 'source-panel',
    hash: '#/mediation',
    before: async (page) => {
      await waitForCharts(page);
      await clickTopBar(page, 'mediation_cases');
      await page.locator('.source-panel blockquote mark').waitFor();
    },
  },
  {
    name: 'slide',
    hash: '#/present',
    before: async (page) => {
      // From the title slide to the first slide with a chart.
      for (let i = 0; i < 40 && (await page.locator('.slide [data-chart] svg').count()) === 0; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(150);
      }
      await page.locator('.slide [data-chart] svg').first().waitFor();
    },
  },
];

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const server = await serveBuild();
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const { page, context, record } = await openPage(browser, { width, height });
    await page.goto(server.baseUrl + shot.hash);
    await waitForApp(page);
    await shot.before(page);
    // Charts finish their entry animation.
    await page.waitForTimeout(1500);
    const path = `${DOCS}${shot.name}.png`;
    await page.screenshot({ path });
    if (record.errors.length > 0) throw new Error(`${shot.hash}: ${record.errors.join('; ')}`);
    await context.close();
    try {
      execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=70-90', '--output', path, path]);
    } catch (error) {
      // 98 and 99: the palette would not be smaller, or not good enough; the PNG is kept as taken.
      if (error.code === 'ENOENT') console.warn('pngquant not found: kept the PNG as taken');
      else if (error.status !== 98 && error.status !== 99) throw error;
    }
    console.log(path);
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * One benchmark run in a fresh browser context: load the overview, time it (first chart, all charts,
 * the worker's fetch and parse, long tasks on the page's thread), weigh the heap once the load has
 * settled, then time filter changes to the updated chart, clicks to the source panel, and going to a
 * district's profile until it is drawn.
 */
import { readFileSync } from 'node:fs';

const INSTRUMENT = readFileSync(new URL('./instrument.js', import.meta.url), 'utf8');
const TIMEOUT_MS = 180_000;

// Each family screen and the chart that shows it has arrived (its first, inside the family screen: the
// overview has some of the same charts); the overview's own first chart.
const FAMILY_SCREENS = ['reconsideration', 'litigation', 'mediation', 'training'].map((slug, i) => [
  `#/${slug}`,
  `#family-title ~ .chart-grid [data-chart="${['flow-reconsideration_received', 'litigation_cases', 'mediation_cases', 'enforcement_staff'][i]}"] svg path`,
]);
const OVERVIEW_READY = '#overview-title ~ .family-grid [data-chart="reconsideration_received"] svg path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one measurement; `samples` per kind of filter change and of click. */
export async function browserRun(browser, baseUrl, { samples = 12, provinces = [], years = [], districts = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(INSTRUMENT);
  const cdp = await context.newCDPSession(page);
  await page.goto(baseUrl, { timeout: TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench.allCharts !== null, null, { timeout: TIMEOUT_MS, polling: 100 });
  await page.waitForFunction(() => performance.getEntriesByName('dataset:findings').length > 0, null, { timeout: TIMEOUT_MS, polling: 250 });
  await sleep(500);
  const load = await page.evaluate(() => {
    const measure = (name) => performance.getEntriesByName(name)[0]?.duration ?? null;
    const settled = performance.getEntriesByName('dataset:findings')[0].startTime;
    const tasks = window.__bench.longTasks;
    const longest = (until) => Math.max(0, ...tasks.filter(([start]) => start <= until).map(([, duration]) => duration));
    return {
      firstChartMs: window.__bench.firstChart,
      loadMs: window.__bench.allCharts,
      fetchMs: measure('dataset:fetch'),
      parseMs: measure('dataset:build'),
      packMs: measure('dataset:pack'),
      readyMs: performance.getEntriesByName('dataset:ready')[0]?.startTime ?? null,
      findingsMs: settled,
      longestTaskMs: longest(settled),
      longestTaskToChartsMs: longest(window.__bench.allCharts),
      longTasks: tasks.filter(([start]) => start <= settled).length,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  load.heapMB = heap.usedSize / 1024 / 1024;

  const filters = { year: [], province: [], perCapita: [], indicator: [] };
  const firstChart = '[data-chart="reconsideration_received"]';
  const yearCycle = [...years.slice(-3).map(String), 'latest'];
  const provinceCycle = [...provinces.slice(0, 3), ''];
  for (let i = 0; i < samples; i++) {
    filters.year.push(await page.evaluate((value) => window.__benchChange(() => window.__benchSelect(0, value)), yearCycle[i % yearCycle.length]));
    filters.province.push(await page.evaluate((value) => window.__benchChange(() => window.__benchSelect(1, value)), provinceCycle[i % provinceCycle.length]));
    filters.perCapita.push(await page.evaluate(() => window.__benchChange(() => window.__benchPerCapita())));
  }
  // Back to the whole country's latest reports, then round the family screens and back to the overview.
  await page.evaluate(() => (location.hash = '#/'));
  await page.waitForSelector(`${firstChart} svg path`, { state: 'attached', timeout: TIMEOUT_MS });
  for (let i = 0; i < samples; i++) {
    const [hash, ready] = i % 2 === 0 ? FAMILY_SCREENS[(i / 2) % FAMILY_SCREENS.length] : ['#/', OVERVIEW_READY];
    filters.indicator.push(await page.evaluate(([to, selector]) => window.__benchScreen(to, selector), [hash, ready]));
  }
  await page.waitForSelector(`${firstChart} svg path`, { state: 'attached', timeout: TIMEOUT_MS });
  // Clicks start on a settled page: the brief, coverage and findings follow the charts a moment later.
  await sleep(1000);

  const panel = [];
  for (let i = 0; i < samples; i++) {
    const bars = await page.evaluate((chart) => window.__benchBars(chart), firstChart);
    if (bars.length === 0) break;
    const bar = bars[i % bars.length];
    await page.evaluate(() => window.__benchArmClick());
    await page.mouse.click(bar.x, bar.y);
    panel.push(await page.evaluate(() => window.__benchPanel()));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.source-panel', { state: 'detached', timeout: 10_000 });
    await sleep(100);
  }

  // A district's profile, from the address to its tables drawn: the first visit loads the screen's code
  // (timed apart, as profileFirstMs); the others time the profile itself, each of another district.
  const profile = [];
  let profileFirst = null;
  for (const [i, code] of districts.slice(0, samples + 1).entries()) {
    const time = await page.evaluate(([to, selector]) => window.__benchScreen(to, selector), [`#/districts/${code}`, `.profile[data-code="${code}"] .profile-family`]);
    if (i === 0) profileFirst = time;
    else profile.push(time);
    await sleep(100);
  }
  await context.close();
  return { load, filters, panel, profile, profileFirst, errors };
}

// Injected into the page before the app loads (bench/browserRun.mjs): records when the first and the
// last chart are drawn and every long task on the page's thread, and gives the benchmark a few helpers
// that time interactions in the page's own clock, so no round trip to the driver is counted.
(() => {
  const bench = (window.__bench = { longTasks: [], firstChart: null, allCharts: null, clickAt: null, panelAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing reports none.
  }
  const watchCharts = () => {
    const charts = document.querySelectorAll('.echart');
    const drawn = [...charts].filter((chart) => chart.querySelector('svg path'));
    if (drawn.length > 0 && bench.firstChart === null) bench.firstChart = performance.now();
    if (charts.length > 0 && drawn.length === charts.length) bench.allCharts = performance.now();
    else requestAnimationFrame(watchCharts);
  };
  requestAnimationFrame(watchCharts);

  const TIMEOUT = 10_000;

  /** Resolves with the milliseconds until `done()` holds after `act()`, watching `root`; null on timeout. */
  const timeUntil = (root, act, done) =>
    new Promise((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, TIMEOUT);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      act();
    });

  /**
   * Times a filter change until every chart it changes has been redrawn: the milliseconds to the last
   * chart's first change (its animation then runs on), once no chart has changed for a while; null if none.
   */
  window.__benchChange = (act) =>
    new Promise((resolve) => {
      const started = performance.now();
      const changed = new Map();
      let quiet;
      const finish = () => {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(limit);
        resolve(changed.size === 0 ? null : Math.max(...changed.values()));
      };
      const observer = new MutationObserver((records) => {
        const at = performance.now() - started;
        for (const record of records) {
          const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
          const chart = element?.closest('.echart');
          if (chart && !changed.has(chart)) changed.set(chart, at);
        }
        clearTimeout(quiet);
        quiet = setTimeout(finish, 400);
      });
      const limit = setTimeout(finish, TIMEOUT);
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true });
      act();
    });

  /** Chooses `value` in the filter bar's `index`-th select, as a person would. */
  window.__benchSelect = (index, value) => {
    const select = document.querySelectorAll('.filter-bar select')[index];
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Ticks or unticks "per 10,000 residents" (the filter bar's last checkbox). */
  window.__benchPerCapita = () => [...document.querySelectorAll('.filter-bar input[type="checkbox"]')].at(-1).click();

  /**
   * Times going to `hash` until `ready` (a selector) and every other chart of the screen are drawn: no
   * chart still waiting for its drawing (a card marked pending) and every mounted chart painted.
   */
  window.__benchScreen = (hash, ready) =>
    timeUntil(
      document.querySelector('main'),
      () => (location.hash = hash),
      () =>
        document.querySelector(ready) !== null &&
        document.querySelector('main .chart-pending') === null &&
        [...document.querySelectorAll('main .echart')].every((chart) => chart.querySelector('svg path')),
    );

  /** The centres of the bars of a chart, scrolled into view. */
  window.__benchBars = (selector) => {
    const svg = document.querySelector(`${selector} svg`);
    if (!svg) return [];
    svg.scrollIntoView({ block: 'center' });
    return [...svg.querySelectorAll('path')]
      .filter((path) => (path.getAttribute('fill') ?? '').toLowerCase() === '#0072b2')
      .map((path) => path.getBoundingClientRect())
      .filter((box) => box.width >= 4 && box.height >= 4 && box.top >= 0 && box.bottom <= innerHeight)
      .map((box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 }));
  };

  /** Before a click on a bar: notes when the press happens and when the quote shows in the source panel. */
  window.__benchArmClick = () => {
    bench.clickAt = null;
    bench.panelAt = null;
    addEventListener('pointerdown', (event) => (bench.clickAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.source-panel blockquote mark')) return;
      bench.panelAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true });
  };

  /** After the click: the milliseconds from the press to the quote in the panel, or null. */
  window.__benchPanel = async () => {
    const started = performance.now();
    while (bench.panelAt === null && performance.now() - started < TIMEOUT) await new Promise((resolve) => setTimeout(resolve, 20));
    return bench.panelAt === null || bench.clickAt === null ? null : bench.panelAt - bench.clickAt;
  };
})();

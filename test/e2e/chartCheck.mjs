// What the chart browser tests read out of a drawn chart's SVG (ECharts' SVG renderer): the legend's
// entries, the drawn bars' colours, and the boxes of its texts. Runs in the page (page.evaluate).

/**
 * Reads every chart's SVG under `root` (a selector; the chart elements are `[data-chart]`, or the root
 * itself when it is an SVG) and returns, per chart: its legend entries (a small symbol with a text just
 * right of it), the fills of its bars (shapes taller than a legend symbol), any text looking like a legend
 * pager ("1/5"), and each text's box.
 */
export function readCharts(root) {
  const scope = document.querySelector(root);
  if (!scope) return [];
  const svgs = scope.matches('svg') ? [scope] : [...scope.querySelectorAll('[data-chart] svg, svg.slide-chart')];
  const filled = (el) => {
    const fill = (el.getAttribute('fill') ?? '').toLowerCase();
    if (el.getAttribute('fill-opacity') === '0' || el.getAttribute('opacity') === '0') return false;
    return (
      fill &&
      fill !== 'none' &&
      fill !== 'transparent' &&
      !fill.startsWith('url') &&
      fill !== '#fff' &&
      fill !== '#ffffff' &&
      fill !== 'rgb(255,255,255)'
    );
  };
  return svgs.map((svg) => {
    const chart = svg.closest('[data-chart]')?.getAttribute('data-chart') ?? svg.id ?? '';
    const whole = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')]
      .filter(
        (t) =>
          t.textContent.trim() &&
          getComputedStyle(t).display !== 'none' &&
          t.getAttribute('opacity') !== '0' &&
          !t.closest('[opacity="0"]'),
      )
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent.trim(),
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
          fill: t.getAttribute('fill') ?? '',
        };
      })
      .filter((t) => t.w > 0 && t.h > 0);
    const shapes = [...svg.querySelectorAll('path, rect')]
      .filter(filled)
      .map((el) => ({ el, r: el.getBoundingClientRect(), fill: el.getAttribute('fill').toLowerCase() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && r.width < whole.width * 0.9);
    const symbols = shapes.filter(({ r }) => r.height <= 18 && r.width <= 40);
    const legend = symbols.flatMap(({ r, fill }) => {
      const label = texts.find(
        (t) => t.x >= r.right - 1 && t.x <= r.right + 14 && Math.abs(t.y + t.h / 2 - (r.y + r.height / 2)) <= 8,
      );
      return label ? [{ name: label.text, fill }] : [];
    });
    const bars = [...new Set(shapes.filter(({ r }) => r.height > 18).map(({ fill }) => fill))];
    const pager = texts.filter((t) => /^\d+\s*\/\s*\d+$/.test(t.text)).map((t) => t.text);
    return { chart, legend, bars, pager, texts };
  });
}

/**
 * Pairs of texts of one chart whose boxes overlap by more than `slack` pixels each way, or that stand on
 * one line closer than `gap` pixels apart: tick labels that touch ("1,0001,500") read as one number.
 */
export function overlappingTexts(texts, slack = 1, gap = 3) {
  const pairs = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      const oneLine = dy > Math.min(a.h, b.h) / 2;
      if ((dx > slack && dy > slack) || (oneLine && dx > -gap)) pairs.push(`"${a.text}" × "${b.text}"`);
    }
  return pairs;
}

/**
 * Each chart under `root` with the number of reports its card says give its figures (`data-reporting`
 * on the card around it; NaN where none says): a chart compares, so the browser tests want at least two.
 */
export function readReporting(root) {
  return [...document.querySelectorAll(`${root} [data-chart]`)].map((chart) => ({
    chart: chart.getAttribute('data-chart'),
    reporting: Number(chart.closest('[data-reporting]')?.getAttribute('data-reporting') ?? Number.NaN),
  }));
}

/**
 * echarts/core as the charts hand it to echarts-for-react (its `echarts` prop), with one difference: a
 * chart is initialised once and drawn in the task that mounts it.
 *
 * echarts-for-react initialises a chart, waits for it to report 'finished' (drawing nothing, in the next
 * animation frame), disposes of it and initialises it again at the size it then finds, and only then sets
 * the option. For a screen of eight national charts mounted one after another that is sixteen
 * initialisations and eight animation frames of waiting. Here:
 * - an instance disposed of and, in the same breath, initialised again on the same element with the same
 *   theme and renderer is kept: `dispose` waits a microtask, and an `init` meanwhile takes the instance
 *   back (a dispose with no init after it disposes, as before);
 * - a new chart flushes its empty drawing a microtask after `init`, once echarts-for-react listens for
 *   'finished', so the option is set in the same task instead of an animation frame later.
 * The kept instance sizes itself to its element, as a resize would.
 *
 * echarts-for-react reads the element's size before its second init, which here changes nothing (the kept
 * instance stays as it is), yet the read lays the page out again (the chart has just added its SVG): until
 * then the element tells the chart's own size instead.
 *
 * One more saving: ECharts' HTML tooltip asks for its container's computed `position` each time the chart
 * is updated, and that makes the browser recompute the page's styles, changed by the chart updated just
 * before (~1.4 ms a chart, eight charts a filter change). It takes an element's `currentStyle`, where there
 * is one, instead: the container is given the position the tooltip would give it, inline, and a
 * `currentStyle` that reads the inline style.
 */
import * as echarts from 'echarts/core';
import type { EChartsType } from 'echarts/core';

type InitArguments = Parameters<typeof echarts.init>;

const made = new WeakMap<EChartsType, { theme: InitArguments[1]; renderer: string | undefined }>();
const disposing = new Map<HTMLElement, EChartsType>();

function elementOf(target: EChartsType | HTMLElement | string): HTMLElement | undefined {
  if (typeof target === 'string') return undefined;
  return target instanceof HTMLElement ? target : target.getDom();
}

function init(dom: InitArguments[0], theme?: InitArguments[1], opts?: InitArguments[2]): EChartsType {
  const kept = dom ? disposing.get(dom) : undefined;
  const first = kept && made.get(kept);
  if (dom) tellOwnSize(dom, undefined);
  if (kept) {
    disposing.delete(dom!);
    if (first && first.theme === theme && first.renderer === opts?.renderer && !kept.isDisposed()) {
      // echarts-for-react's 'finished' listener has done its part (this init answers it): left on, it would
      // read the element's size after the option's drawing, laying the page out again, and init once more.
      kept.off('finished');
      return kept;
    }
    // Another theme or renderer: the element is freed for a new chart now.
    echarts.dispose(kept);
  }
  if (dom) positionContainer(dom);
  const chart = echarts.init(dom, theme, opts);
  made.set(chart, { theme, renderer: opts?.renderer });
  if (dom) tellOwnSize(dom, chart);
  // Drawn (empty) as soon as echarts-for-react has subscribed to 'finished', in this task.
  queueMicrotask(() => {
    if (!chart.isDisposed()) chart.getZr().flush();
  });
  return chart;
}

/**
 * Until the chart is initialised again (or disposed of), its element reports the chart's size as its
 * client size, without laying the page out; `undefined` gives the element its own size back.
 */
function tellOwnSize(dom: HTMLElement, chart: EChartsType | undefined): void {
  if (!chart) {
    delete (dom as { clientWidth?: number }).clientWidth;
    delete (dom as { clientHeight?: number }).clientHeight;
    return;
  }
  Object.defineProperty(dom, 'clientWidth', { configurable: true, get: () => chart.getWidth() });
  Object.defineProperty(dom, 'clientHeight', { configurable: true, get: () => chart.getHeight() });
}

/** The tooltip's container: positioned, and its position told without computing the page's styles. */
function positionContainer(dom: HTMLElement): void {
  if (!dom.style.position) dom.style.position = 'relative';
  if (!('currentStyle' in dom))
    Object.defineProperty(dom, 'currentStyle', { configurable: true, get: () => ({ position: dom.style.position }) });
}

function dispose(target: EChartsType | HTMLElement | string): void {
  const dom = elementOf(target);
  const chart = dom && echarts.getInstanceByDom(dom);
  if (!dom || !chart) {
    echarts.dispose(target);
    return;
  }
  disposing.set(dom, chart);
  queueMicrotask(() => {
    if (disposing.get(dom) !== chart) return;
    disposing.delete(dom);
    tellOwnSize(dom, undefined);
    echarts.dispose(chart);
  });
}

/** The echarts object for echarts-for-react. */
export const echartsOnce: typeof echarts = { ...echarts, init, dispose };

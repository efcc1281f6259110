/**
 * The one ECharts wrapper: only the charts and components the dashboard uses are registered (tree-shaken
 * through echarts/core), rendered as SVG for crisp projection. A click on a value reports its observation key.
 * A parent can hold its ECharts instance (for exports); for print it is redrawn at the page's width.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { chartQueue } from './chartQueue';
import { keyOfDatum } from './datum';
import { REPLACED_ON_UPDATE, updateOption } from './updateOption';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * The chart's width on paper, in CSS pixels: an A4 landscape page less the 10 mm margins of the print
 * stylesheet (`@page` in styles.css) is 277 mm ≈ 1047 px, and a little is left for the card's edge.
 */
export const PRINT_WIDTH_PX = 1000;
/** The tallest a chart is drawn on paper: the page's 718 px height less its title and footnotes. */
export const PRINT_MAX_HEIGHT_PX = 440;

/**
 * How long a chart's new size holds before the chart is drawn at that size: a national overview takes
 * ~150 ms to redraw, not worth spending while the source panel is opened and closed again at once.
 */
const RESIZE_SETTLE_MS = 200;

/** What a parent can ask of a drawn chart: its live ECharts instance, for exports. */
export interface EChartHandle {
  getInstance(): EChartsType | undefined;
}

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Called with the observation key of a clicked value. */
  onSelect: (key: string) => void;
  label: string;
  /** Called with the observation key of a value the pointer comes over (a click on it may follow). */
  onHover?: (key: string) => void;
  /** Whether a new option animates from the former drawing (off for national charts, where it costs frames). */
  animateUpdates?: boolean;
  ref?: Ref<EChartHandle>;
}

/**
 * Draws an option; the element is labelled for assistive technology and tests. The first drawing, and a
 * drawing at a new size, are made in a task of their own (chartQueue), not in React's commit; a new
 * option is merged into the drawing in the commit itself.
 */
export function EChart({ option, height, onSelect, onHover, label, animateUpdates = true, ref }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const instance = useRef<EChartsType | undefined>(undefined);
  // What the queued drawing reads when its turn comes: the latest option and handlers.
  const latest = useRef({ option, onSelect, onHover });
  const drawn = useRef<EChartsCoreOption | undefined>(undefined);
  useImperativeHandle(ref, () => ({ getInstance: () => instance.current }), []);
  // Layout effects: the drawing is queued in the commit itself, ahead of what the commit's passive effects queue.
  useLayoutEffect(() => {
    latest.current = { option, onSelect, onHover };
  });
  useLayoutEffect(() => {
    const element = host.current!;
    let chart: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    let cancelResize: (() => void) | undefined;
    const cancelDraw = chartQueue.add(() => {
      chart = echarts.init(element, null, { renderer: 'svg' });
      instance.current = chart;
      chart.on('click', (params: { data?: unknown }) => {
        const key = keyOfDatum(params.data);
        if (key) latest.current.onSelect(key);
      });
      chart.on('mouseover', (params: { data?: unknown }) => {
        const key = keyOfDatum(params.data);
        if (key) latest.current.onHover?.(key);
      });
      drawn.current = latest.current.option;
      chart.setOption(drawn.current);
      chart.getZr().flush();
      // A new size (the window, the source panel opening beside the screen) is drawn once the size has
      // settled for a moment, in a task of its own too: the panel's quote is shown first.
      // A size that is back to the drawn one before that (the panel closed again) is not drawn at all.
      let drawnSize = [element.clientWidth, element.clientHeight];
      observer = new ResizeObserver(() => {
        const now = [element.clientWidth, element.clientHeight];
        cancelResize?.();
        cancelResize = undefined;
        if (now[0] === drawnSize[0] && now[1] === drawnSize[1]) return;
        const timer = setTimeout(() => {
          cancelResize = chartQueue.add(() => {
            cancelResize = undefined;
            if (!chart || chart.isDisposed()) return;
            drawnSize = [element.clientWidth, element.clientHeight];
            chart.resize();
            chart.getZr().flush();
          });
        }, RESIZE_SETTLE_MS);
        cancelResize = () => clearTimeout(timer);
      });
      observer.observe(element);
    });
    return () => {
      cancelDraw();
      cancelResize?.();
      observer?.disconnect();
      chart?.dispose();
      instance.current = undefined;
      drawn.current = undefined;
    };
  }, []);
  useLayoutEffect(() => {
    // Before the first drawing there is nothing to update: it draws the latest option when it runs. A
    // drawn chart follows its new option at once, in the commit (a filter change: every chart of the
    // screen in one task, painted once), with no animation frames to wait for.
    const chart = instance.current;
    if (!chart || chart.isDisposed() || drawn.current === option) return;
    drawn.current = option;
    chart.setOption(updateOption(option, animateUpdates), { replaceMerge: [...REPLACED_ON_UPDATE] });
    chart.getZr().flush();
  }, [option, animateUpdates]);
  // The SVG is drawn at its screen width, which may be wider or narrower than the page: before printing
  // the chart is redrawn at the page's width, and after printing at its container's width again.
  useEffect(() => {
    // A width once given sticks to the instance until 'auto' releases it. The page is laid out for print
    // right after the event, before the next animation frame, so the new drawing is flushed at once.
    const redraw = (toWidth: number | 'auto', toHeight: number | 'auto') => {
      const chart = instance.current;
      if (!chart || chart.isDisposed()) return;
      chart.resize({ width: toWidth, height: toHeight, animation: { duration: 0 } });
      chart.getZr().flush();
    };
    // Wider on paper, so a little taller too: the bars keep their proportions and fill more of the page.
    const beforePrint = () => redraw(PRINT_WIDTH_PX, Math.min(Math.round(height * 1.5), Math.max(height, PRINT_MAX_HEIGHT_PX)));
    const afterPrint = () => redraw('auto', 'auto');
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [height]);
  // The height is the chart's own; a change of it resizes the drawing through the observer.
  return (
    <div className="echart" data-chart={label}>
      <div ref={host} style={{ height, width: '100%' }} />
    </div>
  );
}

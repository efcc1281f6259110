/**
 * The one ECharts wrapper: only the charts and components the dashboard uses are registered (tree-shaken
 * through echarts/core), rendered as SVG for crisp projection. A click on a value reports its observation key.
 * A parent can hold its ECharts instance (for exports); for print it is redrawn at the page's width.
 */
// The ES module build: the CommonJS one's default export does not survive bundling.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { keyOfDatum } from './datum';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * The chart's width on paper, in CSS pixels: an A4 landscape page less the 10 mm margins of the print
 * stylesheet (`@page` in styles.css) is 277 mm ≈ 1047 px, and a little is left for the card's edge.
 */
export const PRINT_WIDTH_PX = 1000;
/** The tallest a chart is drawn on paper: the page's 718 px height less its title and footnotes. */
export const PRINT_MAX_HEIGHT_PX = 440;

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
  ref?: Ref<EChartHandle>;
}

/** Draws an option; the element is labelled for assistive technology and tests. */
export function EChart({ option, height, onSelect, label, ref }: EChartProps) {
  const core = useRef<ReactEChartsCore | null>(null);
  useImperativeHandle(ref, () => ({ getInstance: () => core.current?.getEchartsInstance() ?? undefined }), []);
  // The SVG is drawn at its screen width, which may be wider or narrower than the page: before printing
  // the chart is redrawn at the page's width, and after printing at its container's width again.
  useEffect(() => {
    // A width once given sticks to the instance until 'auto' releases it. The page is laid out for print
    // right after the event, before the next animation frame, so the new drawing is flushed at once.
    const redraw = (toWidth: number | 'auto', toHeight: number | 'auto') => {
      const instance = core.current?.getEchartsInstance();
      if (!instance || instance.isDisposed()) return;
      instance.resize({ width: toWidth, height: toHeight, animation: { duration: 0 } });
      instance.getZr().flush();
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
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        const key = keyOfDatum(params.data);
        if (key) onSelect(key);
      },
    }),
    [onSelect],
  );
  return (
    <div className="echart" data-chart={label}>
      <ReactEChartsCore
        ref={core}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg' }}
        onEvents={onEvents}
      />
    </div>
  );
}

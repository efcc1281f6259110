/**
 * The one ECharts wrapper: only the charts and components the dashboard uses are registered (tree-shaken
 * through echarts/core), rendered as SVG for crisp projection. A click on a value reports its observation key.
 */
// The ES module build: the CommonJS one's default export does not survive bundling.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { keyOfDatum } from './datum';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Called with the observation key of a clicked value. */
  onSelect: (key: string) => void;
  label: string;
}

/** Draws an option; the element is labelled for assistive technology and tests. */
export function EChart({ option, height, onSelect, label }: EChartProps) {
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

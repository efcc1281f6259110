/** A chart slide's ECharts option: the family screen's own builder, then the projector theme over it. */
import type { EChartsCoreOption } from 'echarts/core';
import { buildCompositionOption } from '../../charts/buildCompositionOption';
import { buildGroupedOption } from '../../charts/buildGroupedOption';
import { buildRankingOption } from '../../charts/buildRankingOption';
import { buildRateOption } from '../../charts/buildRateOption';
import { buildTrendOption } from '../../charts/buildTrendOption';
import type { ChartSlide } from './buildDeck';
import { projectorOption } from './projectorOption';

/** Builds the option of a chart slide drawn `widthPx` wide with base font `fontPx`. */
export function buildSlideOption(slide: ChartSlide, widthPx: number, fontPx: number): EChartsCoreOption {
  const { chart } = slide;
  const option =
    chart.type === 'ranking'
      ? buildRankingOption(chart.comparison)
      : chart.type === 'rate'
        ? buildRateOption(chart.comparison)
        : chart.type === 'grouped'
          ? buildGroupedOption(chart.grouped, slide.title)
          : chart.type === 'trend'
            ? buildTrendOption(chart.trend, chart.lang)
            : buildCompositionOption(chart.grouped, slide.title);
  return projectorOption(option, widthPx, fontPx);
}

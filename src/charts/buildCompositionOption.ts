/**
 * 100 % stacked bars: each district's reported parts (outcomes, dispute types) as shares of their sum.
 * At most six categories (foldParts): the first parts of the breakdown's fixed order by name, the rest
 * as 其他, whose tooltip lists them. Every category keeps one colour (categoryColors), and the legend is
 * shown whole.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Grouped } from '../model/buildGrouped';
import { foldParts, type FoldedSeries } from '../model/foldParts';
import { MESSAGES } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { indicatorName, unitLabel } from '../model/locale';
import { categoryColor, labelInk, OTHER_COLOR } from './categoryColors';
import { valueTooltip } from './chartText';
import type { Datum } from './datum';
import { escapeHtml } from './escape';
import { categoryAxis, describeGrouped } from './groupedAxis';
import { FONT_FAMILY, FONT_SIZE, INK } from './theme';

/** A segment narrower than this share (in %) carries no number: it would not fit. */
export const LABEL_MIN_SHARE = 8;

interface CompositionDatum extends Datum {
  /** For 其他: its parts, as the tooltip lists them. */
  parts?: string;
}

function shareData(series: FoldedSeries[]): CompositionDatum[][] {
  const districts = series[0]?.cells.length ?? 0;
  const totals = Array.from({ length: districts }, (_, i) =>
    series.reduce((sum, s) => sum + (s.cells[i].value ?? 0), 0),
  );
  return series.map((s) =>
    s.cells.map((cell, i) => {
      if (!cell.observation || cell.value === undefined || totals[i] === 0) return { value: '-' as const };
      return {
        value: (100 * cell.value) / totals[i],
        key: cell.observation.key,
        qualifier: cell.qualifier,
        reported: cell.reported,
        ...(cell.observation.origin === 'user' ? { own: true as const } : {}),
      };
    }),
  );
}

/** Builds the option; the 其他 series' tooltip names each part it holds with its figure. */
export function buildCompositionOption(grouped: Grouped, title: string): EChartsCoreOption {
  const lang = grouped.lang;
  const text = MESSAGES[lang];
  const folded = foldParts(grouped);
  const names = folded.map((s) => (s.indicator ? indicatorName(s.indicator, lang) : text.chartText.otherParts));
  const colors = folded.map((s) => (s.indicator ? categoryColor(grouped.order.indexOf(s.id)) : OTHER_COLOR));
  const data = shareData(folded);
  const unit = grouped.series[0]?.indicator.unit ?? '';
  // The parts of each 其他 cell, in words, for its tooltip.
  folded.forEach((s, si) => {
    if (s.indicator) return;
    s.cells.forEach((cell, i) => {
      const datum = data[si][i];
      if (datum.key)
        datum.parts = cell.parts
          .map(
            (part) =>
              `${indicatorName(part.indicator, lang)} ${formatQualified(part.observation.value, part.observation.qualifier, 2, lang)}`,
          )
          .join(text.chartText.listSeparator);
    });
  });
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    color: colors,
    aria: { enabled: true, label: { description: describeGrouped(grouped, title) }, decal: { show: false } },
    // A plain legend wraps to as many rows as it needs (the chart makes room: legendRoom.ts); never a pager.
    legend: { top: 0, type: 'plain', data: names, textStyle: { fontSize: FONT_SIZE, color: INK } },
    grid: { left: 8, right: 24, top: 48, bottom: 28, containLabel: true },
    yAxis: { ...categoryAxis(grouped), inverse: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      // Quarters: five ticks fit a third of a small screen, and each says its % (the axis needs no name).
      interval: 25,
      axisLabel: { color: INK, fontSize: FONT_SIZE, formatter: '{value}%' },
    },
    tooltip: {
      trigger: 'item' as const,
      formatter: (params: { name: string; seriesName: string; data: CompositionDatum }) => {
        const head = valueTooltip(
          params.name,
          params.seriesName,
          params.data.reported,
          params.data.qualifier,
          unit,
          lang,
          params.data.own,
        );
        if (!params.data.parts) return head;
        const hint = `<br/>${escapeHtml(text.chartText.clickForSource)}`;
        const parts = `<br/>${escapeHtml(params.data.parts)}${unit ? ` (${escapeHtml(unitLabel(unit, lang))})` : ''}`;
        return head.endsWith(hint) ? `${head.slice(0, -hint.length)}${parts}${hint}` : `${head}${parts}`;
      },
    },
    series: folded.map((s, si) => ({
      // A category's segments keep their id from one drawing to the next, and are updated in place (updateOption).
      id: s.id,
      type: 'bar',
      stack: 'share',
      name: names[si],
      data: data[si],
      itemStyle: { color: colors[si], borderColor: '#ffffff', borderWidth: 1 },
      cursor: 'pointer',
      label: {
        show: true,
        color: labelInk(colors[si]),
        fontSize: FONT_SIZE - 1,
        formatter: (params: { data: Datum }) =>
          params.data.key && (params.data.value as number) >= LABEL_MIN_SHARE
            ? formatQualified(params.data.reported!, params.data.qualifier!, 2, lang)
            : '',
      },
    })),
  };
}

/** Turns a chart spec into a drawn chart for the current view: model → option → ChartCard. */
import { useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import type { Report } from '../../data/dataset';
import { buildCompositionOption, buildGroupedOption } from '../../charts/buildGroupedOption';
import { buildRankingOption } from '../../charts/buildRankingOption';
import { buildRateOption } from '../../charts/buildRateOption';
import { withPatterns } from '../../charts/withPatterns';
import { ChartCard, type ChartValue } from '../../components/ChartCard';
import { buildComparison, type Comparison } from '../../model/buildComparison';
import { breakdownIndicators, buildGrouped, type Grouped } from '../../model/buildGrouped';
import type { Lang } from '../../i18n/messages';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorDefinition, indicatorName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';
import { RANK_WINDOW_SIDE, selectRankWindow } from '../../model/selectRankWindow';
import { selectTopReports } from '../../model/selectTopReports';
import type { ChartSpec } from './familySpecs';

interface SpecChartProps {
  spec: ChartSpec;
  reports: Report[];
}

function comparisonValues(comparison: Comparison, lang: Lang, notReported: string): ChartValue[] {
  return comparison.rows.map((row) => ({
    row: labelReport(row.report, lang),
    column: indicatorName(comparison.indicator, lang),
    key: row.observation?.key,
    text: row.observation ? formatWithUnit(row.observation.value, row.observation.qualifier, comparison.indicator.unit, 2, lang) : notReported,
  }));
}

function groupedValues(grouped: Grouped, lang: Lang, notReported: string): ChartValue[] {
  return grouped.series.flatMap((s) =>
    s.cells.map((cell, i) => ({
      row: labelReport(grouped.reports[i], lang),
      column: indicatorName(s.indicator, lang),
      key: cell.observation?.key,
      text: cell.observation ? formatWithUnit(cell.observation.value, cell.observation.qualifier, s.indicator.unit, 2, lang) : notReported,
    })),
  );
}

/** A chart of one spec, or a labelled empty state when no selected report gives its figures. */
export function SpecChart({ spec, reports }: SpecChartProps) {
  const { dataset, view, lang, t, openSource } = useApp();
  const drawn = useMemo(() => {
    const heightFor = (rows: number) => Math.max(220, 64 + rows * 46);
    if (spec.type === 'ranking' || spec.type === 'rate') {
      const comparison = buildComparison(dataset, reports, spec.indicator, view.perCapita, lang);
      if (!comparison || comparison.rows.every((row) => !row.observation)) return { empty: comparison ? indicatorName(comparison.indicator, lang) : spec.indicator };
      const isRate = spec.type === 'rate' || comparison.indicator.kind === 'rate';
      const name = indicatorName(comparison.indicator, lang);
      // A long ranking draws its top and bottom only; the footnote says so and how to find any district.
      const window = selectRankWindow(comparison.rows);
      return {
        id: spec.indicator,
        title: comparison.perCapita ? t.chart.perCapitaTitle(name) : name,
        subtitle: t.chart.definition(indicatorDefinition(comparison.indicator, lang), comparison.unit),
        option: isRate ? buildRateOption(comparison) : buildRankingOption(comparison),
        height: heightFor(window.entries.length),
        caveats: window.windowed ? [t.scale.rankWindow(RANK_WINDOW_SIDE, window.reported, window.notReported), ...comparison.caveats] : comparison.caveats,
        values: comparisonValues(comparison, lang, t.notReported),
      };
    }
    const ids = spec.type === 'grouped' ? spec.indicators : breakdownIndicators(dataset, spec.total).map((indicator) => indicator.id);
    // Too many districts for one grouped chart: those with the most of its leading figure.
    const lead = spec.type === 'grouped' ? spec.indicators[0] : spec.total;
    const shown = selectTopReports(dataset, reports, lead);
    const grouped = buildGrouped(dataset, shown, ids, spec.type === 'grouped' && view.perCapita, lang);
    const title = spec.title[lang];
    if (grouped.series.length === 0) return { empty: title };
    const id = spec.type === 'grouped' ? `flow-${spec.indicators[0]}` : `parts-${spec.total}`;
    const leadIndicator = dataset.indicatorById.get(lead);
    const leadName = leadIndicator ? indicatorName(leadIndicator, lang) : lead;
    return {
      id,
      title,
      subtitle: spec.type === 'composition' ? t.chart.compositionNote : undefined,
      option: spec.type === 'grouped' ? buildGroupedOption(grouped, title) : buildCompositionOption(grouped, title),
      height: spec.type === 'grouped' ? 380 : heightFor(shown.length) + 40,
      caveats: shown.length < reports.length ? [t.scale.topReports(shown.length, reports.length, leadName), ...grouped.caveats] : grouped.caveats,
      values: groupedValues(grouped, lang, t.notReported),
    };
  }, [dataset, reports, spec, view.perCapita, lang, t]);
  if ('empty' in drawn) {
    return (
      <div className="chart-card chart-empty">
        <h3>{drawn.empty}</h3>
        <p className="gap">{t.chart.noData}</p>
      </div>
    );
  }
  const words = { showTable: t.chart.showTable, hideTable: t.chart.hideTable, caveats: t.chart.caveats, district: t.chart.district, notReported: t.notReported };
  return <ChartCard {...drawn} option={withPatterns(drawn.option, view.patterns)} onSelect={openSource} words={words} />;
}

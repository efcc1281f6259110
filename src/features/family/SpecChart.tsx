/** Turns a chart spec into a drawn chart for the current view: model → option → ChartCard. */
import { useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import { STRINGS } from '../../app/strings';
import type { Report } from '../../data/dataset';
import { buildCompositionOption, buildGroupedOption } from '../../charts/buildGroupedOption';
import { buildRankingOption } from '../../charts/buildRankingOption';
import { buildRateOption } from '../../charts/buildRateOption';
import { ChartCard, type ChartValue } from '../../components/ChartCard';
import { buildComparison, type Comparison } from '../../model/buildComparison';
import { breakdownIndicators, buildGrouped, type Grouped } from '../../model/buildGrouped';
import { formatWithUnit } from '../../model/formatValue';
import { labelReport } from '../../model/selectReports';
import type { ChartSpec } from './familySpecs';

interface SpecChartProps {
  spec: ChartSpec;
  reports: Report[];
}

function comparisonValues(comparison: Comparison): ChartValue[] {
  return comparison.rows.map((row) => ({
    row: labelReport(row.report),
    column: comparison.indicator.nameZh,
    key: row.observation?.key,
    text: row.observation ? formatWithUnit(row.observation.value, row.observation.qualifier, comparison.indicator.unit) : STRINGS.notReported,
  }));
}

function groupedValues(grouped: Grouped): ChartValue[] {
  return grouped.series.flatMap((s) =>
    s.cells.map((cell, i) => ({
      row: labelReport(grouped.reports[i]),
      column: s.indicator.nameZh,
      key: cell.observation?.key,
      text: cell.observation ? formatWithUnit(cell.observation.value, cell.observation.qualifier, s.indicator.unit) : STRINGS.notReported,
    })),
  );
}

/** A chart of one spec, or a labelled empty state when no selected report gives its figures. */
export function SpecChart({ spec, reports }: SpecChartProps) {
  const { dataset, view, openSource } = useApp();
  const drawn = useMemo(() => {
    const height = Math.max(220, 64 + reports.length * 46);
    if (spec.type === 'ranking' || spec.type === 'rate') {
      const comparison = buildComparison(dataset, reports, spec.indicator, view.perCapita);
      if (!comparison || comparison.rows.every((row) => !row.observation)) return { empty: comparison?.indicator.nameZh ?? spec.indicator };
      const isRate = spec.type === 'rate' || comparison.indicator.kind === 'rate';
      const title = `${comparison.indicator.nameZh}${comparison.perCapita ? '（每万人）' : ''}`;
      return {
        id: spec.indicator,
        title,
        subtitle: `${STRINGS.chart.definition}：${comparison.indicator.definitionZh}（单位：${comparison.unit}）`,
        option: isRate ? buildRateOption(comparison) : buildRankingOption(comparison),
        height,
        caveats: comparison.caveats,
        values: comparisonValues(comparison),
      };
    }
    const ids = spec.type === 'grouped' ? spec.indicators : breakdownIndicators(dataset, spec.total).map((indicator) => indicator.id);
    const grouped = buildGrouped(dataset, reports, ids, spec.type === 'grouped' && view.perCapita);
    if (grouped.series.length === 0) return { empty: spec.title };
    const id = spec.type === 'grouped' ? `flow-${spec.indicators[0]}` : `parts-${spec.total}`;
    return {
      id,
      title: spec.title,
      subtitle: spec.type === 'composition' ? '各段为该区报告的分项占其已报告分项之和的比例；未报告的分项不计入。' : undefined,
      option: spec.type === 'grouped' ? buildGroupedOption(grouped, spec.title) : buildCompositionOption(grouped, spec.title),
      height: spec.type === 'grouped' ? 380 : height + 40,
      caveats: grouped.caveats,
      values: groupedValues(grouped),
    };
  }, [dataset, reports, spec, view.perCapita]);
  if ('empty' in drawn) {
    return (
      <div className="chart-card chart-empty">
        <h3>{drawn.empty}</h3>
        <p className="gap">{STRINGS.chart.noData}</p>
      </div>
    );
  }
  return <ChartCard {...drawn} onSelect={openSource} />;
}

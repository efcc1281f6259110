/**
 * The 历年趋势 view of a family screen: its headline indicators over the years, a line per selected
 * district with reports of several years. Loaded on demand, with the line chart it draws: the overview's
 * bundle carries neither.
 */
import { useMemo } from 'react';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { withPatterns } from '../../charts/withPatterns';
import type { FamilyDomain } from '../../url/viewState';
import { ChartCard } from '../family/ChartCard';
import { FAMILY_SPECS } from '../family/familySpecs';
import { drawTrend } from './drawTrend';
import './registerLineChart';

export default function TrendPanel({ domain, reports }: { domain: FamilyDomain; reports: Report[] }) {
  const { dataset, view, lang, t, openSource } = useApp();
  const drawn = useMemo(
    () => FAMILY_SPECS[domain].headline.flatMap((indicatorId) => drawTrend(dataset, reports, indicatorId, view.districts, view.province, lang, t) ?? []),
    [dataset, reports, domain, view.districts, view.province, lang, t],
  );
  const words = useMemo(
    () => ({ showTable: t.chart.showTable, hideTable: t.chart.hideTable, caveats: t.chart.caveats, district: t.chart.district, notReported: t.notReported }),
    [t],
  );
  if (drawn.length === 0) return <p className="gap trend-none">{t.trend.none}</p>;
  return (
    <div className="chart-grid trend-grid">
      {drawn.map((chart) => (
        <ChartCard key={chart.id} {...chart} wide option={withPatterns(chart.option, view.patterns)} values={chart.values()} keys={chart.keys()} onSelect={openSource} words={words} />
      ))}
    </div>
  );
}

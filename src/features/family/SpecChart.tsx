/** Turns a chart spec into a drawn chart for the current view: model → option → ChartCard. */
import { useDeferredValue, useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import type { Report } from '../../data/dataset';
import { withPatterns } from '../../charts/withPatterns';
import { ChartCard } from '../../components/ChartCard';
import { drawSpec } from './drawSpec';
import type { ChartSpec } from './familySpecs';

interface SpecChartProps {
  spec: ChartSpec;
  reports: Report[];
}

const NO_VALUES: never[] = [];

/** A chart of one spec, or a labelled empty state when no selected report gives its figures. */
export function SpecChart({ spec, reports }: SpecChartProps) {
  const { dataset, view, lang, t, openSource } = useApp();
  const drawn = useMemo(
    () => drawSpec(dataset, reports, spec, view.perCapita, lang, t),
    [dataset, reports, spec, view.perCapita, lang, t],
  );
  // The chart follows a change at once; its values (for the table, exports and sources) a moment later.
  const later = useDeferredValue(drawn);
  const values = useMemo(() => ('empty' in later ? NO_VALUES : later.values()), [later]);
  // The same props while nothing changed, so the memoized card is not drawn again (see ChartCard).
  const option = useMemo(
    () => ('empty' in drawn ? undefined : withPatterns(drawn.option, view.patterns)),
    [drawn, view.patterns],
  );
  const words = useMemo(
    () => ({
      showTable: t.chart.showTable,
      hideTable: t.chart.hideTable,
      caveats: t.chart.caveats,
      district: t.chart.district,
      notReported: t.notReported,
    }),
    [t],
  );
  if ('empty' in drawn) {
    return (
      <div className="chart-card chart-empty">
        <h3>{drawn.empty}</h3>
        <p className="gap">{t.chart.noData}</p>
      </div>
    );
  }
  return <ChartCard {...drawn} option={option ?? drawn.option} values={values} onSelect={openSource} words={words} />;
}

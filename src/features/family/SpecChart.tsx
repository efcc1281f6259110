/** Turns a chart spec into a drawn chart for the current view: model → option → ChartCard. */
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadReportSource } from '../../data/reportTexts';
import { keysOfOption } from '../../charts/datum';
import { prefetchSources } from '../source/prefetchSources';
import { chartQueue } from '../../charts/chartQueue';
import { ScreenAside } from '../../charts/screenAside';
import { chartSourceLine } from '../export/ChartSources';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { withPatterns } from '../../charts/withPatterns';
import { withLabelLinks } from '../../charts/withLabelLinks';
import { districtOfLabel } from '../profile/districtOfLabel';
import { profileHash } from '../profile/DistrictLink';
import { parseHash } from '../../url/viewState';
import { selectionId } from '../../model/selectReports';
import { ChartCard } from './ChartCard';
import { QUEUE_ABOVE_REPORTS, useQueued } from '../../charts/useQueued';
import { drawSpec, isChart, isDrawn, type DrawnSpec } from './drawSpec';
import { SingleFigures } from './SingleFigures';
import { RANK_WINDOW_LIMIT } from '../../model/selectRankWindow';
import type { ChartSpec } from './familySpecs';

interface SpecChartProps {
  spec: ChartSpec;
  reports: Report[];
}

const NO_VALUES: never[] = [];
/** Not drawn yet: a national chart before its first drawing, and any chart's values before it is drawn. */
const NOT_YET: DrawnSpec = { empty: '' };

/** A chart of one spec, or a labelled empty state when no selected report gives its figures. */
export function SpecChart({ spec, reports }: SpecChartProps) {
  const { dataset, view, lang, t, openSource } = useApp();
  // Across a province or the country the drawing is worked out in a task of its own, not in the render
  // (useQueued); the chart shows its former drawing meanwhile.
  // Kept by the filter (its selection's id), not by the identity of the reports' array.
  const selection = selectionId(view);
  const plan = useMemo(() => {
    const draw = () => drawSpec(dataset, view, spec, view.perCapita, lang, t);
    const now = reports.length <= QUEUE_ABOVE_REPORTS || isDrawn(dataset, view, spec, view.perCapita, lang);
    return { steps: now ? [] : [draw], read: draw };
    // The view's filter and reports by their selection's id: another view of the same filter changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, selection, spec, view.perCapita, lang, t]);
  const drawn = useQueued(plan) ?? NOT_YET;
  // The chart follows a change at once; its values (for the table, exports and the printed sources) once
  // it is drawn: they are worked out in the chart queue, after the chart's drawing (a national chart has
  // 2,850 of them), and the render then only reads them.
  const [later, setLater] = useState<DrawnSpec>(NOT_YET);
  useEffect(() => {
    if (later === drawn) return;
    return chartQueue.add(() => {
      if (isChart(drawn)) chartSourceLine(dataset, drawn.keys(), t);
      setLater(drawn);
    }, true);
  }, [later, drawn, dataset, t]);
  // The texts behind the drawn bars, fetched while the page is idle (a national dataset defers them); for
  // a screen drawn ahead or kept aside (app/KeptScreens), once it shows.
  const aside = useContext(ScreenAside);
  useEffect(() => {
    if (aside || !isChart(drawn)) return;
    return chartQueue.add(() => prefetchSources(dataset, keysOfOption(drawn.option)), true);
  }, [aside, drawn, dataset]);
  const values = isChart(later) ? later.values() : NO_VALUES;
  const keys = isChart(later) ? later.keys() : NO_VALUES;
  // The same props while nothing changed, so the memoized card is not drawn again (see ChartCard).
  const option = useMemo(
    () => (isChart(drawn) ? withLabelLinks(withPatterns(drawn.option, view.patterns)) : undefined),
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
  // A report's text not loaded yet (a national dataset) is fetched when the pointer comes over one of its
  // values, so the source panel has it by the click.
  const prefetch = useCallback(
    (key: string) => void loadReportSource(dataset, key.slice(0, key.indexOf('/'))).catch(() => {}),
    [dataset],
  );
  // A district's name on the chart opens its profile.
  const openProfile = useCallback(
    (label: string) => {
      const code = districtOfLabel(reports, label, lang);
      // The filters as the address has them at the click: the card is not drawn again for a change of view.
      if (code) window.location.hash = profileHash(parseHash(window.location.hash), code);
    },
    [reports, lang],
  );
  // A national chart's first drawing, a moment after the screen.
  if (drawn === NOT_YET) return <div className="chart-card chart-pending" aria-busy="true" />;
  if ('single' in drawn) return <SingleFigures {...drawn.single} onSelect={openSource} />;
  if ('empty' in drawn) {
    return (
      <div className="chart-card chart-empty">
        <h3>{drawn.empty}</h3>
        <p className="gap">{t.chart.noData}</p>
      </div>
    );
  }
  // A chart animates its changes only while it draws every district: the top and bottom of a province or
  // the country re-sort rather than move, and eight charts animating hold the page frame after frame.
  const animateUpdates = reports.length <= RANK_WINDOW_LIMIT;
  return (
    <ChartCard
      {...drawn}
      option={option ?? drawn.option}
      values={values}
      keys={keys}
      onSelect={openSource}
      onHover={prefetch}
      onLabel={openProfile}
      animateUpdates={animateUpdates}
      words={words}
    />
  );
}

/** One family's screen: its charts, then every other figure of the family as a table of values. */
import { useCallback, useEffect, useMemo } from 'react';
import { useApp } from '../AppContext';
import { QUEUE_ABOVE_REPORTS, useAfterCharts } from '../../charts/useQueued';
import type { Report } from '../../data/dataset';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorDefinition, indicatorName } from '../../model/locale';
import { labelReport, selectReports } from '../../model/selectReports';
import { countDomainRows, selectRows } from '../../model/selectRows';
import type { FamilyDomain } from '../../url/viewState';
import { ViewCsvButton } from '../export/ViewCsvButton';
import { FilterBar } from '../filters/FilterBar';
import { chartedIndicators, FAMILY_SPECS } from './familySpecs';
import { SpecChart } from './SpecChart';
import { DistrictLink } from '../profile/DistrictLink';
import { TrendSwitch } from '../trends/TrendSwitch';
import { drawSpec, isWide, type SingleSpec } from './drawSpec';
import { SingleFigureList } from './SingleFigureList';
import { hasObservation, lookupObservation } from '../../data/observationTable';

const NO_REPORTS: Report[] = [];

/** Up to this many reports, the family's other figures are a table with a column per report. */
const MORE_COLUMNS_LIMIT = 24;

export function FamilyScreen({ domain }: { domain: FamilyDomain }) {
  const { dataset, view, lang, t, openSource } = useApp();
  const spec = FAMILY_SPECS[domain];
  const reports = selectReports(dataset, view);
  // The charts of figures one district alone reports are gathered in one list after the others. Their
  // drawings are kept (drawSpec), so the charts read them again for nothing; across a province or the
  // country, where a chart is drawn in a task of its own (SpecChart), each shows its figures in place.
  const singles = useMemo(() => {
    const found = new Map<number, SingleSpec['single']>();
    if (reports.length > QUEUE_ABOVE_REPORTS) return found;
    spec.charts.forEach((chart, i) => {
      const drawn = drawSpec(dataset, view, chart, view.perCapita, lang, t);
      if ('single' in drawn) found.set(i, drawn.single);
    });
    return found;
  }, [dataset, reports.length, view, spec, lang, t]);
  // Once per selection, not on every render: a national selection has 2,850 reports. The table and the
  // CSV rows follow a filter change a moment after the charts.
  // Across a province or the country, after the charts are drawn (useAfterCharts).
  const settled = useAfterCharts(reports, reports.length <= QUEUE_ABOVE_REPORTS ? reports : NO_REPORTS);
  const others = useMemo(() => {
    // A figure in the one-district list (a composition's parts among them) is not listed again below.
    const listed = [...singles.values()].flatMap((single) => single.figures.map((figure) => figure.key.slice(figure.key.indexOf('/') + 1)));
    const charted = new Set([...chartedIndicators(spec), ...listed]);
    return dataset.indicators.filter(
      (indicator) => indicator.domain === domain && !charted.has(indicator.id) && settled.some((report) => hasObservation(dataset.observationByKey, report.id, indicator.id)),
    );
  }, [dataset, domain, spec, settled, singles]);
  // The export button shows how many rows; the rows are made when the file is asked for.
  const familyRowCount = useMemo(() => countDomainRows(dataset, settled, domain), [dataset, settled, domain]);
  const familyRows = useCallback(() => selectRows(dataset, settled, { domain, indicator: null, text: '', sort: 'indicator', descending: false }), [dataset, settled, domain]);
  // Arriving from a highlighted figure in a report (indicator in the address), bring its chart into view.
  useEffect(() => {
    if (!view.indicator) return;
    const target = document.getElementById(`chart-${view.indicator}`) ?? document.getElementById(`row-${view.indicator}`);
    target?.scrollIntoView({ block: 'start' });
  }, [view.indicator, domain]);
  return (
    <section className="screen" aria-labelledby="family-title">
      <h2 id="family-title">{spec.title[lang]}</h2>
      <p className="screen-summary">{spec.summary[lang]}</p>
      <FilterBar showPatterns={reports.length > 0 && singles.size < spec.charts.length} />
      <ViewCsvButton what={spec.title[lang]} count={familyRowCount} rows={familyRows} />
      <TrendSwitch domain={domain} reports={reports}>
      {/* No report in the filter (a year none of its districts has): the filter bar says why, no empty cards. */}
      {reports.length > 0 && <div className="chart-grid">
        {/* Charts across the whole width first, so none leaves a hole beside the chart before it. */}
        {[...spec.charts.entries()]
          .filter(([i]) => !singles.has(i))
          .sort(([, a], [, b]) => Number(isWide(b, reports.length)) - Number(isWide(a, reports.length)))
          .map(([i, chart]) => (
            <SpecChart key={i} spec={chart} reports={reports} />
          ))}
        {/* Last in the grid: it takes what the last row of charts leaves of the width. */}
        {singles.size > 0 && <SingleFigureList singles={[...singles.values()]} onSelect={openSource} />}
      </div>}
      </TrendSwitch>
      {others.length > 0 && (
        <section className="more-figures" aria-labelledby="more-title">
          <h3 id="more-title">{t.family.moreTitle(spec.title[lang])}</h3>
          <p className="screen-summary">{t.family.moreSummary}</p>
          {settled.length > MORE_COLUMNS_LIMIT ? (
            // One column per report does not fit a province or the country: the data table lists them all.
            <p className="list-more">{t.scale.moreFiguresWide(others.length, settled.length, MORE_COLUMNS_LIMIT)}</p>
          ) : (
            <div className="table-scroll">
              <table className="values-table wide">
                <thead>
                  <tr>
                    <th scope="col">{t.chart.indicator}</th>
                    {settled.map((report) => (
                      <th scope="col" key={report.id}>
                        <DistrictLink report={report}>{labelReport(report, lang)}</DistrictLink>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {others.map((indicator) => (
                    <tr key={indicator.id} id={`row-${indicator.id}`}>
                      <th scope="row" title={indicatorDefinition(indicator, lang)}>
                        {indicatorName(indicator, lang)}
                      </th>
                      {settled.map((report) => {
                        const observation = lookupObservation(dataset.observationByKey, report.id, indicator.id);
                        return (
                          <td key={report.id}>
                            {observation ? (
                              <button type="button" className="value-button" onClick={() => openSource(observation.key)}>
                                {formatWithUnit(observation.value, observation.qualifier, indicator.unit, 2, lang)}
                              </button>
                            ) : (
                              <span className="gap">{t.notReported}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </section>
  );
}

/** One family's screen: its charts, then every other figure of the family as a table of values. */
import { useEffect } from 'react';
import { useApp } from '../../app/AppContext';
import { observationKey } from '../../data/dataset';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorDefinition, indicatorName } from '../../model/locale';
import { labelReport, selectReports } from '../../model/selectReports';
import type { FamilyDomain } from '../../url/viewState';
import { FilterBar } from '../filters/FilterBar';
import { chartedIndicators, FAMILY_SPECS } from './familySpecs';
import { SpecChart } from './SpecChart';

export function FamilyScreen({ domain }: { domain: FamilyDomain }) {
  const { dataset, view, lang, t, openSource } = useApp();
  const spec = FAMILY_SPECS[domain];
  const reports = selectReports(dataset, view);
  const charted = new Set(chartedIndicators(spec));
  const others = dataset.indicators.filter(
    (indicator) => indicator.domain === domain && !charted.has(indicator.id) && reports.some((report) => dataset.observationByKey.has(observationKey(report.id, indicator.id))),
  );
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
      <FilterBar />
      <div className="chart-grid">
        {spec.charts.map((chart, i) => (
          <SpecChart key={i} spec={chart} reports={reports} />
        ))}
      </div>
      {others.length > 0 && (
        <section className="more-figures" aria-labelledby="more-title">
          <h3 id="more-title">{t.family.moreTitle(spec.title[lang])}</h3>
          <p className="screen-summary">{t.family.moreSummary}</p>
          <div className="table-scroll">
            <table className="values-table wide">
              <thead>
                <tr>
                  <th scope="col">{t.chart.indicator}</th>
                  {reports.map((report) => (
                    <th scope="col" key={report.id}>
                      {labelReport(report, lang)}
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
                    {reports.map((report) => {
                      const observation = dataset.observationByKey.get(observationKey(report.id, indicator.id));
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
        </section>
      )}
    </section>
  );
}

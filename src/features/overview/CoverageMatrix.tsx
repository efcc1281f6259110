/** Districts × the charted indicators of the four families: which report gives which figure. */
import { useApp } from '../../app/AppContext';
import type { Report } from '../../data/dataset';
import { buildCoverage, coverageShare } from '../../model/buildCoverage';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';
import { FAMILY_DOMAINS } from '../../url/viewState';
import { chartedIndicators, FAMILY_SPECS } from '../family/familySpecs';

export function CoverageMatrix({ reports }: { reports: Report[] }) {
  const { dataset, lang, t, openSource } = useApp();
  const ids = [...new Set(FAMILY_DOMAINS.flatMap((domain) => chartedIndicators(FAMILY_SPECS[domain])))];
  const coverage = buildCoverage(dataset, reports, ids);
  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t.overview.coverageTitle}</h3>
      <p className="screen-summary">{t.overview.coverageSummary(coverage.indicators.length, Math.round(coverageShare(coverage) * 100))}</p>
      <div className="table-scroll">
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">{t.chart.indicator}</th>
              {coverage.reports.map((report) => (
                <th scope="col" key={report.id}>
                  {labelReport(report, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.indicators.map((indicator, i) => (
              <tr key={indicator.id}>
                <th scope="row">
                  <span className="domain-tag">{t.domains[indicator.domain]}</span>
                  {indicatorName(indicator, lang)}
                </th>
                {coverage.reports.map((report, r) => {
                  const observation = coverage.cells[r][i];
                  return (
                    <td key={report.id} className={observation ? 'covered' : 'not-covered'}>
                      {observation ? (
                        <button type="button" className="value-button" onClick={() => openSource(observation.key)}>
                          {formatWithUnit(observation.value, observation.qualifier, indicator.unit, 2, lang)}
                        </button>
                      ) : (
                        <span className="gap" aria-label={t.notReported}>
                          {t.notReportedMark}
                        </span>
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
  );
}

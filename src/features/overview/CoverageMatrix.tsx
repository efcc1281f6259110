/** Districts × the charted indicators of the four families: which report gives which figure. */
import { useMemo } from 'react';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { buildCoverage, buildProvinceCoverage, coverageShare } from '../../model/buildCoverage';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorName, provinceName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';
import { FAMILY_DOMAINS } from '../../url/viewState';
import { chartedIndicators, FAMILY_SPECS } from '../family/familySpecs';
import { DistrictLink } from '../profile/DistrictLink';

/** Up to this many reports, each is a column; more (a province, the country) are summed up by province. */
const REPORT_COLUMNS_LIMIT = 24;

export function CoverageMatrix({ reports }: { reports: Report[] }) {
  const { dataset, lang, t, openSource } = useApp();
  const ids = [...new Set(FAMILY_DOMAINS.flatMap((domain) => chartedIndicators(FAMILY_SPECS[domain])))];
  if (reports.length > REPORT_COLUMNS_LIMIT) return <ProvinceCoverageMatrix reports={reports} ids={ids} />;
  const coverage = buildCoverage(dataset, reports, ids);
  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t.overview.coverageTitle}</h3>
      <p className="screen-summary">
        {t.overview.coverageSummary(coverage.indicators.length, Math.round(coverageShare(coverage) * 100))}
      </p>
      <div className="table-scroll">
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">{t.chart.indicator}</th>
              {coverage.reports.map((report) => (
                <th scope="col" key={report.id}>
                  <DistrictLink report={report}>{labelReport(report, lang)}</DistrictLink>
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

/** The coverage of many reports: per province, the share of its reports giving each figure. */
function ProvinceCoverageMatrix({ reports, ids }: { reports: Report[]; ids: string[] }) {
  const { dataset, lang, t } = useApp();
  const idList = ids.join(',');
  const coverage = useMemo(
    () => buildProvinceCoverage(dataset, reports, idList.split(',')),
    [dataset, reports, idList],
  );
  // The table itself is kept while the selection stays: the source panel opening must not redraw it.
  return useMemo(
    () => (
      <section className="coverage" aria-labelledby="coverage-title">
        <h3 id="coverage-title">{t.overview.coverageTitle}</h3>
        <p className="screen-summary">
          {t.scale.provinceCoverage(
            reports.length,
            coverage.indicators.length,
            Math.round(coverage.overall * 100),
            REPORT_COLUMNS_LIMIT,
          )}
        </p>
        <div className="table-scroll">
          <table className="coverage-table by-province">
            <thead>
              <tr>
                <th scope="col">{t.chart.indicator}</th>
                {coverage.provinces.map(({ province, reports: count }) => (
                  <th scope="col" key={province} title={t.scale.provinceReports(count)}>
                    {provinceName(province, lang)}
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
                  {coverage.provinces.map(({ province }, p) => (
                    <td
                      key={province}
                      className={
                        coverage.shares[i][p] === 1
                          ? 'covered'
                          : coverage.shares[i][p] === 0
                            ? 'not-covered'
                            : undefined
                      }
                    >
                      {`${Math.floor(coverage.shares[i][p] * 100)}%`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    ),
    [coverage, reports.length, lang, t],
  );
}

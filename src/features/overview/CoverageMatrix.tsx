/** Districts × the charted indicators of the four families: which report gives which figure. */
import { useApp } from '../../app/AppContext';
import { STRINGS } from '../../app/strings';
import type { Report } from '../../data/dataset';
import { buildCoverage, coverageShare } from '../../model/buildCoverage';
import { formatWithUnit } from '../../model/formatValue';
import { labelReport } from '../../model/selectReports';
import { FAMILY_DOMAINS } from '../../url/viewState';
import { chartedIndicators, FAMILY_SPECS } from '../family/familySpecs';

export function CoverageMatrix({ reports }: { reports: Report[] }) {
  const { dataset, openSource } = useApp();
  const ids = [...new Set(FAMILY_DOMAINS.flatMap((domain) => chartedIndicators(FAMILY_SPECS[domain])))];
  const coverage = buildCoverage(dataset, reports, ids);
  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">报告覆盖情况</h3>
      <p className="screen-summary">
        哪个区县报告了哪项数字：共 {coverage.indicators.length} 项主要指标，已报告 {Math.round(coverageShare(coverage) * 100)}%。“—”表示报告未提供该数字（不是零）。
      </p>
      <div className="table-scroll">
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">指标</th>
              {coverage.reports.map((report) => (
                <th scope="col" key={report.id}>
                  {labelReport(report)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.indicators.map((indicator, i) => (
              <tr key={indicator.id}>
                <th scope="row">
                  <span className="domain-tag">{FAMILY_SPECS[indicator.domain as keyof typeof FAMILY_SPECS]?.title ?? ''}</span>
                  {indicator.nameZh}
                </th>
                {coverage.reports.map((report, r) => {
                  const observation = coverage.cells[r][i];
                  return (
                    <td key={report.id} className={observation ? 'covered' : 'not-covered'}>
                      {observation ? (
                        <button type="button" className="value-button" onClick={() => openSource(observation.key)}>
                          {formatWithUnit(observation.value, observation.qualifier, indicator.unit)}
                        </button>
                      ) : (
                        <span className="gap" aria-label={STRINGS.notReported}>
                          —
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

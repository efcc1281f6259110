/** The overview: the four families side by side, the coverage matrix, and what the reports' own figures imply. */
import { useDeferredValue } from 'react';
import { useApp } from '../AppContext';
import { useAfterCharts } from '../../charts/useQueued';
import type { Report } from '../../data/dataset';
import { selectReports } from '../../model/selectReports';
import { FAMILY_DOMAINS, serialiseHash } from '../../url/viewState';
import { FAMILY_SPECS, headlineSpecs } from '../family/familySpecs';
import { SpecChart } from '../family/SpecChart';
import { FilterBar } from '../filters/FilterBar';
import { CoverageMatrix } from './CoverageMatrix';
import { FindingsList } from './FindingsList';
import { LeadersBrief } from './LeadersBrief';

const NO_REPORTS: Report[] = [];
export function Overview() {
  const { dataset, view, lang, t } = useApp();
  const reports = selectReports(dataset, view);
  // The charts follow a filter change at once; the brief, the coverage and the findings a moment later.
  // On the first drawing the coverage and the findings, below the charts, come after them too; the brief,
  // above them, comes with them (appearing later, it would push the charts down).
  const briefReports = useDeferredValue(reports);
  // At national scale they wait until the charts are drawn (useAfterCharts), not between them.
  const settled = useAfterCharts(reports, NO_REPORTS);
  return (
    <section className="screen" aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview.title}</h2>
      <FilterBar />
      <LeadersBrief reports={briefReports} />
      <div className="family-grid">
        {FAMILY_DOMAINS.map((domain) => {
          const spec = FAMILY_SPECS[domain];
          return (
            <section key={domain} className="family-panel" aria-labelledby={`panel-${domain}`}>
              <h3 id={`panel-${domain}`}>
                <a href={serialiseHash({ ...view, route: { name: 'family', domain }, source: null })}>{spec.title[lang]} →</a>
              </h3>
              {headlineSpecs(dataset, domain).map((chart, i) => (
                <SpecChart key={spec.headline[i]} spec={chart} reports={reports} />
              ))}
            </section>
          );
        })}
      </div>
      {settled !== NO_REPORTS && (
        <>
          <CoverageMatrix reports={settled} />
          <FindingsList reports={settled} />
        </>
      )}
    </section>
  );
}

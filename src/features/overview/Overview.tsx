/** The overview: the four families side by side, the coverage matrix, and what the reports' own figures imply. */
import { useDeferredValue, useMemo } from 'react';
import { useApp } from '../AppContext';
import { useAfterCharts } from '../../charts/useQueued';
import type { Report } from '../../data/dataset';
import { selectionId, selectReports } from '../../model/selectReports';
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
  // The filter as one object while its selection stays the same.
  const selection = selectionId(view);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => ({ year: view.year, province: view.province, districts: view.districts }), [selection]);
  // The charts follow a filter change at once; the brief, the coverage and the findings a moment later.
  // On the first drawing the coverage and the findings, below the charts, come after them too; the brief,
  // above them, comes with them (appearing later, it would push the charts down).
  const briefFilter = useDeferredValue(filter);
  // At national scale they wait until the charts are drawn (useAfterCharts), not between them.
  const settled = useAfterCharts(reports, NO_REPORTS);
  return (
    <section className="screen" aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview.title}</h2>
      <FilterBar />
      <LeadersBrief filter={briefFilter} />
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

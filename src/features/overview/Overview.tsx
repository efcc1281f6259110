/** The overview: the four families side by side, the coverage matrix, and what the reports' own figures imply. */
import { useApp } from '../../app/AppContext';
import { selectReports } from '../../model/selectReports';
import { FAMILY_DOMAINS, serialiseHash } from '../../url/viewState';
import { FAMILY_SPECS } from '../family/familySpecs';
import { SpecChart } from '../family/SpecChart';
import { FilterBar } from '../filters/FilterBar';
import { CoverageMatrix } from './CoverageMatrix';
import { FindingsList } from './FindingsList';
import { LeadersBrief } from './LeadersBrief';

export function Overview() {
  const { dataset, view, lang, t } = useApp();
  const reports = selectReports(dataset, view);
  return (
    <section className="screen" aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overview.title}</h2>
      <FilterBar />
      <LeadersBrief reports={reports} />
      <div className="family-grid">
        {FAMILY_DOMAINS.map((domain) => {
          const spec = FAMILY_SPECS[domain];
          return (
            <section key={domain} className="family-panel" aria-labelledby={`panel-${domain}`}>
              <h3 id={`panel-${domain}`}>
                <a href={serialiseHash({ ...view, route: { name: 'family', domain }, source: null })}>{spec.title[lang]} →</a>
              </h3>
              {spec.headline.map((indicatorId) => {
                const kind = dataset.indicatorById.get(indicatorId)?.kind;
                return <SpecChart key={indicatorId} spec={{ type: kind === 'rate' ? 'rate' : 'ranking', indicator: indicatorId }} reports={reports} />;
              })}
            </section>
          );
        })}
      </div>
      <CoverageMatrix reports={reports} />
      <FindingsList reports={reports} />
    </section>
  );
}

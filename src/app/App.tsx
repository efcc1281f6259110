/**
 * The app shell. The data chain, left to right:
 *
 *   data/*.csv ─loadDataset─▶ Dataset ─selectReports/buildComparison─▶ series ─build*Option─▶ ECharts
 *                                 └──────────────── view state (URL hash) ────────────────┘
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { loadDataset } from '../data/loadDataset';
import { findInconsistencies } from '../model/consistency';
import { FAMILY_DOMAINS, serialiseHash, type Route } from '../url/viewState';
import { useViewState } from '../url/useViewState';
import { AppContext, type AppContextValue } from './AppContext';
import { DataHealth } from './DataHealth';
import { ErrorBoundary } from './ErrorBoundary';
import { STRINGS } from './strings';
import { FAMILY_SPECS } from '../features/family/familySpecs';
import { FamilyScreen } from '../features/family/FamilyScreen';
import { Overview } from '../features/overview/Overview';
import { ReportViewer } from '../features/report/ReportViewer';
import { SourcePanel } from '../features/source/SourcePanel';
import { DataTable } from '../features/table/DataTable';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'family':
      return <FamilyScreen domain={route.domain} />;
    case 'report':
      return <ReportViewer reportId={route.reportId} />;
    case 'data':
      return <DataTable />;
  }
}

function routeKey(route: Route): string {
  return route.name === 'family' ? route.domain : route.name === 'report' ? `report-${route.reportId}` : route.name;
}

export function App() {
  const query = useQuery({ queryKey: ['dataset'], queryFn: () => loadDataset(), staleTime: Infinity });
  const [view, navigate] = useViewState();
  const returnFocus = useRef<HTMLElement | null>(null);
  const findings = useMemo(() => (query.data ? findInconsistencies(query.data.dataset) : []), [query.data]);
  const openSource = useCallback(
    (key: string) => {
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) returnFocus.current = document.activeElement;
      navigate({ source: key });
    },
    [navigate],
  );
  const closeSource = useCallback(() => {
    navigate({ source: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => target?.isConnected && target.focus());
  }, [navigate]);
  useEffect(() => {
    document.title = STRINGS.appTitle;
  }, []);

  if (query.isPending) return <p className="loading">{STRINGS.loading}</p>;
  if (query.isError) {
    return (
      <section className="screen screen-error" role="alert">
        <h2>{STRINGS.loadFailed}</h2>
        <p>{query.error.message}</p>
        <button type="button" onClick={() => query.refetch()}>
          {STRINGS.retry}
        </button>
      </section>
    );
  }
  const context: AppContextValue = { dataset: query.data.dataset, issues: query.data.issues, findings, view, navigate, openSource };
  const panelKey = view.route.name !== 'report' && view.source && query.data.dataset.observationByKey.has(view.source) ? view.source : null;
  const current = view.route;
  // Links between screens keep the filters, so moving around never loses the comparison in view.
  const linkTo = (route: Route) => serialiseHash({ ...view, route, source: null, indicator: null, paragraph: null });
  return (
    <AppContext.Provider value={context}>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        跳到正文
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{STRINGS.appTitle}</h1>
          <p>{STRINGS.appSubtitle}</p>
        </div>
        <nav aria-label="主导航" className="main-nav">
          <a href={linkTo({ name: 'overview' })} aria-current={current.name === 'overview' ? 'page' : undefined}>
            {STRINGS.nav.overview}
          </a>
          {FAMILY_DOMAINS.map((domain) => (
            <a key={domain} href={linkTo({ name: 'family', domain })} aria-current={current.name === 'family' && current.domain === domain ? 'page' : undefined}>
              {FAMILY_SPECS[domain].title}
            </a>
          ))}
          <a href={linkTo({ name: 'data' })} aria-current={current.name === 'data' ? 'page' : undefined}>
            {STRINGS.nav.data}
          </a>
          <a href={linkTo({ name: 'report', reportId: query.data.dataset.reports[0]?.id ?? '' })} aria-current={current.name === 'report' ? 'page' : undefined}>
            {STRINGS.nav.reports}
          </a>
        </nav>
      </header>
      <DataHealth issues={query.data.issues} />
      <div className={`layout${panelKey ? ' with-panel' : ''}`}>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={routeKey(current)}>
            <Screen route={current} />
          </ErrorBoundary>
        </main>
        {panelKey && (
          <ErrorBoundary resetKey={panelKey}>
            <SourcePanel sourceKey={panelKey} onClose={closeSource} />
          </ErrorBoundary>
        )}
      </div>
      <footer className="app-footer">
        数据来自五份区县政府法治政府建设年度报告原文；人口为第七次全国人口普查数据。每个数字均可点击查看出处。
      </footer>
    </AppContext.Provider>
  );
}

/**
 * The app shell. The data chain, left to right:
 *
 *   data/dataset.json ─loadDataset─▶ Dataset ─selectReports/buildComparison─▶ series ─build*Option─▶ ECharts
 *                                 └──────────────── view state (URL hash) ────────────────┘
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DATASET_QUERY } from '../data/loadAppDataset';
import { hasLocations, hasQuotes, loadLocations, loadQuotes } from '../data/loadDataset';
import { indexDataset } from '../model/datasetIndex';
import { loadReportSource } from '../data/reportTexts';
import { FAMILY_DOMAINS, parseHash, serialiseHash, type Route } from '../url/viewState';
import { useViewState } from '../url/useViewState';
import { AppContext, useApp, type AppContextValue } from '../features/AppContext';
import { DataHealth } from './DataHealth';
import { ErrorBoundary } from './ErrorBoundary';
import { KeptScreen } from './KeptScreens';
import { QUEUE_ABOVE_REPORTS } from '../charts/useQueued';
import { whenIdle } from '../charts/whenIdle';
import { chartQueue } from '../charts/chartQueue';
import type { Dataset } from '../data/dataset';
import { useFindings } from './useFindings';
import { useKeepInView } from './useKeepInView';
import { MESSAGES } from '../i18n/messages';
import { FAMILY_SPECS } from '../features/family/familySpecs';
import { FamilyScreen } from '../features/family/FamilyScreen';
import { Overview } from '../features/overview/Overview';
import { SourcePanel } from '../features/source/SourcePanel';

// The analyst's files screen is loaded on demand: the overview's bundle does not carry it.
const UploadScreen = lazy(() => import('../features/upload/UploadScreen'));
// So are the report viewer, the data table and the presentation: the overview is drawn before they load.
const ReportViewer = lazy(() => import('../features/report/ReportViewer').then((module) => ({ default: module.ReportViewer })));
const DataTable = lazy(() => import('../features/table/DataTable').then((module) => ({ default: module.DataTable })));
// The curation workbench too: the overview never needs it.
const CurateScreen = lazy(() => import('../features/curate/CurateScreen'));
const Present = lazy(() => import('../features/present/Present').then((module) => ({ default: module.Present })));
const DistrictProfile = lazy(() => import('../features/profile/DistrictProfile'));

/**
 * Its children once a part of the dataset that comes when a screen needs it is here: the quotes, or the
 * figures' places in the reports (the slides' footnotes name them).
 */
function WithPart({ has, load, children }: { has: (dataset: Dataset) => boolean; load: (dataset: Dataset) => Promise<void>; children: ReactNode }) {
  const { dataset } = useApp();
  if (!has(dataset)) use(load(dataset));
  return children;
}

/** The screen of a route; those loaded on demand show "…" while their code arrives. */
function screenOf(route: Route, screenBefore: Route): ReactNode {
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'family':
      return <FamilyScreen domain={route.domain} />;
    case 'report':
      return <ReportViewer reportId={route.reportId} />;
    case 'data':
      return (
        <WithPart has={hasQuotes} load={loadQuotes}>
          <DataTable />
        </WithPart>
      );
    case 'files':
      return <UploadScreen />;
    case 'curate':
      return <CurateScreen />;
    case 'present':
      return (
        <WithPart has={hasLocations} load={loadLocations}>
          <Present slide={route.slide} returnTo={screenBefore} />
        </WithPart>
      );
    case 'district':
      return <DistrictProfile adminCode={route.adminCode} />;
  }
}

/** Drawn again only when the route changes (or what it reads from the app context). */
const Screen = memo(function Screen({ route, screenBefore }: { route: Route; screenBefore: Route }) {
  return <Suspense fallback={<p className="loading">…</p>}>{screenOf(route, screenBefore)}</Suspense>;
}, (before, after) => JSON.stringify(before.route) === JSON.stringify(after.route));

function routeKey(route: Route): string {
  return route.name === 'family' ? route.domain : route.name === 'report' ? `report-${route.reportId}` : route.name === 'district' ? `district-${route.adminCode}` : route.name;
}

/** The screens kept drawn while another shows (KeptScreens.tsx), in the order they are drawn ahead. */
const KEPT_ROUTES: Route[] = [{ name: 'overview' }, ...FAMILY_DOMAINS.map((domain) => ({ name: 'family' as const, domain }))];

/** Whether `routes` has the screen of `route`. */
const hasScreen = (routes: Route[], route: Route) => routes.some((other) => routeKey(other) === routeKey(route));
const isKept = (route: Route) => hasScreen(KEPT_ROUTES, route);

/**
 * The kept screens with this dataset: those visited so far, the current one among them if it is one, and,
 * across a province or the country, the others drawn ahead one at a time, each once everything before it
 * is drawn and the page is idle.
 */
function useKeptRoutes(current: Route, dataset: Dataset | undefined): Route[] {
  const [kept, setKept] = useState<{ dataset: Dataset | undefined; routes: Route[] }>({ dataset, routes: [] });
  // Another dataset (the analyst's files added or removed): the screens kept for the former one go.
  let routes = kept.dataset === dataset ? kept.routes : [];
  if (dataset && isKept(current) && !hasScreen(routes, current)) routes = [...routes, current];
  if (routes !== kept.routes || kept.dataset !== dataset) setKept({ dataset, routes });
  const next = dataset && dataset.reports.length > QUEUE_ABOVE_REPORTS ? KEPT_ROUTES.find((route) => !hasScreen(routes, route)) : undefined;
  useEffect(() => {
    if (!next) return;
    let cancelIdle = () => {};
    // A later job of the chart queue: after the charts on view and those of the screen drawn ahead before.
    const cancel = chartQueue.add(() => {
      cancelIdle = whenIdle(() => setKept((now) => (now.dataset === dataset && !hasScreen(now.routes, next) ? { dataset, routes: [...now.routes, next] } : now)));
    }, true);
    return () => {
      cancel();
      cancelIdle();
    };
  }, [dataset, next]);
  return routes;
}

export function App() {
  // The curated data, with the analyst's own files merged in when this browser keeps any.
  const query = useQuery(DATASET_QUERY);
  // The display order worked out when the data was published: the page does not sort 17,000 reports.
  if (query.data?.order) indexDataset(query.data.dataset, query.data.order);
  const [view, navigate] = useViewState();
  const returnFocus = useRef<HTMLElement | null>(null);
  const findings = useFindings(query.data?.dataset);
  const dataset = query.data?.dataset;
  const rememberPlace = useKeepInView(view.source !== null && view.route.name !== 'report');
  const openSource = useCallback(
    (key: string) => {
      rememberPlace();
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) returnFocus.current = document.activeElement;
      // A report's text not loaded yet (a national dataset) is fetched now, while the panel renders.
      if (dataset) loadReportSource(dataset, key.slice(0, key.indexOf('/'))).catch(() => {});
      navigate({ source: key });
    },
    [navigate, dataset, rememberPlace],
  );
  const closeSource = useCallback(() => {
    navigate({ source: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => target?.isConnected && target.focus());
  }, [navigate]);
  const t = MESSAGES[view.lang];
  // Opening the source panel changes nothing on the screen beside it (only the report viewer and the
  // presentation mark the open figure): the screens' view has no source, so they are not drawn again.
  const showsSource = view.route.name === 'report' || view.route.name === 'present';
  const screenHash = serialiseHash(showsSource ? view : { ...view, source: null });
  const screenView = useMemo(() => parseHash(screenHash), [screenHash]);
  // The app context, the same object while nothing the screens read has changed.
  const data = query.data;
  const context = useMemo(
    (): AppContextValue | null => (data ? { dataset: data.dataset, issues: data.issues, findings, view: screenView, lang: screenView.lang, t: MESSAGES[screenView.lang], navigate, openSource } : null),
    [data, findings, screenView, navigate, openSource],
  );
  const kept = useKeptRoutes(view.route, dataset);
  // The screen the presentation returns to on Esc: the last one shown before it (the overview when the
  // presentation was opened from a link). Kept from the renders before, as React has it: set while rendering.
  const [screenBefore, setScreenBefore] = useState<Route>({ name: 'overview' });
  if (view.route.name !== 'present' && routeKey(view.route) !== routeKey(screenBefore)) setScreenBefore(view.route);
  useEffect(() => {
    document.title = t.appTitle;
    document.documentElement.lang = t.htmlLang;
  }, [t]);

  if (query.isPending) return <p className="loading">{t.loading}</p>;
  if (query.isError) {
    return (
      <section className="screen screen-error" role="alert">
        <h2>{t.loadFailed}</h2>
        <p>{query.error.message}</p>
        <button type="button" onClick={() => query.refetch()}>
          {t.retry}
        </button>
      </section>
    );
  }
  const panelKey = view.route.name !== 'report' && view.source && query.data.dataset.observationByKey.has(view.source) ? view.source : null;
  const current = view.route;
  // Links between screens keep the filters, so moving around never loses the comparison in view.
  const linkTo = (route: Route) => serialiseHash({ ...view, route, source: null, indicator: null, paragraph: null });
  // The presentation fills the window: no header, banner or footer, and the source panel opens over the slide.
  const presenting = current.name === 'present';
  const navRoutes: [Route, string][] = [
    [{ name: 'overview' }, t.nav.overview],
    ...FAMILY_DOMAINS.map((domain): [Route, string] => [{ name: 'family', domain }, FAMILY_SPECS[domain].navTitle[view.lang]]),
    [{ name: 'data' }, t.nav.data],
    [{ name: 'report', reportId: query.data.dataset.reports[0]?.id ?? '' }, t.nav.reports],
    [{ name: 'present', slide: 1 }, t.nav.present],
    [{ name: 'files' }, t.upload.nav],
    [{ name: 'curate' }, t.curate.nav],
  ];
  return (
    <AppContext.Provider value={context}>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t.skipToMain}
      </a>
      {!presenting && (
        <header className="app-header">
          <div className="brand">
            <h1>{t.appTitle}</h1>
            <p>{t.appSubtitle}</p>
          </div>
          <nav aria-label={t.mainNav} className="main-nav">
            {navRoutes.map(([route, label]) => (
              <a key={routeKey(route)} href={linkTo(route)} aria-current={route.name === current.name && (route.name !== 'family' || routeKey(route) === routeKey(current)) ? 'page' : undefined}>
                {label}
              </a>
            ))}
            <a className="lang-switch" href={serialiseHash({ ...view, lang: view.lang === 'zh' ? 'en' : 'zh' })} lang={view.lang === 'zh' ? 'en' : 'zh'} aria-label={t.switchLanguageLabel}>
              {t.switchLanguage}
            </a>
          </nav>
        </header>
      )}
      {!presenting && <DataHealth issues={query.data.issues} t={t} filesHref={linkTo({ name: 'files' })} />}
      <div className={`layout${panelKey ? ' with-panel' : ''}${presenting ? ' presenting' : ''}`}>
        <main id="main" tabIndex={-1}>
          {kept.map((route) => {
            const key = routeKey(route);
            const shown = key === routeKey(current);
            return (
              <KeptScreen key={key} shown={shown}>
                {/* Shown again, a screen that failed tries again, as a screen drawn anew would. */}
                <ErrorBoundary resetKey={`${key}-${shown}`} title={t.screenError} back={t.backToOverview}>
                  <Screen route={route} screenBefore={screenBefore} />
                </ErrorBoundary>
              </KeptScreen>
            );
          })}
          {!isKept(current) && (
            <ErrorBoundary resetKey={routeKey(current)} title={t.screenError} back={t.backToOverview}>
              <Screen route={current} screenBefore={screenBefore} />
            </ErrorBoundary>
          )}
        </main>
        {panelKey && (
          <ErrorBoundary resetKey={panelKey} title={t.screenError} back={t.backToOverview}>
            <SourcePanel sourceKey={panelKey} onClose={closeSource} />
          </ErrorBoundary>
        )}
      </div>
      {!presenting && (
        <footer className="app-footer">
          {t.footer}
        </footer>
      )}
    </AppContext.Provider>
  );
}

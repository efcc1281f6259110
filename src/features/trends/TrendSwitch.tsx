/**
 * Offers a family screen's 历年趋势 view where the selected districts have reports of several years, and
 * shows it in place of the screen's charts of one year while it is on (`trend=1` in the address).
 */
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useApp } from '../AppContext';
import type { Report } from '../../data/dataset';
import { countMultiYearDistricts } from '../../model/buildTrend';
import type { FamilyDomain } from '../../url/viewState';

const TrendPanel = lazy(() => import('./TrendPanel'));

export function TrendSwitch({ domain, reports, children }: { domain: FamilyDomain; reports: Report[]; children: ReactNode }) {
  const { dataset, view, t, navigate } = useApp();
  const multiYear = useMemo(() => countMultiYearDistricts(dataset, reports), [dataset, reports]);
  if (multiYear === 0) return <>{children}</>;
  return (
    <>
      <div className="trend-switch">
        <button type="button" className="trend-toggle" aria-pressed={view.trend} onClick={() => navigate({ trend: !view.trend, source: null })}>
          {view.trend ? t.trend.toggleOff : t.trend.toggle}
        </button>
        <span className="filter-note">{t.trend.summary(multiYear)}</span>
      </div>
      {view.trend ? (
        <Suspense fallback={<div className="chart-card chart-pending" aria-busy="true" />}>
          <TrendPanel domain={domain} reports={reports} />
        </Suspense>
      ) : (
        children
      )}
    </>
  );
}

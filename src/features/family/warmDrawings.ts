/**
 * Drawings worked out ahead, while the page is idle, for the views a person is likely to go to next. Across
 * the country each chart's comparison goes through 2,850 reports (10–20 ms a chart on a modest laptop), and
 * the first visit to a screen or a year did all of it between the click and the chart. Once the screen on
 * view has drawn, its neighbours are drawn here, one chart per idle moment, into the same kept drawings
 * (drawSpec), so those views only have to be painted: the same screen in the other years and at the
 * other per-capita setting, then the other screens at the same filters.
 */
import { useEffect } from 'react';
import { chartQueue } from '../../charts/chartQueue';
import type { Dataset } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { QUEUE_ABOVE_REPORTS } from '../../charts/useQueued';
import { whenIdle } from '../../charts/whenIdle';
import { indexDataset } from '../../model/datasetIndex';
import { selectReports, type ReportFilter } from '../../model/selectReports';
import { FAMILY_DOMAINS, type Route, type YearFilter } from '../../url/viewState';
import { drawSpec, isDrawn } from './drawSpec';
import { FAMILY_SPECS, headlineSpecs, type ChartSpec } from './familySpecs';

/** One drawing to work out ahead. */
export interface WarmJob {
  filter: ReportFilter;
  spec: ChartSpec;
  perCapita: boolean;
}

interface WarmView extends ReportFilter {
  route: Route;
  perCapita: boolean;
}

/** The charts of a screen: the overview's headline charts, or a family's. */
export function screenSpecs(dataset: Dataset, screen: 'overview' | (typeof FAMILY_DOMAINS)[number]): ChartSpec[] {
  if (screen !== 'overview') return FAMILY_SPECS[screen].charts;
  return FAMILY_DOMAINS.flatMap((domain) => headlineSpecs(dataset, domain));
}

/**
 * What to draw ahead of `view`, most likely first, leaving out what is drawn already: nothing for a screen
 * without charts, nor for a selection small enough to draw at once.
 */
export function warmingPlan(dataset: Dataset, view: WarmView, lang: Lang): WarmJob[] {
  const route = view.route;
  const screen = route.name === 'overview' ? 'overview' : route.name === 'family' ? route.domain : undefined;
  if (!screen) return [];
  const reports = selectReports(dataset, view);
  if (reports.length <= QUEUE_ABOVE_REPORTS) return [];
  const jobs: WarmJob[] = [];
  const add = (filter: ReportFilter, specs: ChartSpec[], perCapita: boolean) => {
    for (const spec of specs) if (!isDrawn(dataset, filter, spec, perCapita, lang)) jobs.push({ filter, spec, perCapita });
  };
  // This screen in the other years first: the filter bar is on it. (Across a province or the country the
  // other screens are drawn ahead whole, app/KeptScreens, and their drawings come last here.)
  const years: YearFilter[] = ['latest', ...indexDataset(dataset).years];
  for (const year of years) {
    if (year === view.year) continue;
    const inYear = { year, province: view.province, districts: view.districts };
    if (selectReports(dataset, inYear).length > QUEUE_ABOVE_REPORTS) add(inYear, screenSpecs(dataset, screen), view.perCapita);
  }
  const filter = { year: view.year, province: view.province, districts: view.districts };
  // This screen per 10,000 residents, or not.
  add(filter, screenSpecs(dataset, screen), !view.perCapita);
  // The other screens, same filters.
  for (const other of ['overview', ...FAMILY_DOMAINS] as const) if (other !== screen) add(filter, screenSpecs(dataset, other), view.perCapita);
  return jobs;
}

type Idle = (work: () => void) => () => void;

const idleAhead: Idle = (work) => whenIdle(work, 5000);

/** Draws `plan` one drawing per idle moment; the returned function stops it (the view changed). */
export function warmDrawings(dataset: Dataset, plan: WarmJob[], lang: Lang, idle: Idle = idleAhead): () => void {
  let next = 0;
  let cancel = () => {};
  const step = () => {
    const job = plan[next++];
    if (!job) return;
    // Taken from the kept drawings, or worked out and kept there for the view's own chart to find.
    drawSpec(dataset, job.filter, job.spec, job.perCapita, lang, MESSAGES[lang]);
    cancel = idle(step);
  };
  cancel = idle(step);
  return () => cancel();
}

/**
 * Draws ahead of the view on screen, once its own charts are drawn (the chart queue's later jobs), and
 * stops when the view changes.
 */
export function useWarmDrawings(dataset: Dataset | undefined, view: WarmView, lang: Lang): void {
  const { route, year, province, districts, perCapita } = view;
  const screen = route.name === 'family' ? route.domain : route.name;
  const districtList = districts.join(',');
  useEffect(() => {
    if (!dataset || (screen !== 'overview' && !FAMILY_DOMAINS.includes(screen as (typeof FAMILY_DOMAINS)[number]))) return;
    const filter = { route, year, province, districts, perCapita };
    let stop = () => {};
    const cancelStart = chartQueue.add(() => {
      stop = warmDrawings(dataset, warmingPlan(dataset, filter, lang), lang);
    }, true);
    return () => {
      cancelStart();
      stop();
    };
    // The route and districts by value: a new object for the same screen and districts changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, screen, year, province, districtList, perCapita, lang]);
}

/**
 * The presentation as data: a pure function of (dataset, view, lang) → Slide[]. The screen only draws it.
 *
 *   view filters ─selectReports─▶ reports ─FAMILY_SPECS (all four families)─▶ chart slides with data
 *   deck = title slide · per family: (in the 历年趋势 view) its headline trends, then one slide per chart
 *          that at least two districts give · figures one district gives · sources slide (every report
 *          drawn, each year of a trend among them)
 */
import type { Dataset, Report } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { buildComparison, type Comparison } from '../../model/buildComparison';
import { rankBreakdown } from '../../model/rankBreakdown';
import { buildGrouped, type Grouped } from '../../model/buildGrouped';
import { districtName, indicatorDefinition, indicatorName, unitLabel } from '../../model/locale';
import { labelReport, selectReports, yearsOf } from '../../model/selectReports';
import { FAMILY_DOMAINS, type FamilyDomain, type ViewState } from '../../url/viewState';
import { FAMILY_SPECS, type ChartSpec } from '../family/familySpecs';
import { describeFootnote } from './describeFootnote';
import { selectRankWindow } from '../../model/selectRankWindow';
import { selectTopReports } from '../../model/selectTopReports';
import { buildTrend, type Trend } from '../../model/buildTrend';
import type { ChartValue } from '../../components/ValuesTable';
import { describeTrend } from '../trends/describeTrend';
import { trendReporting } from '../trends/drawTrend';
import { drawSpec, groupedSubtitle, isChart } from '../family/drawSpec';
import { buildFigureSlides, figureGroup, type FigureGroup, type FiguresSlide } from './buildFigureSlides';

/** How many compared districts the title slide names before it counts the rest. */
export const SCOPE_NAMED = 12;
/** Up to this many compared reports, the sources slide lists them all; above, those the charts draw. */
export const SOURCES_LISTED = 60;

/** What a chart slide draws: the model a chart builder takes. */
export type SlideChart =
  | { type: 'ranking'; comparison: Comparison }
  | { type: 'rate'; comparison: Comparison }
  | { type: 'grouped'; grouped: Grouped }
  | { type: 'composition'; grouped: Grouped }
  /** A headline indicator over the years (the 历年趋势 view), with its values as the family screen lists them. */
  | { type: 'trend'; trend: Trend; lang: Lang; values: ChartValue[] };

export interface TitleSlide {
  kind: 'title';
  id: 'title';
  title: string;
  subtitle: string;
  /** The compared reports, each as `district year`. */
  scope: string[];
  families: string[];
  /** Lines a reader needs before the first chart: mixed years, per capita, no report at all. */
  notes: string[];
}

export interface ChartSlide {
  kind: 'chart';
  /** The chart's id, as on the family screen (`mediation_cases`, `flow-…`, `parts-…`). */
  id: string;
  family: FamilyDomain;
  familyTitle: string;
  title: string;
  subtitle?: string;
  chart: SlideChart;
  /** The chart's comparability caveats. */
  caveats: string[];
  /** One line: the reports behind the chart and, for one indicator, its paragraphs. */
  footnote: string;
  /** The reports the chart draws (all of a small selection; a province's or the country's ends or top). */
  drawn: Report[];
  /** How many of the selected reports give the chart's figures: a chart compares, so at least MIN_REPORTING. */
  reporting: number;
}

export interface SourceEntry {
  reportId: string;
  label: string;
  place: string;
  title: string;
  file: string;
}

export interface SourcesSlide {
  kind: 'sources';
  id: 'sources';
  title: string;
  summary: string;
  entries: SourceEntry[];
  notes: string[];
}

export type Slide = TitleSlide | ChartSlide | FiguresSlide | SourcesSlide;

/** The filters the deck depends on. */
export type DeckView = Pick<ViewState, 'year' | 'province' | 'districts' | 'perCapita' | 'trend'>;

/** The chart slide of one spec, or undefined when no selected report gives its figures (as on the family screen). */
export function buildChartSlide(
  dataset: Dataset,
  reports: readonly Report[],
  spec: ChartSpec,
  family: FamilyDomain,
  perCapita: boolean,
  lang: Lang,
): Omit<ChartSlide, 'reporting'> | undefined {
  const t = MESSAGES[lang];
  const familyTitle = FAMILY_SPECS[family].title[lang];
  if (spec.type === 'ranking' || spec.type === 'rate') {
    const comparison = buildComparison(dataset, reports, spec.indicator, perCapita, lang);
    if (!comparison || comparison.rows.every((row) => !row.observation)) return undefined;
    const name = indicatorName(comparison.indicator, lang);
    // The rows the chart draws: every district of a small selection, the top and bottom of a large one.
    const rows = selectRankWindow(comparison.rows).entries.flatMap((entry) => (entry.type === 'row' ? [entry.row] : []));
    const figures = rows.flatMap((row) => (row.observation ? [{ report: row.report, observations: [row.observation] }] : []));
    return {
      kind: 'chart',
      id: spec.indicator,
      family,
      familyTitle,
      title: comparison.perCapita ? t.chart.perCapitaTitle(name) : name,
      subtitle: t.chart.definition(indicatorDefinition(comparison.indicator, lang), comparison.unit),
      chart: { type: spec.type === 'rate' || comparison.indicator.kind === 'rate' ? 'rate' : 'ranking', comparison },
      caveats: comparison.caveats,
      footnote: describeFootnote(figures, true, lang),
      drawn: figures.map((figure) => figure.report),
    };
  }
  const ids =
    spec.type === 'grouped'
      ? spec.indicators
      : rankBreakdown(dataset, spec.total).map((indicator) => indicator.id);
  // Too many districts for one grouped chart: those with the most of its leading figure, as on the screens.
  const lead = spec.type === 'grouped' ? spec.indicators[0] : spec.total;
  const shown = selectTopReports(dataset, reports, lead);
  const grouped = buildGrouped(dataset, shown, ids, spec.type === 'grouped' && perCapita, lang);
  if (grouped.series.length === 0) return undefined;
  const leadIndicator = dataset.indicatorById.get(lead);
  const figures = grouped.reports.flatMap((report, i) => {
    const observations = grouped.series.flatMap((s) => (s.cells[i].observation ? [s.cells[i].observation] : []));
    return observations.length > 0 ? [{ report, observations }] : [];
  });
  return {
    kind: 'chart',
    id: spec.type === 'grouped' ? `flow-${spec.indicators[0]}` : `parts-${spec.total}`,
    family,
    familyTitle,
    title: spec.title[lang],
    subtitle: groupedSubtitle(spec, grouped, t),
    chart: { type: spec.type, grouped },
    caveats:
      shown.length < reports.length
        ? [t.scale.topReports(shown.length, reports.length, leadIndicator ? indicatorName(leadIndicator, lang) : lead), ...grouped.caveats]
        : grouped.caveats,
    footnote: describeFootnote(figures, false, lang),
    drawn: figures.map((figure) => figure.report),
  };
}

/**
 * The trend slide of a headline indicator: the selected districts' figures over the years, as the family
 * screen's 历年趋势 view draws them; undefined when no selected district has figures of two years.
 */
export function buildTrendSlide(dataset: Dataset, reports: readonly Report[], indicatorId: string, family: FamilyDomain, view: DeckView, lang: Lang): ChartSlide | undefined {
  const t = MESSAGES[lang];
  const trend = buildTrend(dataset, reports, indicatorId, view.districts, view.province);
  if (!trend || (trend.lines.length === 0 && !trend.median)) return undefined;
  const { caveats, values, figures } = describeTrend(dataset, trend, lang);
  return {
    reporting: trendReporting(trend, figures.length),
    kind: 'chart',
    id: `trend-${indicatorId}`,
    family,
    familyTitle: FAMILY_SPECS[family].title[lang],
    title: t.trend.title(indicatorName(trend.indicator, lang)),
    subtitle: t.chart.definition(indicatorDefinition(trend.indicator, lang), unitLabel(trend.indicator.unit, lang)),
    chart: { type: 'trend', trend, lang, values },
    caveats,
    footnote: describeFootnote(figures, true, lang),
    drawn: figures.map((figure) => figure.report),
  };
}

function buildTitleSlide(reports: readonly Report[], view: DeckView, lang: Lang): TitleSlide {
  const t = MESSAGES[lang];
  const years = yearsOf(reports);
  const notes = [
    ...(reports.length === 0 ? [t.present.noReports] : [t.present.compared(reports.length)]),
    ...(years.length > 1 ? [t.caveat.mixedYears(years)] : []),
    ...(view.perCapita ? [t.filters.perCapita] : []),
  ];
  return {
    kind: 'title',
    id: 'title',
    title: t.appTitle,
    subtitle: t.appSubtitle,
    // A province or the country: the first districts named, the rest counted (the notes give the total).
    scope:
      reports.length > SCOPE_NAMED
        ? [...reports.slice(0, SCOPE_NAMED).map((report) => labelReport(report, lang)), t.present.scopeMore(reports.length - SCOPE_NAMED)]
        : reports.map((report) => labelReport(report, lang)),
    families: FAMILY_DOMAINS.map((domain) => FAMILY_SPECS[domain].title[lang]),
    notes,
  };
}

/**
 * The reports behind the deck: every compared report, or for a province or the country (more than
 * SOURCES_LISTED) the ones its charts draw, with a note giving the total.
 */
function buildSourcesSlide(dataset: Dataset, reports: readonly Report[], charts: readonly Pick<ChartSlide, 'drawn'>[], view: DeckView, lang: Lang): SourcesSlide {
  const t = MESSAGES[lang];
  const census = dataset.population[0];
  const drawn = new Set(charts.flatMap((chart) => chart.drawn));
  const compared = reports.length > SOURCES_LISTED ? reports.filter((report) => drawn.has(report)) : reports;
  // A trend draws the districts' reports of other years too: they are sources of the deck as well.
  const inList = new Set(compared);
  const otherYears = [...drawn].filter((report) => !inList.has(report)).sort((a, b) => a.adminCode.localeCompare(b.adminCode) || a.year - b.year);
  const listed = [...compared, ...otherYears];
  return {
    kind: 'sources',
    id: 'sources',
    title: t.present.sourcesTitle,
    summary: t.present.sourcesSummary,
    entries: listed.map((report) => ({
      reportId: report.id,
      label: labelReport(report, lang),
      place: lang === 'zh' ? `${report.province}${report.city}${report.district}` : districtName(report, lang),
      title: `${report.title}${report.titleComposed ? t.panel.composedTitle : ''}`,
      file: t.present.sourceFile(report.sourceFile),
    })),
    notes: [
      ...(compared.length < reports.length ? [t.present.sourcesShown(compared.length, reports.length)] : []),
      ...(view.perCapita && census ? [t.caveat.census(census.referenceDate, census.source)] : []),
    ],
  };
}

/**
 * Builds the deck for the filters in view: all four families, in the order of their screens. A chart is a
 * slide where the family screen draws it as a chart (drawSpec: at least MIN_REPORTING districts give it);
 * the figures of a chart only one district gives are gathered on figures slides after the charts.
 */
export function buildDeck(dataset: Dataset, view: DeckView, lang: Lang): Slide[] {
  const reports = selectReports(dataset, view);
  const groups: FigureGroup[] = [];
  const chartSlide = (spec: ChartSpec, family: FamilyDomain): ChartSlide[] => {
    const drawn = drawSpec(dataset, view, spec, view.perCapita, lang, MESSAGES[lang]);
    if ('single' in drawn) {
      const group = figureGroup(family, drawn.single);
      if (group) groups.push(group);
    }
    if (!isChart(drawn)) return [];
    const slide = buildChartSlide(dataset, reports, spec, family, view.perCapita, lang);
    return slide ? [{ ...slide, reporting: drawn.reporting }] : [];
  };
  const charts = FAMILY_DOMAINS.flatMap((family) => [
    ...(view.trend ? FAMILY_SPECS[family].headline.flatMap((indicatorId) => buildTrendSlide(dataset, reports, indicatorId, family, view, lang) ?? []) : []),
    ...FAMILY_SPECS[family].charts.flatMap((spec) => chartSlide(spec, family)),
  ]);
  const figures = buildFigureSlides(dataset, groups, lang);
  return [buildTitleSlide(reports, view, lang), ...charts, ...figures, buildSourcesSlide(dataset, reports, [...charts, ...figures], view, lang)];
}

/** The 1-based slide number shown for a requested one: within the deck, whatever the address says. */
export function clampSlide(requested: number, total: number): number {
  return Math.min(Math.max(1, Math.floor(requested) || 1), Math.max(1, total));
}

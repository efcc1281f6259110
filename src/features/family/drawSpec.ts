/**
 * Draws one chart spec for a selection of reports: model → option, footnotes and (on demand) the values
 * for the table. A drawing is kept per filter, so going back to a filter seen before costs nothing.
 */
import type { Dataset } from '../../data/dataset';
import { selectionId, selectReports, type ReportFilter } from '../../model/selectReports';
import { buildCompositionOption } from '../../charts/buildCompositionOption';
import { buildGroupedOption } from '../../charts/buildGroupedOption';
import { hasGapMarks } from '../../charts/gapMark';
import { buildRankingOption } from '../../charts/buildRankingOption';
import { buildRateOption } from '../../charts/buildRateOption';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartValue } from '../../components/ValuesTable';
import { comparisonOf } from '../../model/comparisonOf';
import { canBePerCapita, isReported } from '../../model/buildComparison';
import { rankBreakdown } from '../../model/rankBreakdown';
import { buildGrouped, type Grouped } from '../../model/buildGrouped';
import type { Lang, Messages } from '../../i18n/messages';
import { indicatorDefinition, indicatorName } from '../../model/locale';
import { RANK_WINDOW_SIDE, selectRankWindow } from '../../model/selectRankWindow';
import { selectTopReports } from '../../model/selectTopReports';
import type { ChartSpec } from './familySpecs';
import { comparisonValues, groupedValues } from './chartValues';

/** A drawn chart: what ChartCard shows. `values` are made when first asked for (2,850 of them nationally). */
export interface Drawn {
  id: string;
  title: string;
  subtitle?: string;
  option: EChartsCoreOption;
  height: number;
  /** Whether the chart takes the screen's whole width: a grouped chart of many districts needs it. */
  wide?: boolean;
  caveats: string[];
  /** How many of the selected reports give the chart's figures: a chart compares, so at least MIN_REPORTING. */
  reporting: number;
  values: () => ChartValue[];
  /** The observation keys of the values, made with them. */
  keys: () => string[];
}

/** A figure of the one district that reports it: shown as a figure, not as a chart of one bar. */
export interface SingleFigure {
  key: string;
  indicator: string;
  value: string;
  district: string;
}

/** Fewer than two selected districts report the chart's figures: its title and the figures there are. */
export interface SingleSpec {
  single: { id: string; title: string; figures: SingleFigure[] };
}

export type DrawnSpec = Drawn | SingleSpec | { empty: string };

/** Whether a drawing is a chart (not an empty state or a district's figures). */
export function isChart(drawn: DrawnSpec): drawn is Drawn {
  return 'option' in drawn;
}

/** What a flow's or a breakdown's subtitle says: how its shares add up, or what its dashed outlines mean. */
export function groupedSubtitle(spec: ChartSpec, grouped: Grouped, t: Messages): string | undefined {
  return spec.type === 'composition' ? t.chart.compositionNote : hasGapMarks(grouped) ? t.chart.gapMarkNote : undefined;
}

/** A chart compares: it is drawn only where at least this many selected districts report its figures. */
export const MIN_REPORTING = 2;

/** The separators after which an indicator's name says which part of its total it is ("Disputes mediated: labour"). */
const PART_SEPARATORS = [': ', '：'];

/** The parts' names without the words all of them begin with: "Disputes mediated: labour" → "labour". */
export function withoutSharedPrefix(figures: readonly SingleFigure[]): SingleFigure[] {
  if (figures.length < 2) return [...figures];
  const first = figures[0].indicator;
  const ends = PART_SEPARATORS.map((separator) => first.indexOf(separator) + separator.length).filter((end) => end > 1);
  const prefix = ends.length > 0 ? first.slice(0, Math.min(...ends)) : '';
  if (!prefix || !figures.every((figure) => figure.indicator.startsWith(prefix) && figure.indicator.length > prefix.length)) return [...figures];
  return figures.map((figure) => ({ ...figure, indicator: figure.indicator.slice(prefix.length) }));
}

/** The reported values of fewer than MIN_REPORTING districts, as figures (or undefined when enough report). */
function singleOf(id: string, title: string, values: readonly ChartValue[]): SingleSpec | undefined {
  const reported = values.filter((value) => value.key !== undefined);
  if (new Set(reported.map((value) => value.row)).size >= MIN_REPORTING) return undefined;
  return {
    single: {
      id,
      title,
      figures: withoutSharedPrefix(
        reported.map((value) => ({
          key: value.key!,
          indicator: value.column,
          value: value.text,
          district: value.row,
        })),
      ),
    },
  };
}

/** A function computing its value once, when first called. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

function valuesAndKeys(compute: () => ChartValue[]): Pick<Drawn, 'values' | 'keys'> {
  const values = once(compute);
  return { values, keys: once(() => values().flatMap((value) => (value.key ? [value.key] : []))) };
}

/** Above this many districts a grouped chart takes the screen's whole width. */
export const WIDE_ABOVE = 6;

/** Whether a chart of `districts` takes the screen's whole width: columns of bars for more districts than a third of it can name side by side. */
export function isWide(spec: ChartSpec, districts: number): boolean {
  return spec.type === 'grouped' && districts > WIDE_ABOVE;
}

/** The drawings kept per dataset: by selection (selectionId), then by drawing (drawingId). */
const drawings = new WeakMap<Dataset, Map<string, Map<string, DrawnSpec>>>();
/** The drawings of this many selections are kept; those of the selection asked for longest ago go first. */
const SELECTIONS_DRAWN = 8;

/** The drawings kept for a filter's selection, marked as the most recently asked for. */
function keptFor(dataset: Dataset, filter: ReportFilter): Map<string, DrawnSpec> {
  let bySelection = drawings.get(dataset);
  if (!bySelection) drawings.set(dataset, (bySelection = new Map()));
  const id = selectionId(filter);
  const kept = bySelection.get(id) ?? new Map<string, DrawnSpec>();
  bySelection.delete(id);
  bySelection.set(id, kept);
  if (bySelection.size > SELECTIONS_DRAWN) bySelection.delete(bySelection.keys().next().value!);
  return kept;
}

/**
 * Draws `spec` for the reports `filter` selects, or says it has nothing to draw. Kept by the filter, so
 * going back to a filter seen before costs nothing.
 */
export function drawSpec(
  dataset: Dataset,
  filter: ReportFilter,
  spec: ChartSpec,
  perCapita: boolean,
  lang: Lang,
  t: Messages,
): DrawnSpec {
  const kept = keptFor(dataset, filter);
  const drawnPerCapita = perCapita && drawsPerCapita(dataset, spec);
  const id = drawingId(spec, drawnPerCapita, lang);
  let drawn = kept.get(id);
  if (!drawn) kept.set(id, (drawn = drawUncached(dataset, filter, spec, drawnPerCapita, lang, t)));
  return drawn;
}

/**
 * Whether the per-capita view changes a spec's drawing: a rate, or a breakdown's shares, is drawn the same
 * either way, so ticking "per 10,000 residents" gives it the very drawing it had (and the chart is not
 * drawn again).
 */
export function drawsPerCapita(dataset: Dataset, spec: ChartSpec): boolean {
  if (spec.type === 'composition') return false;
  if (spec.type === 'grouped') return true;
  const indicator = dataset.indicatorById.get(spec.indicator);
  return indicator !== undefined && canBePerCapita(indicator);
}

function drawingId(spec: ChartSpec, perCapita: boolean, lang: Lang): string {
  return `${JSON.stringify(spec)}|${perCapita}|${lang}`;
}

/** Whether drawSpec has this drawing already (it then costs nothing). */
export function isDrawn(dataset: Dataset, filter: ReportFilter, spec: ChartSpec, perCapita: boolean, lang: Lang): boolean {
  const id = drawingId(spec, perCapita && drawsPerCapita(dataset, spec), lang);
  return drawings.get(dataset)?.get(selectionId(filter))?.has(id) ?? false;
}

function drawUncached(
  dataset: Dataset,
  filter: ReportFilter,
  spec: ChartSpec,
  perCapita: boolean,
  lang: Lang,
  t: Messages,
): DrawnSpec {
  const reports = selectReports(dataset, filter);
  const heightFor = (rows: number) => Math.max(220, 64 + rows * 46);
  if (spec.type === 'ranking' || spec.type === 'rate') {
    const comparison = comparisonOf(dataset, filter, spec.indicator, perCapita, lang);
    if (!comparison || !comparison.rows.some(isReported))
      return { empty: comparison ? indicatorName(comparison.indicator, lang) : spec.indicator };
    const isRate = spec.type === 'rate' || comparison.indicator.kind === 'rate';
    const name = indicatorName(comparison.indicator, lang);
    // A long ranking draws its top and bottom only; the footnote says so and how to find any district.
    const window = selectRankWindow(comparison.rows);
    const title = comparison.perCapita ? t.chart.perCapitaTitle(name) : name;
    const reporting = comparison.rows.filter(isReported).length;
    const single =
      reporting < MIN_REPORTING &&
      singleOf(spec.indicator, title, comparisonValues(comparison, lang, t.notReported));
    if (single) return single;
    return {
      id: spec.indicator,
      title,
      subtitle: t.chart.definition(indicatorDefinition(comparison.indicator, lang), comparison.unit),
      option: isRate ? buildRateOption(comparison) : buildRankingOption(comparison),
      height: heightFor(window.entries.length),
      caveats: window.windowed
        ? [t.scale.rankWindow(RANK_WINDOW_SIDE, window.reported, window.notReported), ...comparison.caveats]
        : comparison.caveats,
      reporting,
      ...valuesAndKeys(() => comparisonValues(comparison, lang, t.notReported)),
    };
  }
  const ids =
    spec.type === 'grouped' ? spec.indicators : rankBreakdown(dataset, spec.total).map((indicator) => indicator.id);
  // Too many districts for one grouped chart: those with the most of its leading figure.
  const lead = spec.type === 'grouped' ? spec.indicators[0] : spec.total;
  const shown = selectTopReports(dataset, reports, lead);
  const grouped = buildGrouped(dataset, shown, ids, spec.type === 'grouped' && perCapita, lang);
  const title = spec.title[lang];
  if (grouped.series.length === 0) return { empty: title };
  const id = spec.type === 'grouped' ? `flow-${spec.indicators[0]}` : `parts-${spec.total}`;
  const reporting = grouped.reports.filter((_, i) => grouped.series.some((s) => s.cells[i].observation)).length;
  // One district's breakdown is its parts, named under their total ("= 100%" of a chart means nothing there).
  const total = spec.type === 'composition' ? dataset.indicatorById.get(spec.total) : undefined;
  const single = reporting < MIN_REPORTING && singleOf(id, total ? indicatorName(total, lang) : title, groupedValues(grouped, lang, t.notReported));
  if (single) return single;
  const leadIndicator = dataset.indicatorById.get(lead);
  const leadName = leadIndicator ? indicatorName(leadIndicator, lang) : lead;
  return {
    id,
    title,
    subtitle: groupedSubtitle(spec, grouped, t),
    option: spec.type === 'grouped' ? buildGroupedOption(grouped, title) : buildCompositionOption(grouped, title),
    // A composition's legend may wrap to four rows in English: its rows keep room for a two-line gap label.
    height: spec.type === 'grouped' ? 380 : heightFor(shown.length) + 80,
    wide: isWide(spec, shown.length),
    caveats:
      shown.length < reports.length
        ? [t.scale.topReports(shown.length, reports.length, leadName), ...grouped.caveats]
        : grouped.caveats,
    reporting,
    ...valuesAndKeys(() => groupedValues(grouped, lang, t.notReported)),
  };
}

/**
 * One indicator across the selected reports: the series a ranking or a dot plot draws, with every gap
 * kept as "not reported" and every caveat a reader needs to compare fairly.
 */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import type { Qualifier } from '../data/vocabulary';
import { MESSAGES, type Lang } from '../i18n/messages';
import { districtName, noteOf, unitFactor, unitLabel } from './locale';
import { yearsOf } from './selectReports';
import { lookupObservation, ObservationTable, qualifierAt, valueAt } from '../data/observationTable';

export interface ComparisonRow {
  report: Report;
  /**
   * The observation behind the value; absent when the report does not give this figure. Read from a
   * column table, it is made when first asked for (a ranking of 2,850 districts draws twenty of them).
   */
  readonly observation?: Observation;
  /** The value drawn: as reported, or per 10,000 residents. */
  value?: number;
}

/**
 * A row of a figure read from a column table: its value from the value column, its observation made when
 * asked for. Fields are declared, not initialised, so the built class assigns them plainly (the syntax
 * target turns initialised and private fields into slower helper calls).
 */
class FigureRow implements ComparisonRow {
  declare readonly report: Report;
  declare readonly value: number | undefined;
  /** The table and the figure's row in it. */
  declare readonly table: ObservationTable;
  declare readonly row: number;
  constructor(report: Report, table: ObservationTable, row: number, value: number | undefined) {
    this.report = report;
    this.value = value;
    this.table = table;
    this.row = row;
  }
  get observation(): Observation {
    return this.table.at(this.row);
  }
}

/** Whether the row's report gives the figure (a value drawn, or one without a population to divide by). */
export function isReported(row: ComparisonRow): boolean {
  return row.value !== undefined || row.observation !== undefined;
}

/** The row's figure as reported (before any per-capita division), or undefined for a gap, read without making its observation. */
export function reportedValueOf(row: ComparisonRow): number | undefined {
  return row instanceof FigureRow ? valueAt(row.table, row.row) : row.observation?.value;
}

/** The qualifier of the row's figure, or undefined for a gap, read without making its observation. */
export function qualifierOf(row: ComparisonRow): Qualifier | undefined {
  return row instanceof FigureRow ? qualifierAt(row.table, row.row) : row.observation?.qualifier;
}

/** Whether the row's figure has a note in either language, known without making its observation. */
export function hasNote(row: ComparisonRow): boolean {
  if (row instanceof FigureRow) return row.table.hasNote(row.row);
  const observation = row.observation;
  return Boolean(observation && (observation.note || observation.noteZh));
}

/** The row's note in `lang` ('' for none), its observation made only when it has one. */
export function rowNote(row: ComparisonRow, lang: Lang): string {
  if (row instanceof FigureRow && !row.table.hasNote(row.row)) return '';
  const observation = row.observation;
  return observation ? noteOf(observation, lang) : '';
}

export interface Comparison {
  indicator: Indicator;
  /** Reported rows sorted by value (largest first), then the not-reported rows. */
  rows: ComparisonRow[];
  perCapita: boolean;
  /** The unit of the drawn value as the interface shows it (`件/万人` per capita). */
  unit: string;
  lang: Lang;
  /** Plain sentences on what differs between the compared values. */
  caveats: string[];
}

/** Whether counts of this indicator can be divided by population (counts and amounts, not rates). */
export function canBePerCapita(indicator: Indicator): boolean {
  return indicator.kind === 'count' || indicator.kind === 'amount';
}

/** Value per 10,000 residents. */
export function per10k(value: number, population: number): number {
  return (value / population) * 10_000;
}

/** Builds the comparison of one indicator over the given reports. */
export function buildComparison(
  dataset: Dataset,
  reports: readonly Report[],
  indicatorId: string,
  perCapitaWanted: boolean,
  lang: Lang = 'zh',
): Comparison | undefined {
  const indicator = dataset.indicatorById.get(indicatorId);
  if (!indicator) return undefined;
  const perCapita = perCapitaWanted && canBePerCapita(indicator);
  // Values are drawn in the unit the interface shows (in English 万元 becomes million yuan).
  const factor = unitFactor(indicator.unit, lang);
  const table = dataset.observationByKey instanceof ObservationTable ? dataset.observationByKey : undefined;
  // The value drawn from the figure as reported: in the interface's unit, per 10,000 residents if asked
  // (none without a census population to divide by).
  const drawn = (report: Report, reported: number): number | undefined => {
    const shown = reported * factor;
    if (!perCapita) return shown;
    const population = dataset.populationByAdminCode.get(report.adminCode)?.population;
    return population ? per10k(shown, population) : undefined;
  };
  const rows: ComparisonRow[] = reports.map((report) => {
    if (table) {
      const row = table.rowFor(report.id, indicatorId);
      return row < 0 ? { report } : new FigureRow(report, table, row, drawn(report, valueAt(table, row)));
    }
    const observation = lookupObservation(dataset.observationByKey, report.id, indicatorId);
    return observation ? { report, observation, value: drawn(report, observation.value) } : { report };
  });
  const reported = rows.filter((row) => row.value !== undefined).sort((a, b) => b.value! - a.value!);
  const gaps = rows.filter((row) => row.value === undefined);
  return {
    indicator,
    rows: [...reported, ...gaps],
    perCapita,
    unit: perCapita ? MESSAGES[lang].caveat.perCapitaUnit(unitLabel(indicator.unit, lang)) : unitLabel(indicator.unit, lang),
    lang,
    caveats: describeCaveats(dataset, reported, perCapita, lang),
  };
}

/** How many districts a footnote names before it counts the rest. */
export const CAVEAT_NAMES_LIMIT = 10;

/** The sentences a footnote needs: mixed years, reports that count differently, hedges, per-capita source. */
export function describeCaveats(dataset: Dataset, rows: readonly ComparisonRow[], perCapita: boolean, lang: Lang = 'zh'): string[] {
  const text = MESSAGES[lang].caveat;
  const caveats: string[] = [];
  const years = yearsOf(rows.map((row) => row.report));
  if (years.length > 1) caveats.push(text.mixedYears(years));
  // Across a province or the country the notes and hedges run into hundreds: the first few are named,
  // the rest counted (each value's table row and source panel still say it).
  const notes = rows.flatMap((row) => {
    const note = rowNote(row, lang);
    return note ? [text.note(districtName(row.report, lang), note)] : [];
  });
  caveats.push(...notes.slice(0, CAVEAT_NAMES_LIMIT));
  if (notes.length > CAVEAT_NAMES_LIMIT) caveats.push(MESSAGES[lang].scale.moreNotes(notes.length - CAVEAT_NAMES_LIMIT));
  // A district with several hedged values (grouped charts, or two of its years) is named once.
  const hedged = [...new Set(rows.filter((row) => (qualifierOf(row) ?? 'exact') !== 'exact').map((row) => districtName(row.report, lang)))];
  if (hedged.length > CAVEAT_NAMES_LIMIT) {
    const named = hedged.slice(0, CAVEAT_NAMES_LIMIT);
    named[named.length - 1] += MESSAGES[lang].scale.andMore(named.length, hedged.length);
    caveats.push(text.hedged(named));
  } else if (hedged.length > 0) caveats.push(text.hedged(hedged));
  const census = dataset.population[0];
  if (perCapita && census) caveats.push(text.census(census.referenceDate, census.source));
  return caveats;
}

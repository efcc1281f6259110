/**
 * One indicator across the selected reports: the series a ranking or a dot plot draws, with every gap
 * kept as "not reported" and every caveat a reader needs to compare fairly.
 */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import { MESSAGES, type Lang } from '../i18n/messages';
import { districtName, noteOf, unitFactor, unitLabel } from './locale';
import { yearsOf } from './selectReports';
import { lookupObservation } from '../data/observationTable';

export interface ComparisonRow {
  report: Report;
  /** The observation behind the value; absent when the report does not give this figure. */
  observation?: Observation;
  /** The value drawn: as reported, or per 10,000 residents. */
  value?: number;
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
  const rows: ComparisonRow[] = reports.map((report) => {
    const observation = lookupObservation(dataset.observationByKey, report.id, indicatorId);
    if (!observation) return { report };
    const population = dataset.populationByAdminCode.get(report.adminCode)?.population;
    const shown = observation.value * factor;
    if (perCapita) return population ? { report, observation, value: per10k(shown, population) } : { report, observation };
    return { report, observation, value: shown };
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
    const note = row.observation ? noteOf(row.observation, lang) : '';
    return note ? [text.note(districtName(row.report, lang), note)] : [];
  });
  caveats.push(...notes.slice(0, CAVEAT_NAMES_LIMIT));
  if (notes.length > CAVEAT_NAMES_LIMIT) caveats.push(MESSAGES[lang].scale.moreNotes(notes.length - CAVEAT_NAMES_LIMIT));
  // A district with several hedged values (grouped charts, or two of its years) is named once.
  const hedged = [...new Set(rows.filter((row) => row.observation && row.observation.qualifier !== 'exact').map((row) => districtName(row.report, lang)))];
  if (hedged.length > CAVEAT_NAMES_LIMIT) {
    const named = hedged.slice(0, CAVEAT_NAMES_LIMIT);
    named[named.length - 1] += MESSAGES[lang].scale.andMore(named.length, hedged.length);
    caveats.push(text.hedged(named));
  } else if (hedged.length > 0) caveats.push(text.hedged(hedged));
  const census = dataset.population[0];
  if (perCapita && census) caveats.push(text.census(census.referenceDate, census.source));
  return caveats;
}

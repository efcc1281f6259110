/** The typed, validated dataset the app works on: what `buildDataset` returns. */
import type { Domain, Kind, Qualifier } from './schema';
import type { Paragraph, QuoteLocation } from './paragraphs';

export interface Report {
  id: string;
  sourceFile: string;
  adminCode: string;
  province: string;
  city: string;
  district: string;
  districtEn: string;
  year: number;
  title: string;
  titleComposed: boolean;
  script: 'hans' | 'hant';
  note: string;
  /** `user` for a report an analyst loaded from their own file; absent for the curated data. */
  origin?: 'user';
  /** The analyst's file the row came from (only for `origin: 'user'`). */
  file?: string;
}

export interface Indicator {
  id: string;
  domain: Domain;
  nameZh: string;
  nameEn: string;
  unit: string;
  kind: Kind;
  definitionZh: string;
  definitionEn: string;
  /** Arithmetic over other indicator ids that recomputes this one, e.g. `100 * a / b`. */
  formula: string;
  /** The total this indicator is a part of (a subset: it can never exceed it). */
  parentId: string;
  /** The total that this indicator and its siblings partition: together they should add up to it. */
  breakdownOf: string;
}

export interface Observation {
  /** `report_id/indicator_id`: unique, since a report gives each indicator at most once. */
  key: string;
  reportId: string;
  indicatorId: string;
  value: number;
  qualifier: Qualifier;
  quote: string;
  /** How this report counts differently from the definition (English). */
  note: string;
  /** The same note in Chinese. */
  noteZh: string;
  /** Where the quote sits in its report (located by the validator; its paragraphs come with the report's text). */
  location?: QuoteLocation;
  /** Digits after the decimal point as the report wrote the figure. */
  decimals: number;
  /** 1-based line in observations.csv (or in the analyst's file it came from). */
  line: number;
  /** `user` for a figure an analyst loaded from their own file; absent for the curated data. */
  origin?: 'user';
  /** The analyst's file the row came from (only for `origin: 'user'`). */
  file?: string;
}

export interface Population {
  adminCode: string;
  population: number;
  referenceDate: string;
  source: string;
  note: string;
}

export interface Dataset {
  reports: Report[];
  indicators: Indicator[];
  observations: Observation[];
  population: Population[];
  reportById: Map<string, Report>;
  indicatorById: Map<string, Indicator>;
  /** A `Map` from `buildDataset`; a column table (same answers) when a worker loaded the dataset. */
  observationByKey: ReadonlyMap<string, Observation>;
  populationByAdminCode: Map<string, Population>;
  /** Each report's paragraphs, by report id. */
  paragraphsByReport: Map<string, Paragraph[]>;
}

/** Builds the key that identifies an observation. */
export function observationKey(reportId: string, indicatorId: string): string {
  return `${reportId}/${indicatorId}`;
}

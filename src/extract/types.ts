/** What the extractor proposes for a report's text: figures of the four families and the report's row. */
import type { Indicator } from '../data/dataset';
import type { Domain, Qualifier } from '../data/schema';

export type { Domain, Qualifier };

/** The fields of an indicator the extractor reads (the dataset's `Indicator` has them all). */
export type IndicatorLike = Pick<Indicator, 'id' | 'domain' | 'nameZh' | 'unit' | 'kind'> & Partial<Pick<Indicator, 'definitionZh' | 'parentId' | 'breakdownOf'>>;

/** One figure proposed from the text, with where it was read. */
export interface Proposal {
  /** Stable within one extraction: `${start}-${end}-${indicatorId || suggestedId}`. */
  id: string;
  /** An indicator of the dictionary, or '' when none fits. */
  indicatorId: string;
  /** A suggested new indicator id when `indicatorId` is ''. */
  suggestedId?: string;
  domain: Domain;
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** A short verbatim passage holding the number and what it counts; it occurs once in the text. */
  quote: string;
  /** UTF-16 offsets of the quote in the text. */
  start: number;
  end: number;
  /** Index of the paragraph holding the quote, by the product's paragraph rule (splitParagraphs). */
  paragraph: number;
  /** How sure the extractor is, 0..1. */
  confidence: number;
}

/** The report's row as the text suggests it. */
export interface ReportProposal {
  district: string;
  city: string;
  province: string;
  year: number | null;
  title: string;
  script: 'hans' | 'hant';
  /** GB/T 2260 code of the district, or '' when it was not recognised. */
  adminCode: string;
}

/** Everything proposed for one text. */
export interface Extraction {
  text: string;
  report: ReportProposal;
  proposals: Proposal[];
}

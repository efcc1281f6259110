/**
 * The extractor's output as the workbench reads it. The shapes are the extractor's (src/extract/types.ts);
 * they are named here once so the workbench has one place that says what it takes from the extractor.
 */
import type { Domain, Qualifier } from '../../data/schema';

export type { Domain, Qualifier };

/** One figure proposed from the text, with where it was read. */
export interface Proposal {
  id: string;
  indicatorId: string;
  suggestedId?: string;
  domain: Domain;
  value: number;
  qualifier: Qualifier;
  unit: string;
  quote: string;
  /** UTF-16 offsets of the quote in the text. */
  start: number;
  end: number;
  paragraph: number;
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
  adminCode: string;
}

/** Everything proposed for one text. */
export interface Extraction {
  text: string;
  report: ReportProposal;
  proposals: Proposal[];
}

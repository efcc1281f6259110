/** The extractor's output as the workbench reads it: the one place the workbench names what it takes from src/extract. */
export type { Domain, Extraction, IndicatorLike, Proposal, Qualifier, ReportProposal } from '../../extract/types';

/**
 * A report's paragraphs for the screens that show its text: fetched the first time it is shown (an
 * analyst's own reports come with theirs). Its figures' places in it were located when it was published.
 */
import { useQuery } from '@tanstack/react-query';
import { useApp } from '../AppContext';
import type { Dataset } from '../../data/dataset';
import { EAGER_SOURCE_LIMIT } from '../../data/loadAppDataset';
import { loadReportSource, reportParagraphs } from '../../data/reportTexts';
import type { Paragraph } from '../../data/paragraphs';

const datasetIds = new WeakMap<Dataset, number>();
let lastId = 0;

/** A number per dataset object, so a text loaded for one dataset is never taken for another's. */
export function datasetId(dataset: Dataset): number {
  if (!datasetIds.has(dataset)) datasetIds.set(dataset, ++lastId);
  return datasetIds.get(dataset)!;
}

export interface ReportSource {
  /** The report's paragraphs, once loaded. */
  paragraphs?: Paragraph[];
  pending: boolean;
  error?: Error;
}

export function useReportSource(reportId: string | undefined): ReportSource {
  const { dataset } = useApp();
  const here = reportId === undefined ? undefined : reportParagraphs(dataset, reportId);
  const loaded = reportId === undefined || here !== undefined;
  const query = useQuery({
    queryKey: ['report-source', datasetId(dataset), reportId],
    queryFn: () => loadReportSource(dataset, reportId!),
    enabled: !loaded,
    staleTime: Infinity,
    retry: 1,
  });
  return {
    paragraphs: here ?? query.data,
    pending: !loaded && query.isPending,
    error: query.error ?? undefined,
  };
}

export interface ReportTexts {
  /** The texts are still being fetched. */
  pending: boolean;
  /** How many reports' texts are here to search, of how many reports. */
  searched: number;
  total: number;
}

/**
 * Every report's text, for a search across all reports: fetched when `wanted` for a dataset of at most
 * EAGER_SOURCE_LIMIT reports. A larger one (a national dataset's 17,000 texts) is searched in the texts
 * opened so far, and says so.
 */
export function useReportTexts(wanted: boolean): ReportTexts {
  const { dataset } = useApp();
  const small = dataset.reports.length <= EAGER_SOURCE_LIMIT;
  const query = useQuery({
    queryKey: ['report-texts', datasetId(dataset)],
    // A text that fails to load is left out of the search; the count below says how many were searched.
    queryFn: () => Promise.allSettled(dataset.reports.map((report) => loadReportSource(dataset, report.id))).then(() => true),
    enabled: wanted && small,
    staleTime: Infinity,
  });
  // Counted only for a search: not at every render of the report screen (17,000 reports nationally).
  const searched = wanted ? dataset.reports.reduce((n, report) => n + (reportParagraphs(dataset, report.id) ? 1 : 0), 0) : 0;
  return { pending: wanted && small && query.isPending, searched, total: dataset.reports.length };
}

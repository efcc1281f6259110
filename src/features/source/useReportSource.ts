/**
 * A report's paragraphs for the screens that show its text: fetched the first time it is shown (an
 * analyst's own reports come with theirs). Its figures' places in it were located when it was published.
 */
import { useQuery } from '@tanstack/react-query';
import { useApp } from '../AppContext';
import type { Dataset } from '../../data/dataset';
import { loadReportSource } from '../../data/locateReportQuotes';
import type { Paragraph } from '../../data/paragraphs';

const datasetIds = new WeakMap<Dataset, number>();
let lastId = 0;

/** A number per dataset object, so a text loaded for one dataset is never taken for another's. */
function datasetId(dataset: Dataset): number {
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
  const loaded = reportId === undefined || dataset.paragraphsByReport.has(reportId);
  const query = useQuery({
    queryKey: ['report-source', datasetId(dataset), reportId],
    // TanStack Query keeps no undefined: the answer is that the text is loaded.
    queryFn: () => loadReportSource(dataset, reportId!).then(() => true),
    enabled: !loaded,
    staleTime: Infinity,
    retry: 1,
  });
  return {
    paragraphs: reportId === undefined ? undefined : dataset.paragraphsByReport.get(reportId),
    pending: !loaded && query.isPending,
    error: query.error ?? undefined,
  };
}

/**
 * A report's paragraphs for the screens that show its text. Curated data comes with every text; a
 * national dataset defers them, and the text is fetched (and its quotes located) the first time it is shown.
 */
import { useQuery } from '@tanstack/react-query';
import { useApp } from '../../app/AppContext';
import type { Dataset } from '../../data/dataset';
import { loadReportSource } from '../../data/locateReportQuotes';
import type { DataIssue } from '../../data/issue';
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
  /** Quotes of the report not found once in its text (only for texts loaded on demand). */
  issues: DataIssue[];
  pending: boolean;
  error?: Error;
}

export function useReportSource(reportId: string | undefined): ReportSource {
  const { dataset } = useApp();
  const loaded = reportId === undefined || dataset.paragraphsByReport.has(reportId);
  const query = useQuery({
    queryKey: ['report-source', datasetId(dataset), reportId],
    queryFn: () => loadReportSource(dataset, reportId!),
    enabled: !loaded,
    staleTime: Infinity,
    retry: 1,
  });
  return {
    paragraphs: reportId === undefined ? undefined : dataset.paragraphsByReport.get(reportId),
    issues: query.data ?? [],
    pending: !loaded && query.isPending,
    error: query.error ?? undefined,
  };
}

/** Exports every value of the current view (a table with its filters, a family screen) as one CSV. */
import { useCallback } from 'react';
import { useApp } from '../AppContext';
import { loadQuotes } from '../../data/loadDataset';
import type { TableRow } from '../../model/selectRows';
import { buildFileName, describeSources, formatExportDate } from './exportSources';
import { useExportAction } from './useExportAction';

interface ViewCsvButtonProps {
  /** How many rows the file has. */
  count: number;
  /** The rows, made when the file is asked for (a national family screen has 28,000). */
  rows: () => TableRow[];
  /** What the file holds, for its name: the screen's title. */
  what: string;
}

export function ViewCsvButton({ count, rows: makeRows, what }: ViewCsvButtonProps) {
  const { dataset, lang, t } = useApp();
  const action = useCallback(async () => {
    await loadQuotes(dataset);
    const rows = makeRows();
    const fileName = buildFileName(what, describeSources(rows), formatExportDate(new Date()), 'csv', t, lang);
    const { exportCsv } = await import('./exportCsv');
    exportCsv(rows, lang, t, fileName);
  }, [dataset, makeRows, what, t, lang]);
  const { run, failed } = useExportAction(action);
  return (
    <div className="view-export">
      <button type="button" className="export-button" data-export="view-csv" disabled={count === 0} onClick={() => run()}>
        {t.export.viewCsv(count)}
      </button>
      {failed && (
        <span className="export-failed" role="alert">
          {t.export.failed}
        </span>
      )}
    </div>
  );
}
